import type {Root} from 'mdast'

interface Walkable {
  type: string
  value?: unknown
  name?: unknown
  attributes?: unknown
  data?: {hProperties?: Record<string, unknown> | undefined} | undefined
  children?: Walkable[]
}

/**
 * Attribute of an `<aside …>` start tag. Applied to one tag at a time (cut at
 * the next `<` or `>`), and a single run of literals and classes: linear.
 */
export const disclaimerAttributePattern = /data-disclaimer\s*=\s*(?:"([\w\s-]*)"|'([\w\s-]*)'|([\w-]+))/i

/**
 * Ids of the disclaimers a document already carries: nodes with
 * `data.hProperties.dataDisclaimer` (inserted by this plugin before, or by
 * another tool), raw HTML `<aside … data-disclaimer="ID">`, and MDX
 * `<aside data-disclaimer="ID">` elements.
 */
export function findExistingDisclaimers(tree: Root): Set<string> {
  const found = new Set<string>()
  const stack: Walkable[] = [tree as Walkable]

  while (stack.length > 0) {
    const node = stack.pop() as Walkable
    const properties = node.data?.hProperties
    if (properties) {
      const id = properties['dataDisclaimer'] ?? properties['data-disclaimer']
      // A combined note lists several ids.
      if (typeof id === 'string') for (const one of id.split(/\s+/)) if (one) found.add(one)
    }

    if (node.type === 'html' && typeof node.value === 'string') {
      for (const id of asideIdsInHtml(node.value)) found.add(id)
    } else if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === 'aside' &&
      Array.isArray(node.attributes)
    ) {
      for (const attribute of node.attributes as Array<{type?: string; name?: string; value?: unknown}>) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'data-disclaimer' && typeof attribute.value === 'string') {
          found.add(attribute.value)
        }
      }
    }

    if (node.children) {
      for (const child of node.children) stack.push(child)
    }
  }

  return found
}

function asideIdsInHtml(html: string): string[] {
  const ids: string[] = []
  const lower = html.toLowerCase()
  let index = lower.indexOf('<aside')

  while (index !== -1) {
    // Cut the tag at the next `<` or `>` so every character is scanned once.
    let end = index + 6
    while (end < html.length && html.charCodeAt(end) !== 62 /* > */ && html.charCodeAt(end) !== 60 /* < */) end++
    const match = disclaimerAttributePattern.exec(html.slice(index, end))
    const value = match ? (match[1] ?? match[2] ?? match[3] ?? '') : ''
    for (const id of value.split(/\s+/)) if (id) ids.push(id)
    index = lower.indexOf('<aside', end)
  }

  return ids
}
