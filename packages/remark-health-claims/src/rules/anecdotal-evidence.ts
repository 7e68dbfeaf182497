/**
 * `anecdotal-evidence`: anecdotes and testimonials presented as evidence.
 */
import type {Rule} from './types.js'
import {isQuestion, quote} from './quote.js'

/** Anecdote framed as demonstration: "real-life examples demonstrate", "testimonials prove", "anecdotal evidence suggests". */
export const anecdotePattern =
  /\b(?:(?:real[- ]life|real[- ]world|personal) (?:examples?|stories|story|experiences?|cases?|accounts?)|testimonials?|success stories|customer reviews|reviews|anecdotes|anecdotal (?:evidence|reports?|accounts?))\s(?:clearly\s|all\s)?(?:demonstrates?|shows?|proves?|confirms?|illustrates?|highlights?|reveals?|suggests?|indicates?|supports?)\b/gi

/** People who vouch: the subject of "users swear by", "many people say", "individuals … report". */
export const testifierPattern =
  /\b(?:individuals|users|customers|consumers|people|patients|reviewers|readers|fans|athletes|moms|mothers|many|thousands|millions|countless)\b/gi

/** Verbs of testimony that vouch on their own: "users swear by it", "customers rave about it". */
const vouchingVerbs: ReadonlySet<string> = new Set(['swear', 'swears', 'swore', 'rave', 'raved', 'testify', 'attest', 'vouch'])

/**
 * Verbs of testimony that vouch only for an effect: "patients report less pain"
 * is testimony, "people with asthma say they can't catch their breath" is a
 * symptom report.
 */
const reportingVerbs: ReadonlySet<string> = new Set(['report', 'reported', 'reporting', 'say', 'said', 'claim', 'claimed', 'agree', 'insist'])

/** Words that make what is reported an effect of something taken or done. */
const effectWords: ReadonlySet<string> = new Set([
  'help', 'helps', 'helped', 'helping', 'work', 'works', 'worked', 'relieve', 'relieves', 'relieved', 'relief', 'reduce',
  'reduces', 'reduced', 'ease', 'eases', 'eased', 'cure', 'cures', 'cured', 'improve', 'improves', 'improved', 'improvement',
  'improvements', 'better', 'benefit', 'benefits', 'benefited', 'beneficial', 'effective', 'heal', 'heals', 'healed',
  'disappeared', 'vanished', 'cleared', 'gone', 'less', 'fewer', 'lower', 'relaxed', 'calmer', 'miracle', 'life-changing',
  'transformed', 'results', 'difference'
])

/** Words allowed between the testifier and the verb ("individuals who have used kratom for back pain report"). */
const maximumGap = 8

/** Words of a text with their places (a loop over a plain pattern: linear). */
function wordsOf(text: string): Array<{word: string; index: number; end: number}> {
  wordPattern.lastIndex = 0
  return Array.from(text.matchAll(wordPattern), (match) => ({word: match[0].toLowerCase().replaceAll('’', "'"), index: match.index, end: match.index + match[0].length}))
}

/** A word of prose. */
export const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu

/**
 * A testifier followed, within a few words, by a verb of testimony that
 * vouches for an effect. Words are scanned with a loop: a regex with a
 * bounded gap of words is quadratic.
 */
export function findTestimony(text: string): {index: number; length: number} | undefined {
  testifierPattern.lastIndex = 0
  let words: ReturnType<typeof wordsOf> | undefined
  for (const match of text.matchAll(testifierPattern)) {
    words ??= wordsOf(text)
    const from = words.findIndex((word) => word.index >= match.index + match[0].length)
    if (from === -1) break
    for (let position = from; position < words.length && position <= from + maximumGap; position++) {
      const {word, end} = words[position] as (typeof words)[number]
      if (vouchingVerbs.has(word)) {
        const by = words[position + 1]
        const last = (word === 'swear' || word === 'swears' || word === 'swore') && by?.word === 'by' ? by.end : end
        return {index: match.index, length: last - match.index}
      }
      if (reportingVerbs.has(word)) {
        // What they report must be an effect, not a symptom.
        if (!words.slice(position + 1).some((next) => effectWords.has(next.word))) break
        return {index: match.index, length: end - match.index}
      }
    }
  }
  return undefined
}

/** People a writer tells a story about: "my neighbour", "a friend of mine", "I". */
const relations: ReadonlySet<string> = new Set([
  'neighbour', 'neighbor', 'friend', 'friends', 'mother', 'mum', 'mom', 'father', 'dad', 'wife', 'husband', 'partner',
  'sister', 'brother', 'aunt', 'uncle', 'cousin', 'grandmother', 'grandma', 'gran', 'grandfather', 'grandpa', 'son',
  'daughter', 'colleague', 'coworker', 'co-worker', 'boss', 'patient', 'patients', 'client', 'clients', 'family', 'kids',
  'child', 'children', 'boyfriend', 'girlfriend', 'roommate', 'flatmate'
])

/**
 * What the person in the story did with the remedy, told as past events: a
 * present tense ("I tell my patients to use ice because it reduces
 * swelling") is an expert's advice, not a story.
 */
const tryingVerbs: ReadonlySet<string> = new Set([
  'tried', 'took', 'used', 'started', 'began', 'switched', 'drank', 'ate', 'applied', 'swore', 'gave'
])

/** Words that present the story as proof. */
const proofWords: ReadonlySet<string> = new Set(['proves', 'proved', 'proof', 'shows', 'showed', 'demonstrates', 'confirms', 'must'])

/**
 * A testimonial: someone the writer knows (or the writer) tried a remedy and
 * got better, told as evidence ("My neighbour tried it and her pain went
 * away, which proves it works"). Returns the span from the person to the
 * last word of the outcome or of the proof.
 */
export function findTestimonial(text: string): {index: number; length: number} | undefined {
  if (!/\b(?:my|I|mine)\b/i.test(text)) return undefined
  const words = wordsOf(text)
  for (let position = 0; position < words.length; position++) {
    const current = words[position] as (typeof words)[number]
    let subject = -1
    if (current.word === 'my') {
      for (let next = position + 1; next <= position + 2 && next < words.length; next++) {
        if (relations.has((words[next] as (typeof words)[number]).word)) subject = next
      }
    } else if (current.word === 'i' && text.charAt(current.index) === 'I') {
      subject = position
    } else if (relations.has(current.word) && words[position + 1]?.word === 'of' && words[position + 2]?.word === 'mine') {
      subject = position + 2
    }
    if (subject === -1) continue
    const verb = words.findIndex((word, index) => index > subject && index <= subject + 3 && tryingVerbs.has(word.word))
    if (verb === -1) continue
    let last = -1
    for (let index = verb + 1; index < words.length; index++) {
      const {word} = words[index] as (typeof words)[number]
      if (effectWords.has(word) || proofWords.has(word) || (word === 'away' && words[index - 1]?.word === 'went')) last = index
    }
    if (last === -1) continue
    const end = (words[last] as (typeof words)[number]).end
    return {index: current.index, length: end - current.index}
  }
  return undefined
}

/**
 * Sentences that discuss the limits of anecdotes rather than lean on them:
 * "anecdotal evidence is not enough", "more research is needed".
 */
export const critiquePattern =
  /\b(?:more|further|additional) (?:research|studies|evidence|trials)\b|\b(?:not enough|insufficient|inconclusive|limitations?|limited|lack of|cannot replace|can't replace|no substitute|not a substitute|not proof|not evidence|unreliable|unverified|need for|caution against|should not rely|do not rely|don't rely)\b/i

export const anecdotalEvidence: Rule<'anecdotal-evidence'> = {
  id: 'anecdotal-evidence',
  defaultSeverity: 'warn',
  description:
    'Warn when anecdotes or testimonials are used as evidence: “real-life examples demonstrate”, “individuals report reduced pain”, “users swear by”, ' +
    '“my neighbour tried it and her pain went away”. What people say about their symptoms (“people with asthma say they can’t catch their breath”) is not testimony.',
  why:
    'What some people report is not evidence that a treatment works: people who felt no effect or were harmed rarely write testimonials, ' +
    'symptoms come and go on their own, and placebo effects are large. Readers take such sentences as proof.',
  fix:
    'Cite a controlled study or a systematic review instead. If you mention experiences, say plainly that they are anecdotes and that they do not show the treatment works.',
  patterns: [anecdotePattern, testifierPattern, critiquePattern, wordPattern],
  examples: {
    ok: [
      {
        title: 'Discussing the limits of anecdotes',
        markdown: 'Anecdotal evidence is not enough: more research is needed to know whether kratom is safe.\n',
        messages: []
      },
      {
        title: 'What people say about their symptoms',
        markdown: 'During an attack, people with asthma say they can’t catch their breath. Many patients report a tight chest at night.\n',
        messages: []
      },
      {
        title: 'An expert’s advice in the first person',
        markdown: '“I tell my patients to use ice for the first two days because it reduces swelling,” says Dr Lee, a GP.\n',
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
      },
      {
        title: 'A testimonial',
        markdown: 'My neighbour tried it and her pain went away, which proves it works.\n',
        messages: [
          '1:1-1:68: Anecdote used as evidence “My neighbour tried it and her pain went away, which proves it works” in “My neighbour tried it and her pain went away, which proves it works.”: expected a controlled study or systematic review'
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
      // A question ("Can I take it if I tried it before?") tells no story.
      const found = framed
        ? {index: framed.index, length: framed[0].length}
        : (findTestimony(sentence.plain) ?? (isQuestion(sentence.text) ? undefined : findTestimonial(sentence.plain)))
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
