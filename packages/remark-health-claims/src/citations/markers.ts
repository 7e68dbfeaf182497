/**
 * Numbered citation markers written in prose: `[1]`, `[1, 3]`, `[1-3]`,
 * `[^4]` (a footnote whose definition is missing), `^1`, `<sup>1</sup>` and
 * anchor links such as `[[1]](#ref-1)`. They point at an entry of a numbered
 * References / Sources list (or of the front matter `sources`).
 *
 * Every pattern is linear-time: each repetition consumes a separator that
 * cannot start a number, so there is one way to match (checked with recheck).
 * Numbers are matched with `\d+` and checked in code (`markerNumbers`):
 * counted repetitions make the check slow without making the pattern safer.
 */

/** A bracketed marker in text: `[1]`, `[1, 3]`, `[1-3]`, `[1–3]`, `[^4]`. */
export const bracketMarkerPattern = /\[\^?\d+(?:\s?[,–—-]\s?\d+)*\]/g

/** A caret marker in text: `^1`, `^1,3`, `^1-3` (a closing `^`, pandoc superscript, is taken in). */
export const caretMarkerPattern = /\^\d+(?:[,–—-]\d+)*\^?/g

/** The text of a superscript or an in-page anchor link that is a marker: `1`, `[1]`, `1,3`, `(2)`. */
export const markerLabelPattern = /^\s?[[(]?\^?\d+(?:\s?[,–—-]\s?\d+)*[\])]?\s?$/

/** Raw inline HTML opening and closing a superscript. */
export const supOpenPattern = /^<sup(?:\s[^<>]*)?>$/i
export const supClosePattern = /^<\/sup\s?>$/i

/** Units after which a superscript number is an exponent (`m²`, `kg/m^2`), not a marker. */
const exponentBases: ReadonlySet<string> = new Set([
  'm', 'cm', 'mm', 'km', 'µm', 'μm', 'nm', 'ft', 'mi', 'yd', 's', 'l', 'dl', 'ml'
])

/** Ranges wider than this (`[1-9999]`) are not expanded: they are not citations. */
const maximumRange = 50
/** Highest entry number: `[2019]` is a year, not the 2019th source. */
const maximumNumber = 999
/** Most numbers in one marker. */
const maximumNumbers = 60

/**
 * Numbers a marker label stands for: `[1, 3-5]` → 1, 3, 4, 5. Empty when the
 * label is not a marker (a number over 999, a reversed or huge range, too many numbers).
 */
export function markerNumbers(label: string): number[] {
  const numbers: number[] = []
  for (const part of label.replace(/[[\]()^\s]/g, '').split(',')) {
    if (part === '') continue
    const bounds = part.split(/[–—-]/)
    if (bounds.length > 2) return []
    const [from, to] = bounds.map((value) => Number.parseInt(value, 10))
    if (from === undefined || Number.isNaN(from) || from > maximumNumber) return []
    if (to === undefined || Number.isNaN(to)) {
      numbers.push(from)
    } else {
      if (to < from || to > maximumNumber || to - from > maximumRange) return []
      for (let value = from; value <= to; value++) numbers.push(value)
    }
    if (numbers.length > maximumNumbers) return []
  }
  return numbers
}

/**
 * Whether a number right after `before` (the text written before it) is an
 * exponent or part of a number (`10^6`, `m^2`, `2^10`) rather than a marker.
 */
export function isExponentContext(before: string): boolean {
  const last = before.charAt(before.length - 1)
  if (last === '' || /\s/.test(last)) return false
  if (last >= '0' && last <= '9') return true
  // The word right before: a unit of measure, or a single letter (a variable: `x^2`), takes an exponent.
  let start = before.length
  while (start > 0 && /\p{L}/u.test(before.charAt(start - 1))) start--
  const word = before.slice(start)
  return word.length === 1 || exponentBases.has(word.toLowerCase())
}

/** Closing quotes and brackets that may follow a full stop. */
const closers = '"\'”’»)]*_'

/**
 * Whether text ends with a full stop (or `!`, `?`, `…`), maybe followed by
 * closing quotes or brackets and spaces, or is empty: a marker there cites
 * the sentence before it.
 */
export function endsSentence(text: string): boolean {
  let end = text.length
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--
  while (end > 0 && closers.includes(text.charAt(end - 1))) end--
  return end === 0 || '.!?…'.includes(text.charAt(end - 1))
}
