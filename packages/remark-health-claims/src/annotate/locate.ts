import type {Text} from 'mdast'
import type {Point} from 'unist'

/**
 * Offset inside `node.value` of a source `point` (a claim's start or end), or
 * `undefined` when it cannot be known for sure.
 *
 * A text node's value equals its source slice unless the source holds
 * character escapes/references or line prefixes (list indentation, `>`).
 * When the lengths match, offsets map one to one. Otherwise lines are mapped:
 * the first line starts at the node's start column, later lines are assumed
 * to share the last line's prefix width (true of list items and block
 * quotes). Every answer is checked against the claim's own text, so a wrong
 * guess makes the caller wrap the whole node instead of splitting it wrongly.
 */
export function valueOffset(node: Text, point: Point, claimText: string, edge: 'start' | 'end'): number | undefined {
  const position = node.position
  if (!position || typeof point.offset !== 'number') return undefined
  const {start, end} = position
  const value = node.value
  let local: number | undefined

  if (typeof start.offset === 'number' && typeof end.offset === 'number' && value.length === end.offset - start.offset) {
    local = point.offset - start.offset
  } else {
    const lines = value.split('\n')
    const line = point.line - start.line
    const lastLine = lines[lines.length - 1] as string
    if (line < 0 || line >= lines.length) return undefined
    const lineStartColumn = line === 0 ? start.column : end.column - lastLine.length
    const inLine = point.column - lineStartColumn
    // Off the line: the prefix guess or references are off; the window search below fixes it.
    local = Math.max(0, Math.min(inLine, (lines[line] as string).length))
    for (let index = 0; index < line; index++) local += (lines[index] as string).length + 1
  }

  if (local < 0 || local > value.length) return undefined
  if (agrees(value, local, claimText, edge)) return local

  // Escapes, character references and line prefixes make the value shorter
  // than its source, so the guess is off by at most that difference: accept
  // an offset in that window only when exactly one agrees with the claim.
  const slack = typeof start.offset === 'number' && typeof end.offset === 'number' ? end.offset - start.offset - value.length : 0
  let found: number | undefined
  for (let distance = 1; distance <= slack; distance++) {
    for (const candidate of [local - distance, local + distance]) {
      if (candidate < 0 || candidate > value.length || !agrees(value, candidate, claimText, edge)) continue
      if (found !== undefined) return undefined
      found = candidate
    }
  }
  return found
}

/** Do the characters at the cut agree with the claim's first (or last) characters? */
function agrees(value: string, local: number, claimText: string, edge: 'start' | 'end'): boolean {
  const probe = edge === 'start' ? leadingPlain(claimText) : trailingPlain(claimText)
  if (probe === '') return true
  // The claim may go on past this text node (into a link, say): compare what the node holds.
  return edge === 'start'
    ? probe.startsWith(value.slice(local, local + probe.length))
    : probe.endsWith(value.slice(Math.max(0, local - probe.length), local))
}

/** Up to 4 leading characters that a text node holds verbatim (no escapes, references or line breaks). */
function leadingPlain(text: string): string {
  let end = 0
  while (end < text.length && end < 4 && !isSpecial(text.charCodeAt(end))) end++
  return text.slice(0, end)
}

function trailingPlain(text: string): string {
  let start = text.length
  while (start > 0 && text.length - start < 4 && !isSpecial(text.charCodeAt(start - 1))) start--
  return text.slice(start)
}

function isSpecial(code: number): boolean {
  // `\`, `&`, line feed, carriage return.
  return code === 92 || code === 38 || code === 10 || code === 13
}
