import type {Root, RootContent} from 'mdast'

/** Nodes whose content is not prose: never matched against. */
const skippedTypes = new Set([
  'code',
  'html',
  'yaml',
  'toml',
  'definition',
  'inlineCode',
  'math',
  'inlineMath',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'healthDisclaimer'
])

/** Inline nodes: their text runs on without a separator. */
const phrasingTypes = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'footnoteReference',
  'image',
  'imageReference',
  'mdxJsxTextElement',
  'healthClaimMark'
])

interface Walkable {
  type: string
  value?: unknown
  children?: Walkable[]
}

/**
 * Prose of one top-level block: text nodes joined, block boundaries and hard
 * breaks as newlines, so words of adjacent blocks never run together.
 */
export function blockText(node: RootContent): string {
  const parts: string[] = []
  collect(node as Walkable, parts)
  return parts.join('')
}

function collect(node: Walkable, parts: string[]): void {
  if (skippedTypes.has(node.type)) return
  if (node.type === 'text' && typeof node.value === 'string') {
    parts.push(node.value)
    return
  }
  if (node.type === 'break') {
    parts.push('\n')
    return
  }
  if (node.children) {
    for (const child of node.children) collect(child, parts)
  }
  if (!phrasingTypes.has(node.type)) parts.push('\n')
}

/**
 * RegExp for a word list: each entry matched case-insensitively as a whole
 * word (letters/digits must not touch it), with any whitespace inside a
 * phrase. An alternation of escaped literals: linear time.
 */
export function wordsToRegExp(words: readonly string[]): RegExp {
  const alternatives = words
    .map((word) => word.trim())
    .filter((word) => word.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.split(/\s+/).map(escapeRegExp).join('\\s+'))
  if (alternatives.length === 0) throw new TypeError('Expected at least one non-empty word')
  return new RegExp('(?<![\\p{L}\\p{N}_])(?:' + alternatives.join('|') + ')(?![\\p{L}\\p{N}_])', 'iu')
}

function escapeRegExp(value: string): string {
  return value.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')
}

export interface FirstMatch {
  /** Index in `tree.children` of the top-level block holding the match. */
  index: number
  /** The matched text. */
  text: string
}

/**
 * First top-level block whose prose matches `pattern`. Global/sticky flags
 * are dropped so a caller's RegExp state (`lastIndex`) never matters.
 */
export function findFirstMatch(tree: Root, pattern: RegExp): FirstMatch | undefined {
  const flags = pattern.flags.replace(/[gy]/g, '')
  const safe = flags === pattern.flags ? pattern : new RegExp(pattern.source, flags)

  for (let index = 0; index < tree.children.length; index++) {
    const node = tree.children[index] as RootContent
    if (skippedTypes.has(node.type)) continue
    const match = safe.exec(blockText(node))
    if (match) return {index, text: match[0]}
  }

  return undefined
}
