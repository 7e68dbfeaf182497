import type {Root} from 'mdast'

/**
 * Whether a tree parsed from the whole file (remark-frontmatter) splits it where Eleventy does:
 * the first node is the `yaml` block and the body Eleventy's front matter parser (gray-matter)
 * cut from the file follows it — or there is no front matter at all. Then the rest of the tree is
 * the body's, with positions in the file as written.
 */
export function splitsLikeEleventy(tree: Root, raw: string, body: string): boolean {
  const first = tree.children[0]
  if (!first || first.type !== 'yaml') return body === raw
  const end = first.position?.end.offset
  return end !== undefined && raw.slice(end).replace(/^\r?\n/, '') === body
}
