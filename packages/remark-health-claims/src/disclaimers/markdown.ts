import type {BlockContent, DefinitionContent, Nodes, Root, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const parser = unified().use(remarkParse)
const cache = new Map<string, RootContent[]>()
const phrasingParents = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference'])

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
    children = tree.children.map((child) => sanitize(child, false) as RootContent)
    cache.set(text, children)
  }
  return structuredClone(children) as Array<BlockContent | DefinitionContent>
}

function sanitize(node: Nodes, inPhrasing: boolean): Nodes {
  if (node.type === 'html') {
    const text = {type: 'text', value: node.value} as const
    return inPhrasing ? text : {type: 'paragraph', children: [text]}
  }
  const copy = {...node} as Nodes & {position?: unknown}
  delete copy.position
  if ('children' in copy) {
    ;(copy as {children: Nodes[]}).children = copy.children.map((child) => sanitize(child, inPhrasing || phrasingParents.has(copy.type)))
  }
  return copy
}
