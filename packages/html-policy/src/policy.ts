import type {Element, Nodes, Parents, Root, RootContent} from 'hast'
import {raw} from 'hast-util-raw'
import {sanitize} from 'hast-util-sanitize'
import type {VFile} from 'vfile'
import {hostAllowed, httpsHost} from './hosts.js'
import type {HtmlPolicyOptions} from './options.js'
import {createSchema} from './schema.js'

/** Prefix the sanitiser puts before every `id` (GitHub's), so page content can't clobber globals. */
export const clobberPrefix = 'user-content-'

/** True when a tree still holds raw HTML (`raw` nodes from markdown) that must be reparsed. */
export function hasRaw(tree: Nodes): boolean {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if ((node.type as string) === 'raw') return true
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
  return false
}

/**
 * Raw HTML nodes parsed into elements, the way a browser would (hast-util-raw). Skipped when
 * there are none: reparsing costs a full HTML parse of the article.
 */
export function reparse(tree: Root, file?: VFile): Root {
  return hasRaw(tree) ? (raw(tree, file ? {file} : {}) as Root) : tree
}

/** Elements that embed another page: kept only from `embedHosts`. */
export const embedTagNames = new Set(['iframe'])

/** Why an embed is not allowed, or `undefined` when it is. */
export function embedProblem(element: Element, embedHosts: readonly string[]): string | undefined {
  if (!embedTagNames.has(element.tagName)) return undefined
  const src = element.properties['src']
  const host = httpsHost(src)
  if (!host) return `its \`src\` is not an https URL (${JSON.stringify(src ?? '')})`
  if (!hostAllowed(host, embedHosts)) return `${host} is not an allowed embed host`
  return undefined
}

function removeEmbeds(tree: Root, embedHosts: readonly string[]): void {
  const stack: Parents[] = [tree]
  while (stack.length > 0) {
    const parent = stack.pop() as Parents
    parent.children = parent.children.filter((child) => child.type !== 'element' || !embedProblem(child, embedHosts)) as typeof parent.children
    for (const child of parent.children) if ('children' in child) stack.push(child as Parents)
  }
}

/**
 * In-page links to an id the sanitiser prefixed (`href="#fn-1"` to `id="user-content-fn-1"`)
 * follow it, as GitHub's pages do with a script, so footnotes and raw-HTML anchors keep working.
 */
function followClobberedIds(tree: Root): void {
  const ids = new Set<string>()
  const anchors: Element[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === 'element') {
      const id = node.properties['id']
      if (typeof id === 'string') ids.add(id)
      const href = node.properties['href']
      if (typeof href === 'string' && href.startsWith('#')) anchors.push(node)
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
  for (const anchor of anchors) {
    const target = decodeURIComponent(String(anchor.properties['href']).slice(1))
    if (!ids.has(target) && ids.has(clobberPrefix + target)) anchor.properties['href'] = '#' + clobberPrefix + target
  }
}

/**
 * The policy on a tree produced with `toHastOptions`: raw HTML reparsed, embeds from hosts not in
 * `embedHosts` removed, then `hast-util-sanitize` with `createSchema(options)`. Returns a new tree.
 */
export function applyHtmlPolicy(tree: Root, options: HtmlPolicyOptions = {}, file?: VFile): Root {
  const embedHosts = options.embedHosts ?? []
  const parsed = reparse(tree, file)
  removeEmbeds(parsed, embedHosts)
  const safe = sanitize(parsed, createSchema({embedHosts})) as Root
  followClobberedIds(safe)
  return safe
}

export type {RootContent}
