/**
 * `anecdotal-evidence`: anecdotes and testimonials presented as evidence.
 */
import type {Rule} from './types.js'
import {quote} from './quote.js'

/** Anecdote framed as demonstration: "real-life examples demonstrate", "testimonials prove", "anecdotal evidence suggests". */
export const anecdotePattern =
  /\b(?:(?:real[- ]life|real[- ]world|personal) (?:examples?|stories|story|experiences?|cases?|accounts?)|testimonials?|success stories|customer reviews|reviews|anecdotes|anecdotal (?:evidence|reports?|accounts?))\s(?:clearly\s|all\s)?(?:demonstrates?|shows?|proves?|confirms?|illustrates?|highlights?|reveals?|suggests?|indicates?|supports?)\b/gi

/** People who vouch: the subject of "users swear by", "many people say", "individuals … report". */
export const testifierPattern =
  /\b(?:individuals|users|customers|consumers|people|patients|reviewers|readers|fans|athletes|moms|mothers|many|thousands|millions|countless)\b/gi

/** Verbs of testimony (the first word; "swear by" is checked as "swear"). */
const testimonyVerbs: ReadonlySet<string> = new Set([
  'report', 'reported', 'reporting', 'say', 'said', 'swear', 'swore', 'claim', 'claimed', 'rave', 'raved', 'testify',
  'attest', 'vouch', 'agree', 'insist'
])

/** Words allowed between the testifier and the verb ("individuals who have used kratom for back pain report"). */
const maximumGap = 8

/**
 * A testifier followed, within a few words, by a verb of testimony. Words are
 * scanned with a loop: a regex with a bounded gap of words is quadratic.
 */
export function findTestimony(text: string): {index: number; length: number} | undefined {
  testifierPattern.lastIndex = 0
  for (const match of text.matchAll(testifierPattern)) {
    let position = match.index + match[0].length
    for (let gap = 0; gap <= maximumGap; gap++) {
      while (position < text.length && /\s/.test(text.charAt(position))) position++
      const start = position
      while (position < text.length && /[\p{L}\p{N}'’-]/u.test(text.charAt(position))) position++
      if (position === start) break
      const word = text.slice(start, position).toLowerCase()
      if (testimonyVerbs.has(word)) {
        let end = position
        if ((word === 'swear' || word === 'swore') && /^\s+by\b/i.test(text.slice(end, end + 4))) end = text.indexOf('by', end) + 2
        return {index: match.index, length: end - match.index}
      }
    }
  }
  return undefined
}

/**
 * Sentences that discuss the limits of anecdotes rather than lean on them:
 * "anecdotal evidence is not enough", "more research is needed".
 */
export const critiquePattern =
  /\b(?:more|further|additional) (?:research|studies|evidence|trials)\b|\b(?:not enough|insufficient|inconclusive|limitations?|limited|lack of|cannot replace|can't replace|no substitute|not a substitute|not proof|not evidence|unreliable|unverified|need for|caution against|should not rely|do not rely|don't rely)\b/i

export const anecdotalEvidence: Rule = {
  id: 'anecdotal-evidence',
  defaultSeverity: 'warn',
  description: 'Warn when anecdotes or testimonials are used as evidence: “real-life examples demonstrate”, “individuals report”, “users swear by”, “many people say”.',
  why:
    'What some people report is not evidence that a treatment works: people who felt no effect or were harmed rarely write testimonials, ' +
    'symptoms come and go on their own, and placebo effects are large. Readers take such sentences as proof.',
  fix:
    'Cite a controlled study or a systematic review instead. If you mention experiences, say plainly that they are anecdotes and that they do not show the treatment works.',
  patterns: [anecdotePattern, testifierPattern, critiquePattern],
  examples: {
    ok: [
      {
        title: 'Discussing the limits of anecdotes',
        markdown: 'Anecdotal evidence is not enough: more research is needed to know whether kratom is safe.\n',
        messages: []
      },
      {
        title: 'A reported outcome with its source',
        markdown: 'In a randomised trial, patients reported less pain after eight weeks of physiotherapy ([trial](https://doi.org/10.1000/xyz123)).\n',
        messages: []
      }
    ],
    notOk: [
      {
        title: 'Anecdotes as demonstration',
        markdown: 'Real-life examples demonstrate the impact of kratom on back pain.\n',
        messages: [
          '1:1-1:31: Anecdote used as evidence “Real-life examples demonstrate” in “Real-life examples demonstrate the impact of kratom on back pain.”: expected a controlled study or systematic review'
        ]
      },
      {
        title: 'Testimony as evidence',
        markdown: 'Individuals who have used kratom for back pain report reduced pain intensity. Users swear by it.\n',
        messages: [
          '1:1-1:54: Anecdote used as evidence “Individuals who have used kratom for back pain report” in “Individuals who have used kratom for back pain report reduced pain intensity.”: expected a controlled study or systematic review',
          '1:79-1:93: Anecdote used as evidence “Users swear by” in “Users swear by it.”: expected a controlled study or systematic review'
        ]
      }
    ]
  },
  check({document, sentences, report}) {
    for (const sentence of sentences) {
      // A sourced sentence reports what a study found; a critique discusses anecdotes' limits.
      if (!sentence.prose || sentence.status === 'sourced' || critiquePattern.test(sentence.plain)) continue
      anecdotePattern.lastIndex = 0
      const framed = anecdotePattern.exec(sentence.plain)
      const found = framed ? {index: framed.index, length: framed[0].length} : findTestimony(sentence.plain)
      if (!found) continue
      const phrase = sentence.text.slice(found.index, found.index + found.length)
      const start = sentence.start + found.index
      report({
        sentence,
        place: document.place(sentence.unit, start, start + found.length),
        reason: `Anecdote used as evidence “${quote(phrase, 80)}” in “${quote(sentence.text)}”: expected a controlled study or systematic review`,
        note: 'Cite a study instead, or say plainly that these are anecdotes that do not show the treatment works.',
        actual: phrase,
        expected: ['a controlled study or a systematic review']
      })
    }
  }
}
