import type {Root, RootContent} from 'mdast'
import remarkSmartypants from 'remark-smartypants'

/** What SmartyPants changes: straight quotes, backticks, `--`/`---` and `...`. */
const candidate = /['"`]|--|\.\.\./

function hasCandidate(node: RootContent): boolean {
  const stack: Array<{type: string; value?: unknown; children?: unknown}> = [node]
  while (stack.length > 0) {
    const current = stack.pop() as {type: string; value?: unknown; children?: unknown}
    if (current.type === 'text' && typeof current.value === 'string' && candidate.test(current.value)) return true
    if (Array.isArray(current.children)) for (const child of current.children) stack.push(child)
  }
  return false
}

/**
 * Typographic quotes, dashes and ellipses (“ ” ‘ ’ – — …) by remark-smartypants, run only on
 * the top-level blocks that hold something to change. SmartyPants parses its text with retext,
 * which costs about as much as parsing the markdown; in health articles about one block in ten
 * has a quote or a dash. Each block is separate for SmartyPants anyway (it starts every block
 * afresh), so the result is the same as running it on the whole tree.
 */
export default function remarkSmartTypography() {
  const smartypants = (remarkSmartypants as unknown as () => (tree: Root) => void)()
  return function (tree: Root): void {
    const blocks = tree.children.filter(hasCandidate)
    if (blocks.length > 0) smartypants({type: 'root', children: blocks})
  }
}
