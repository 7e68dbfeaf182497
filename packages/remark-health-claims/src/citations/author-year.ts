/**
 * Author–year citations in prose: "(Cardall et al., Acad Emerg Med 2004)",
 * "(Smith and Jones, 2019)", "(NICE, 2021)", "(Smith 2019; WHO 2020)" and
 * the narrative "Smith et al. (2019)".
 *
 * Parenthesised groups are read word by word rather than with one pattern:
 * a single regex for names, journals and years would need overlapping
 * repetitions (and backtrack), and the word checks keep out look-alikes such
 * as "(March 2021)", "(updated 2020)" or "(type 2 diabetes, 2019)".
 */
import {yearPattern} from './references.js'

/** A parenthesised group on one line (groups over 300 characters are skipped in code). */
export const parenGroupPattern = /\(([^()\n]+)\)/g

/** Words that introduce a citation inside the brackets. */
export const citationLeadPattern = /^(?:see also|see|e\.g\.,?|cf\.|for example,?|for a review,? see|source:|sources:|adapted from|cited in|quoted in)\s/i

/** "Smith and Jones", "Smith & Jones". */
export const authorPairPattern = /^\S+ (?:and|&) \p{Lu}/u

/** An organisation's acronym: "NICE", "WHO", "CDC". */
export const acronymPattern = /^\p{Lu}{2,}$/u

/** Only a year (and a page) in the brackets: the narrative form "Smith et al. (2019)". */
export const bareYearPattern = /^\s?(?:19|20)\d{2}[a-z]?(?:,\s?pp?\.\s?\d{1,5}(?:[–-]\d{1,5})?)?\s?$/

/** First words that make "(March 2021)", "(Updated 2020)" or "(Figure, 2019)" a date or a label, not an author. */
const notAuthors: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'spring',
  'summer', 'autumn', 'fall', 'winter', 'updated', 'update', 'accessed', 'published', 'reviewed', 'retrieved',
  'revised', 'last', 'since', 'in', 'from', 'until', 'till', 'before', 'after', 'about', 'around', 'circa', 'ca',
  'figure', 'fig', 'table', 'version', 'edition', 'data', 'as', 'at', 'by', 'for', 'during', 'between', 'only',
  'approximately', 'estimated', 'est', 'census', 'fiscal', 'year', 'born', 'died', 'founded', 'established',
  'copyright', 'page', 'issue', 'volume', 'vol', 'week', 'day', 'month', 'each', 'every', 'per', 'and', 'or',
  'also', 'both', 'not', 'no', 'some', 'many', 'most', 'all', 'this', 'these', 'that', 'those', 'when', 'where'
])

/** Lowercase words allowed inside a name: "World Health Organization", "Office for National Statistics", "van der Berg". */
const nameConnectors: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', '&', 'on', 'in', 'de', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'et', 'al', 'y'])

export interface AuthorYear {
  /** Range in the text (the whole group, or the author and the group for the narrative form). */
  start: number
  end: number
  /** The citation as written, without brackets: "Smith and Jones, 2019". */
  label: string
  /** The first author or the organisation: "Smith", "NICE". */
  author: string
  /** Four-digit year. */
  year: string
}

/** Author and year of one `;`-separated part of a bracketed group, if it is a citation. */
export function parseAuthorYear(part: string): {author: string; year: string} | undefined {
  const value = part.trim().replace(citationLeadPattern, '')
  yearPattern.lastIndex = 0
  let year: RegExpExecArray | undefined
  for (const match of value.matchAll(yearPattern)) year = match
  if (!year) return undefined
  const suffix = value.slice(year.index + year[0].length).trim()
  // After the year, only a page or an issue ("2004, p. 12", "2019;12:45").
  if (suffix.length > 20 || /\p{L}{3,}/u.test(suffix)) return undefined
  let head = value.slice(0, year.index).trim()
  const separated = /[,.:]$/.test(head)
  if (separated) head = head.slice(0, -1).trim()
  if (head.length < 2 || head.length > 100 || /\d/.test(head)) return undefined
  const words = head.split(/[\s,.:]+/).filter((word) => word !== '')
  const first = words[0]
  if (first === undefined || !/^\p{Lu}/u.test(first) || notAuthors.has(first.toLowerCase())) return undefined
  const author = first.replace(/['’]s$/, '')
  // "Cardall et al., Acad Emerg Med" and "Smith and Jones": a citation whatever follows.
  if (/\bet al\b/.test(head) || authorPairPattern.test(head)) return {author, year: year[0].slice(0, 4)}
  // Otherwise a name (capitalised words) set off from the year, a single name, or an acronym.
  if (!words.every((word) => /^[\p{Lu}&]/u.test(word) || nameConnectors.has(word.toLowerCase()))) return undefined
  if (separated || head.includes(',') || words.length === 1 || acronymPattern.test(first)) return {author, year: year[0].slice(0, 4)}
  return undefined
}

/** The author right before "(2019)": "Smith et al.", "Smith and Jones", "NICE". */
function narrativeAuthor(before: string): {author: string; length: number} | undefined {
  const trimmed = before.trimEnd()
  const words = trimmed.split(/\s+/).slice(-4)
  const last = words[words.length - 1] ?? ''
  let taken: string[] | undefined
  if ((last === 'al.' || last === 'al') && words[words.length - 2] === 'et') {
    taken = words.slice(-3)
  } else if (words.length >= 3 && (words[words.length - 2] === 'and' || words[words.length - 2] === '&')) {
    taken = words.slice(-3)
    if (!/^\p{Lu}/u.test(last)) return undefined
  } else if (acronymPattern.test(last)) {
    taken = [last]
  }
  const first = taken?.[0]
  if (!taken || first === undefined || !/^\p{Lu}\p{L}/u.test(first) || notAuthors.has(first.toLowerCase())) return undefined
  const phrase = taken.join(' ')
  if (!trimmed.endsWith(phrase)) return undefined
  return {author: first.replace(/['’]s$/, ''), length: phrase.length + (before.length - trimmed.length)}
}

/** Every author–year citation in `text`. */
export function findAuthorYear(text: string): AuthorYear[] {
  const found: AuthorYear[] = []
  if (!text.includes('(')) return found
  parenGroupPattern.lastIndex = 0
  for (const group of text.matchAll(parenGroupPattern)) {
    const inner = group[1] ?? ''
    if (inner.length < 2 || inner.length > 300) continue
    const start = group.index
    const end = start + group[0].length
    yearPattern.lastIndex = 0
    if (!yearPattern.test(inner)) continue
    if (bareYearPattern.test(inner)) {
      const author = narrativeAuthor(text.slice(Math.max(0, start - 60), start))
      if (author) {
        const from = start - author.length
        found.push({start: from, end, label: text.slice(from, end), author: author.author, year: inner.trim().slice(0, 4)})
      }
      continue
    }
    for (const part of inner.split(';')) {
      const parsed = parseAuthorYear(part)
      if (parsed) found.push({start, end, label: part.trim(), ...parsed})
    }
  }
  return found
}
