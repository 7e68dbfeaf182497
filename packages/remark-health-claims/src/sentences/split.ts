/**
 * Sentence boundaries in a run of prose (the text of one paragraph, heading or
 * table cell, soft line breaks kept as `\n`).
 *
 * A hand-written single pass instead of an NLP parser: it is linear in the
 * length of the text and several times faster than building an nlcst tree,
 * which keeps the whole plugin within the budget of the bare pipeline.
 */

/** Half-open range `[start, end)` of a sentence in the text it was split from. */
export interface TextRange {
  start: number
  end: number
}

/** Abbreviations after which a full stop does not end a sentence (lowercase, without the stop). */
const abbreviations: ReadonlySet<string> = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'cf', 'al', 'approx', 'ca', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'no', 'nos',
  'fig', 'figs', 'vol', 'pp', 'ed', 'eds', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'u.s', 'u.k', 'e.u', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'mg', 'mcg', 'ml', 'min',
  'max', 'hr', 'hrs', 'tbsp', 'tsp', 'oz', 'lb', 'lbs', 'dept', 'est', 'resp', 'viz', 'ph.d', 'm.d'
])

/**
 * Words that cannot end a sentence: a soft line break after one of them is a
 * hard-wrapped sentence going on, not a heading-like line ending.
 */
const continuationWords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'and', 'or', 'but',
  'nor', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'is', 'are', 'was', 'were', 'be', 'been',
  'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'not', 'if', 'because', 'while',
  'such', 'like', 'about', 'its', 'their', 'our', 'your', 'his', 'her', 'my', 'this', 'these', 'those',
  'has', 'have', 'had', 'do', 'does', 'did', 'very', 'more', 'most', 'less', 'including'
])

const terminals = '.!?…‼⁇⁈⁉'
const closers = '"\'”’»)]*_'

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x20_2f
}

function isLowercaseLetter(char: string): boolean {
  return char !== char.toUpperCase() && char === char.toLowerCase()
}

function isUppercaseStart(char: string): boolean {
  // Uppercase letters, digits and opening punctuation start a new sentence or line-heading.
  if (char >= '0' && char <= '9') return true
  if ('"“‘\'([*_|>#-'.includes(char)) return true
  return char !== char.toLowerCase() && char === char.toUpperCase()
}

/** The word (letters, digits, inner dots) that ends right before `index`. */
function wordBefore(text: string, index: number): string {
  let start = index
  while (start > 0) {
    const char = text.charAt(start - 1)
    if (char === '.' || /[\p{L}\p{N}]/u.test(char)) start--
    else break
    if (index - start > 24) break
  }
  return text.slice(start, index).toLowerCase()
}

/**
 * Split `text` into sentences.
 *
 * Boundaries: terminal punctuation (with closing quotes/brackets) followed by
 * whitespace and something that is not a lowercase letter, except after known
 * abbreviations; a soft line break after a line without terminal punctuation
 * when the next line starts with a capital (a heading-like line in plain text
 * parsed as markdown); a pipe (table syntax that ended up in a paragraph).
 * Ranges are trimmed of whitespace and pipes; ranges without a letter or
 * digit are dropped.
 */
export function splitSentences(text: string): TextRange[] {
  const ranges: TextRange[] = []
  const length = text.length
  let start = 0

  const push = (from: number, to: number): void => {
    let a = from
    let b = to
    while (a < b && (isSpace(text.charCodeAt(a)) || text.charAt(a) === '|')) a++
    while (b > a && (isSpace(text.charCodeAt(b - 1)) || text.charAt(b - 1) === '|')) b--
    if (b > a && /[\p{L}\p{N}]/u.test(text.slice(a, b))) ranges.push({start: a, end: b})
  }

  let index = 0
  while (index < length) {
    const char = text.charAt(index)

    if (char === '|') {
      push(start, index)
      start = index + 1
      index++
      continue
    }

    if (terminals.includes(char)) {
      let end = index + 1
      while (end < length && (terminals.includes(text.charAt(end)) || closers.includes(text.charAt(end)))) end++
      if (end >= length) {
        push(start, end)
        start = end
        index = end
        continue
      }
      if (!isSpace(text.charCodeAt(end)) && text.charAt(end) !== '|') {
        // "3.5", "example.com", "e.g.": no boundary.
        index = end
        continue
      }
      let next = end
      while (next < length && isSpace(text.charCodeAt(next))) next++
      if (next >= length) {
        push(start, end)
        start = end
        index = end
        continue
      }
      const following = text.charAt(next)
      const abbreviation = char === '.' && end === index + 1 && abbreviations.has(wordBefore(text, index))
      if (!abbreviation && !isLowercaseLetter(following)) {
        push(start, end)
        start = end
      }
      index = end
      continue
    }

    if (char === '\n') {
      // Soft line break: a line without terminal punctuation followed by a
      // capitalised line is a heading-like line (plain text parsed as markdown).
      let last = index - 1
      while (last >= start && isSpace(text.charCodeAt(last))) last--
      let next = index + 1
      while (next < length && isSpace(text.charCodeAt(next))) next++
      if (last >= start && next < length) {
        const lastChar = text.charAt(last)
        const ended = terminals.includes(lastChar) || closers.includes(lastChar) || ',;'.includes(lastChar)
        const colon = lastChar === ':'
        const continuing = continuationWords.has(wordBefore(text, last + 1))
        if (colon || (!ended && !continuing && isUppercaseStart(text.charAt(next)))) {
          push(start, index)
          start = index + 1
        }
      }
      index++
      continue
    }

    index++
  }

  push(start, length)
  return ranges
}
