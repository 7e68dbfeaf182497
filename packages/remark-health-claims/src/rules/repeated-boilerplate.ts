/**
 * `repeated-boilerplate`: the same or nearly the same sentence, again and again.
 */
import type {AnalyzedSentence, Rule} from './types.js'
import {quote} from './quote.js'

/** Words of a sentence, lowercased, curly apostrophes folded. */
export const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

/** Shorter sentences repeat naturally ("Talk to your doctor."). */
const minimumWords = 8
/** Jaccard similarity of word-bigram sets from which two sentences are near-duplicates. */
const threshold = 0.6
/**
 * Bigrams shared by more sentences than this are too common to find
 * candidates with; skipping them keeps the comparison linear (exact
 * repeats are still found through the normalised text).
 */
const maximumPostings = 64

function shingles(text: string): Set<string> {
  const words = Array.from(text.toLowerCase().replaceAll('’', "'").matchAll(wordPattern), (match) => match[0])
  const result = new Set<string>()
  if (words.length < minimumWords) return result
  for (const word of words) result.add(word)
  return result
}

export const repeatedBoilerplate: Rule = {
  id: 'repeated-boilerplate',
  defaultSeverity: 'warn',
  description: 'Warn when the same or nearly the same sentence (8 words or more) appears more than once in an article.',
  why:
    'Boilerplate repeated section after section (“By targeting the underlying causes, X offers a holistic approach…”) pads an article, ' +
    'repeats its claims without adding evidence and is a mark of machine-generated filler.',
  fix: 'Keep the first occurrence, and make each later sentence say something specific to its section (or remove it).',
  patterns: [wordPattern],
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
    const exact = new Map<string, AnalyzedSentence>()
    const postings = new Map<string, number[]>()
    const sets: Array<Set<string>> = []
    const eligible: AnalyzedSentence[] = []

    for (const sentence of sentences) {
      if (!sentence.prose) continue
      const set = shingles(sentence.text)
      if (set.size === 0) continue
      const id = eligible.length
      eligible.push(sentence)
      sets.push(set)

      const key = [...set].join('|')
      let first = exact.get(key)
      if (!first) {
        exact.set(key, sentence)
        // Count shared bigrams with earlier sentences through the postings.
        const shared = new Map<number, number>()
        for (const shingle of set) {
          const list = postings.get(shingle)
          if (!list || list.length > maximumPostings) continue
          for (const other of list) shared.set(other, (shared.get(other) ?? 0) + 1)
        }
        let best = -1
        for (const [other, count] of shared) {
          const otherSet = sets[other]
          if (!otherSet) continue
          const similarity = count / (set.size + otherSet.size - count)
          if (similarity >= threshold && (best === -1 || other < best)) best = other
        }
        if (best !== -1) first = eligible[best]
      }
      for (const shingle of set) {
        let list = postings.get(shingle)
        if (!list) postings.set(shingle, (list = []))
        if (list.length <= maximumPostings) list.push(id)
      }
      if (!first || first === sentence) continue
      const line = first.position.start.line
      report({
        sentence,
        place: sentence.position,
        reason: `Repeated boilerplate “${quote(sentence.text)}”: near-duplicate of the sentence on line ${line} (“${quote(first.text, 60)}”), expected each sentence to say something new`,
        note: `Keep the first occurrence (line ${line}) and rewrite or remove this one.`,
        actual: sentence.text,
        expected: ['a sentence that adds something new']
      })
    }
  }
}
