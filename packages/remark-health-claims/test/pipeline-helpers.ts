/**
 * Shared by robustness.test.ts and properties.test.ts: the full pipeline with
 * and without the plugin, and a check that the plugin only adds.
 */
import type {Element, ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast'
import {toHtml} from 'hast-util-to-html'
import type {Root} from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import remarkHealthClaims from '../src/index.js'
import type {Options} from '../src/types.js'

export const bare = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify)

export function withPlugin(options: Options = {}) {
  return unified().use(remarkParse).use(remarkGfm).use(remarkHealthClaims, options).use(remarkRehype).use(rehypeStringify)
}

/** HTML of the document without the plugin. */
export async function bareHtml(markdown: string): Promise<string> {
  const file = new VFile(markdown)
  return toHtml((await bare.run(bare.parse(file), file)) as unknown as HastRoot)
}

/** hast of the document with the plugin, and the file (for its ledger and messages). */
export async function pluginHast(markdown: string, options: Options = {}): Promise<{hast: HastRoot; file: VFile}> {
  const processor = withPlugin(options)
  const file = new VFile(markdown)
  const hast = (await processor.run(processor.parse(file), file)) as unknown as HastRoot
  return {hast, file}
}

function isDisclaimer(node: HastContent | ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'aside' && String(node.properties['dataDisclaimer'] ?? '') !== '' &&
    Array.isArray(node.properties['className']) && node.properties['className'].includes('health-disclaimer')
}

function isClaimMark(node: HastContent | ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'mark' && Array.isArray(node.properties['className']) &&
    node.properties['className'].includes('claim-unsourced')
}

/**
 * Take out what the plugin adds: disclaimer `<aside>`s (with the line break
 * remark-rehype puts next to each block) and `<mark>` wrappers (keeping their
 * content). What is left must be exactly the HTML without the plugin.
 */
export function removeAdditions(tree: HastRoot): {tree: HastRoot; disclaimers: number; marks: number} {
  let disclaimers = 0
  let marks = 0

  function clean(children: Array<HastContent | ElementContent>): Array<HastContent | ElementContent> {
    const result: Array<HastContent | ElementContent> = []
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as HastContent
      if (isDisclaimer(child)) {
        disclaimers++
        const next = children[index + 1]
        if (next && next.type === 'text' && next.value === '\n') index++
        else if (result.length > 0 && result[result.length - 1]?.type === 'text' && (result[result.length - 1] as {value: string}).value === '\n') result.pop()
        continue
      }
      if (isClaimMark(child)) {
        marks++
        result.push(...clean(child.children))
        continue
      }
      if ('children' in child) (child as Element).children = clean(child.children) as ElementContent[]
      result.push(child)
    }
    return result
  }

  const copy = structuredClone(tree)
  copy.children = clean(copy.children) as HastContent[]
  return {tree: copy, disclaimers, marks}
}

/** Run the plugin on an already-transformed tree again; the tree must not change. */
export async function runTwice(markdown: string, options: Options): Promise<{once: Root; twice: Root}> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkHealthClaims, options)
  const tree = processor.parse(markdown)
  await processor.run(tree, new VFile(markdown))
  const once = structuredClone(tree)
  await processor.run(tree, new VFile(markdown))
  return {once, twice: tree}
}
