/**
 * `anecdotal-evidence`: anecdotes and testimonials presented as evidence.
 */
import type {Rule} from './types.js'
import {quote} from './quote.js'

/** Anecdote framed as demonstration: "real-life examples demonstrate", "testimonials prove", "anecdotal evidence suggests". */
export const anecdotePattern =
  /\b(?:(?:real[- ]life|real[- ]world|personal) (?:examples?|stories|story|experiences?|cases?|accounts?)|testimonials?|success stories|customer reviews|reviews|anecdotes|anecdotal (?:evidence|reports?|accounts?))\s(?:clearly\s|all\s)?(?:demonstrates?|shows?|proves?|confirms?|illustrates?|highlights?|reveals?|suggests?|indicates?|supports?)\b/gi

/** People vouching: "users swear by", "many people say", "individuals … report" (the verb within 8 words). */
export const testimonyPattern =
  /\b(?:individuals|users|customers|consumers|people|patients|reviewers|readers|fans|athletes|moms|mothers|many|thousands|millions|countless)\b(?:\s+[\p{L}\p{N}'’-]+){0,8}?\s+(?:report|reported|reporting|say|said|swear by|swore by|swear|swore|claim|claimed|rave|raved|testify|attest|vouch|agree|insist)\b/giu

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
  patterns: [anecdotePattern, testimonyPattern, critiquePattern],
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
      if (!sentence.prose || sentence.status === 'sourced' || critiquePattern.test(sentence.text)) continue
      anecdotePattern.lastIndex = 0
      testimonyPattern.lastIndex = 0
      const match = anecdotePattern.exec(sentence.text) ?? testimonyPattern.exec(sentence.text)
      if (!match) continue
      const start = sentence.start + match.index
      report({
        sentence,
        place: document.place(sentence.unit, start, start + match[0].length),
        reason: `Anecdote used as evidence “${quote(match[0], 80)}” in “${quote(sentence.text)}”: expected a controlled study or systematic review`,
        note: 'Cite a study instead, or say plainly that these are anecdotes that do not show the treatment works.',
        actual: match[0],
        expected: ['a controlled study or a systematic review']
      })
    }
  }
}
