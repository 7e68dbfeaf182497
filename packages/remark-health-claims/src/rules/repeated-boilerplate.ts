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

export const repeatedBoilerplate: Rule = {
  id: 'repeated-boilerplate',
  defaultSeverity: 'warn',
  description: 'Warn when the same or nearly the same sentence (of 8 or more different words) appears more than once in an article.',
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
        let best = -1
        for (const word of prefix) {
          for (const other of postings.get(word) ?? []) {
            if (seen[other] === stamp) continue
            seen[other] = stamp
            const otherIds = members[other] as number[]
            let shared = 0
            for (const item of otherIds) if (inSentence[item] === stamp) shared++
            if (shared / (ids.length + otherIds.length - shared) >= threshold && (best === -1 || other < best)) best = other
          }
        }
        if (best !== -1) first = eligible[best]?.sentence
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
