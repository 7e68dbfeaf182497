/**
 * `repeated-boilerplate`: the same or nearly the same sentence, again and again.
 */
import type {AnalyzedSentence, Rule} from './types.js'
import {quote} from './quote.js'


/** Shorter sentences repeat naturally ("Talk to your doctor."). */
const minimumWords = 8
/** Jaccard similarity of word sets from which two sentences are near-duplicates. */
const threshold = 0.6
/**
 * Sentences indexed per word at most: bounds the work on pathological input
 * (thousands of near-identical sentences) while the first occurrences, the
 * ones later repeats are reported against, stay findable.
 */
const maximumPostings = 256

const nonAsciiWordChar = /[\p{L}\p{N}]/u

function isWordChar(code: number, char: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  return nonAsciiWordChar.test(char)
}

/**
 * Distinct lowercased words of a sentence (a char loop: several times faster
 * than a Unicode regex iterator, and this runs on every sentence). Inner
 * apostrophes stay in the word (“kratom’s”).
 */
function words(text: string): string[] {
  const found = new Set<string>()
  const lower = text.toLowerCase()
  let start = -1
  for (let index = 0; index <= lower.length; index++) {
    const code = index < lower.length ? lower.charCodeAt(index) : 32
    const char = lower.charAt(index)
    if (isWordChar(code, char)) {
      if (start === -1) start = index
    } else if ((code === 39 || code === 0x2019) && start !== -1 && index + 1 < lower.length && isWordChar(lower.charCodeAt(index + 1), lower.charAt(index + 1))) {
      // apostrophe inside a word
    } else if (start !== -1) {
      const word = lower.slice(start, index)
      found.add(word.includes('’') ? word.replaceAll('’', "'") : word)
      start = -1
    }
  }
  return [...found]
}

/** Words that carry a quantity: a sentence that differs in one of them says something new (“x 14 days” / “x 3 days”). */
const numberWords: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'once', 'twice',
  'half', 'hundred', 'thousand', 'million', 'first', 'second', 'third', 'single', 'double', 'triple'
])

/** Words a parallel sentence may change without changing what it is about. */
const functionWords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'and', 'or', 'but', 'as', 'is', 'are', 'was',
  'were', 'be', 'it', 'its', 'this', 'that', 'these', 'those', 'can', 'may', 'will', 'which', 'who'
])

/** Longest sentence (in words) whose single swapped term makes it a parallel statement rather than a template. */
const maximumContrastWords = 20
/** Candidates checked for a contrast per sentence: bounds the work on a family of many parallel sentences. */
const maximumContrastChecks = 8

/** Every word of a sentence in order (articles dropped: “a femoral” / “an inguinal” differ in the term, not the article). */
function sequence(text: string): string[] {
  const result: string[] = []
  const lower = text.toLowerCase()
  let start = -1
  for (let index = 0; index <= lower.length; index++) {
    const code = index < lower.length ? lower.charCodeAt(index) : 32
    if (isWordChar(code, lower.charAt(index)) || ((code === 39 || code === 0x2019) && start !== -1)) {
      if (start === -1) start = index
    } else if (start !== -1) {
      let end = index
      while (end > start && (lower.charCodeAt(end - 1) === 39 || lower.charCodeAt(end - 1) === 0x2019)) end--
      const word = lower.slice(start, end)
      if (word !== 'a' && word !== 'an' && word !== 'the') result.push(word)
      start = -1
    }
  }
  return result
}

function isNumber(word: string): boolean {
  const code = word.charCodeAt(0)
  return (code >= 48 && code <= 57) || numberWords.has(word)
}

/** The regions where two word sequences differ, as pairs of word runs (from their longest common subsequence). */
function differences(a: string[], b: string[]): Array<[string[], string[]]> {
  const rows = a.length + 1
  const columns = b.length + 1
  // lcs[i * columns + j]: length of the longest common subsequence of a[i:] and b[j:].
  const lcs = new Uint16Array(rows * columns)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * columns + j] = a[i] === b[j] ? (lcs[(i + 1) * columns + j + 1] as number) + 1 : Math.max(lcs[(i + 1) * columns + j] as number, lcs[i * columns + j + 1] as number)
    }
  }
  const regions: Array<[string[], string[]]> = []
  let i = 0
  let j = 0
  let current: [string[], string[]] | undefined
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      current = undefined
      i++
      j++
      continue
    }
    if (!current) regions.push((current = [[], []]))
    if (j >= b.length || (i < a.length && (lcs[(i + 1) * columns + j] as number) >= (lcs[i * columns + j + 1] as number))) current[0].push(a[i++] as string)
    else current[1].push(b[j++] as string)
  }
  return regions
}

/**
 * Whether two near-identical sentences are a clinical contrast, not a
 * repeat: they differ in a number (“x 14 days” / “x 3 days”), or, being
 * short, in one key term swapped wherever it occurs (“the femoral canal” /
 * “the inguinal canal”). A long sentence with one term swapped is a template
 * (“By targeting the underlying X, kratom can provide a holistic approach…”).
 */
export function isContrast(first: string, second: string): boolean {
  const a = sequence(first)
  const b = sequence(second)
  const numbersA = a.filter(isNumber).join(' ')
  const numbersB = b.filter(isNumber).join(' ')
  if (numbersA !== numbersB) return true
  if (Math.max(a.length, b.length) > maximumContrastWords) return false
  const regions = differences(a, b)
  if (regions.length === 0) return false
  const [left, right] = regions[0] as [string[], string[]]
  const swapped = left.join(' ') + '\u0000' + right.join(' ')
  return regions.every(([from, to]) =>
    from.length > 0 && to.length > 0 && from.length <= 3 && to.length <= 3 && from.join(' ') + '\u0000' + to.join(' ') === swapped
  ) && ![...left, ...right].every((word) => functionWords.has(word))
}

export const repeatedBoilerplate: Rule<'repeated-boilerplate'> = {
  id: 'repeated-boilerplate',
  defaultSeverity: 'warn',
  description:
    'Warn when the same or nearly the same sentence (of 8 or more different words) appears more than once in an article. ' +
    'Parallel sentences that differ in a number (“x 14 days” / “x 3 days”) or, in a short sentence, in one key term (“femoral canal” / “inguinal canal”) are contrasts, not repeats.',
  why:
    'Boilerplate repeated section after section (“By targeting the underlying causes, X offers a holistic approach…”) pads an article, ' +
    'repeats its claims without adding evidence and is a mark of machine-generated filler.',
  fix: 'Keep the first occurrence, and make each later sentence say something specific to its section (or remove it).',
  patterns: [nonAsciiWordChar],
  examples: {
    ok: [
      {
        title: 'Similar topic, different sentences',
        markdown: 'Ginger is a root used in cooking across Asia for thousands of years.\n\nTurmeric gives curry its yellow colour and is grown mostly in India.\n',
        messages: []
      },
      {
        title: 'Treatment courses that differ in their length',
        markdown:
          '- Adults with a kidney infection: ciprofloxacin 500 mg twice a day x 7 days.\n' +
          '- Adults with a bladder infection: ciprofloxacin 500 mg twice a day x 3 days.\n',
        messages: []
      },
      {
        title: 'Parallel sentences about different structures',
        markdown:
          'In a femoral hernia, fatty tissue pushes through the femoral canal below the groin.\n\n' +
          'In an inguinal hernia, fatty tissue pushes through the inguinal canal below the groin.\n',
        messages: []
      }
    ],
    notOk: [
      {
        title: 'A near-duplicate sentence',
        markdown:
          'By targeting the underlying causes of pain, kratom can offer a holistic approach to pain management.\n\n' +
          'By targeting the underlying inflammation, kratom can provide a holistic approach to pain management.\n',
        messages: [
          '3:1-3:101: Repeated boilerplate “By targeting the underlying inflammation, kratom can provide a holistic approach to pain management.”: near-duplicate of the sentence on line 1 (“By targeting the underlying causes of pain, kratom can…”), expected each sentence to say something new'
        ]
      }
    ]
  },
  check({sentences, report}) {
    // Prefix filtering (exact for Jaccard): order each sentence's words from
    // rarest to commonest; two sentences with similarity >= t share a word
    // among the first |A| - ceil(t|A|) + 1 of each. Only those are indexed,
    // so common words never make the comparison quadratic.
    const eligible: Array<{sentence: AnalyzedSentence; ids: number[]}> = []
    const wordIds = new Map<string, number>()
    const frequency: number[] = []
    for (const sentence of sentences) {
      if (!sentence.prose || sentence.plain.length < minimumWords * 2) continue
      const list = words(sentence.plain)
      if (list.length < minimumWords) continue
      const ids = list.map((word) => {
        let id = wordIds.get(word)
        if (id === undefined) wordIds.set(word, (id = frequency.push(0) - 1))
        frequency[id] = (frequency[id] ?? 0) + 1
        return id
      })
      eligible.push({sentence, ids})
    }

    const exact = new Map<string, AnalyzedSentence>()
    const postings = new Map<number, number[]>()
    // seen[other] === index + 1 when `other` was already compared with sentence `index`.
    const seen = new Uint32Array(eligible.length)
    // inSentence[word] === index + 1 when `word` is one of sentence `index`'s
    // (distinct) words: counting shared words is then an array scan, no sets.
    const inSentence = new Uint32Array(frequency.length)
    const members: number[][] = []
    eligible.forEach(({sentence, ids}, index) => {
      const stamp = index + 1
      for (const id of ids) inSentence[id] = stamp
      members.push(ids)
      // Exact repeats have the same words in the same order.
      const key = ids.join(' ')
      let first = exact.get(key)
      if (!first) {
        exact.set(key, sentence)
        const ordered = ids.sort((a, b) => (frequency[a] ?? 0) - (frequency[b] ?? 0) || a - b)
        const prefix = ordered.slice(0, ordered.length - Math.ceil(threshold * ordered.length) + 1)
        const similar: number[] = []
        for (const word of prefix) {
          for (const other of postings.get(word) ?? []) {
            if (seen[other] === stamp) continue
            seen[other] = stamp
            const otherIds = members[other] as number[]
            let shared = 0
            for (const item of otherIds) if (inSentence[item] === stamp) shared++
            if (shared / (ids.length + otherIds.length - shared) >= threshold) similar.push(other)
          }
        }
        // The earliest similar sentence that is not a contrast with this one is what it repeats.
        similar.sort((a, b) => a - b)
        for (const other of similar.slice(0, maximumContrastChecks)) {
          const candidate = eligible[other]?.sentence
          if (candidate && !isContrast(candidate.plain, sentence.plain)) {
            first = candidate
            break
          }
        }
        for (const word of prefix) {
          let list = postings.get(word)
          if (!list) postings.set(word, (list = []))
          if (list.length < maximumPostings) list.push(index)
        }
      }
      if (!first || first === sentence) return
      const line = first.position.start.line
      report({
        sentence,
        place: sentence.position,
        reason: `Repeated boilerplate “${quote(sentence.text)}”: near-duplicate of the sentence on line ${line} (“${quote(first.text, 60)}”), expected each sentence to say something new`,
        note: `Keep the first occurrence (line ${line}) and rewrite or remove this one.`,
        actual: sentence.text,
        expected: ['a sentence that adds something new']
      })
    })
  }
}
