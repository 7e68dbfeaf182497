import type {Element, ElementContent, Root, RootContent} from 'hast'
import type {VFile} from 'vfile'
import {normalizeSources} from '../data/sources.js'
import type {Citation} from '../types.js'

/** How a link and a source are compared: no fragment, no trailing slash, host in lower case. */
export function comparableUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined
    parsed.hash = ''
    return parsed.href.replace(/\/$/, '')
  } catch {
    return undefined
  }
}

function isDisclaimer(element: Element): boolean {
  const className = element.properties['className']
  return Array.isArray(className) && className.includes('health-disclaimer')
}

/**
 * rehype plugin: after each link to one of the page's front matter `sources`, a numbered marker
 * (`<sup class="cite"><a href="#source-2" id="cite-2-1">[2]</a></sup>`, accessible name
 * “Source 2”) linking to the entry in the Sources list, which links back to every marker
 * (`file.data.citations`). Sources are numbered in the order the text first cites them — the
 * footnote pattern of GOV.UK and Wikipedia, without JavaScript. Runs after the HTML policy: the
 * markup is Caveat's own.
 */
export default function rehypeCitationMarkers() {
  return function (tree: Root, file: VFile): void {
    const citations: Citation[] = []
    file.data.citations = citations
    const matter = file.data.matter as Record<string, unknown> | undefined
    let sources
    try {
      sources = normalizeSources(matter?.['sources'], file.path ?? 'page')
    } catch {
      // A broken sources list is reported by the page render (and by `caveat lint`).
      return
    }
    if (sources.length === 0) return
    const byUrl = new Map<string, number>()
    for (const source of sources) {
      const url = comparableUrl(source.url)
      if (url && !byUrl.has(url)) byUrl.set(url, source.number)
    }
    const numberOf = new Map<number, number>()
    const occurrences = new Map<number, number>()

    const visit = (parent: Root | Element): void => {
      const children = parent.children as Array<RootContent | ElementContent>
      for (let index = 0; index < children.length; index++) {
        const child = children[index] as RootContent
        if (child.type !== 'element') continue
        if (isDisclaimer(child)) continue
        if (child.tagName === 'a' && typeof child.properties['href'] === 'string') {
          const url = comparableUrl(child.properties['href'])
          const source = url === undefined ? undefined : byUrl.get(url)
          if (source !== undefined) {
            let number = numberOf.get(source)
            if (number === undefined) {
              number = numberOf.size + 1
              numberOf.set(source, number)
            }
            const occurrence = (occurrences.get(source) ?? 0) + 1
            occurrences.set(source, occurrence)
            const id = `cite-${number}-${occurrence}`
            citations.push({source, number, id})
            children.splice(index + 1, 0, marker(number, id))
            index++
          }
          continue
        }
        visit(child)
      }
    }
    visit(tree)
  }
}

function marker(number: number, id: string): Element {
  const hidden = (value: string): Element => ({type: 'element', tagName: 'span', properties: {ariaHidden: 'true'}, children: [{type: 'text', value}]})
  return {
    type: 'element',
    tagName: 'sup',
    properties: {className: ['cite']},
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: {href: `#source-${number}`, id, className: ['cite__link']},
        children: [
          hidden('['),
          {type: 'element', tagName: 'span', properties: {className: ['visually-hidden']}, children: [{type: 'text', value: 'Source '}]},
          {type: 'text', value: String(number)},
          hidden(']')
        ]
      }
    ]
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Citation markers added to the page, in document order. */
    citations: Citation[]
  }
}
