import type {BlockContent, DefinitionContent, Nodes, Root, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const parser = unified().use(remarkParse)
const cache = new Map<string, RootContent[]>()

/**
 * Parse disclaimer markdown into block nodes.
 *
 * Raw HTML becomes plain text (options must never be able to inject markup)
 * and positions are dropped: they would point into the disclaimer text, not
 * into the document the nodes are inserted into.
 * Returns fresh nodes on every call, so callers may mutate them.
 */
export function parseDisclaimerMarkdown(text: string): Array<BlockContent | DefinitionContent> {
  let children = cache.get(text)
  if (!children) {
    const tree: Root = parser.parse(text)
    children = tree.children.map((child) => sanitize(child) as RootContent)
    cache.set(text, children)
  }
  return structuredClone(children) as Array<BlockContent | DefinitionContent>
}

function sanitize(node: Nodes): Nodes {
  if (node.type === 'html') return {type: 'text', value: node.value}
  const copy = {...node} as Nodes & {position?: unknown}
  delete copy.position
  if ('children' in copy) {
    ;(copy as {children: Nodes[]}).children = copy.children.map((child) => sanitize(child))
  }
  return copy
}
