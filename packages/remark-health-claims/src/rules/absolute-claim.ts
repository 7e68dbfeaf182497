/**
 * `absolute-claim`: absolute language about health effects or safety.
 */
import type {Rule} from './types.js'
import {isQuestion, quote} from './quote.js'

/** Absolute wording. Alternatives are literal words without repetition: linear-time. */
export const absolutePattern =
  /\b(?:cur(?:e|es|ed|ing)|100\s?%\s?(?:safe|effective|natural|guaranteed|proven|harmless|risk[- ]free)|no (?:known )?(?:side[- ]effects?|risks?)|(?:scientifically |clinically )?proven to|guarantee(?:s|d)?|miracle|miraculous|(?:completely|totally|perfectly|entirely|absolutely|always) (?:safe|harmless|effective)|risk[- ]free|works for everyone|(?:permanently|instantly) (?:heals?|eliminates?|removes?|reverses?))\b/gi

/** Negations that turn the wording into a hedge ("there is no cure", "not proven to", "no guarantee"). */
export const negations: ReadonlySet<string> = new Set([
  'no', 'not', 'never', 'cannot', 'without', 'nothing', 'neither', 'nor', 'none', 'nobody', "isn't", "aren't", "doesn't",
  "don't", "won't", "hasn't", "haven't", "can't", "wasn't", "weren't", "didn't", "wouldn't", "shouldn't", 'unlikely'
])

/** Negative quantifiers that, opening a clause, negate all of it: "None of these treatments is a cure", "No diet cures diabetes". */
const clauseNegations: ReadonlySet<string> = new Set(['no', 'none', 'nothing', 'neither', 'nobody', 'never'])

/** Words at a clause start that do not change its polarity ("But none of them…", "Sadly, no treatment…"). */
const clauseOpeners: ReadonlySet<string> = new Set(['and', 'but', 'so', 'yet', 'however', 'sadly', 'unfortunately', 'currently', 'still', 'also', 'though', 'although'])

/** Words of evidence a negation can govern from afar: "there is no good evidence that X cures", "has not been shown to". */
const evidenceWords: ReadonlySet<string> = new Set(['evidence', 'proof', 'proven', 'shown', 'studies', 'study', 'research', 'trials', 'data'])

/** Conjunctions that start a new clause: a negation before them does not reach past them. */
const clauseBreaks: ReadonlySet<string> = new Set(['but', 'although', 'though', 'however', 'yet', 'while', 'whereas', 'because'])

/** Verbs and prepositions that make "cure" a goal, not a promise: "looking for a cure", "research into a cure". */
const seeking: ReadonlySet<string> = new Set(['find', 'found', 'finding', 'for', 'develop', 'developing', 'toward', 'towards', 'seeking', 'into', 'hope', 'hopes', 'of'])

/** Lowercased words of the clause that ends at `index` (from the last stop, semicolon, colon, dash or contrastive conjunction). */
function clauseBefore(text: string, index: number): string[] {
  const before = text.slice(Math.max(0, index - 200), index)
  let start = 0
  for (let i = before.length - 1; i >= 0; i--) {
    if ('.;:!?—–'.includes(before.charAt(i))) {
      start = i + 1
      break
    }
  }
  const words = before.slice(start).toLowerCase().replaceAll('’', "'").split(/\s+/).map((word) => word.replace(/[^a-z']/g, '')).filter(Boolean)
  let from = 0
  words.forEach((word, position) => {
    if (clauseBreaks.has(word)) from = position + 1
  })
  return words.slice(from)
}

/**
 * Whether absolute wording at `index` is negated or limited: a negation just
 * before it ("is not a cure", "does not provide a permanent cure"), a clause
 * opened by a negative quantifier ("None of these treatments is a cure"), a
 * negated statement of evidence ("there is no good evidence that X cures"),
 * or "cure" as a goal ("researchers are looking for a cure").
 */
function negated(text: string, index: number, phrase: string): boolean {
  // "Not only does it cure…" and "not just" intensify: they do not negate.
  const words = clauseBefore(text, index).filter((word, position, all) => !(negations.has(word) && (all[position + 1] === 'only' || all[position + 1] === 'just')))
  if (words.slice(-4).some((word) => negations.has(word))) return true
  const opener = words.find((word) => !clauseOpeners.has(word))
  if (opener !== undefined && clauseNegations.has(opener)) return true
  const negation = words.findIndex((word) => negations.has(word))
  if (negation !== -1 && words.slice(negation + 1).some((word) => evidenceWords.has(word))) return true
  if (/^cure$/i.test(phrase)) {
    const [previous, article] = words.slice(-2)
    if (article === 'a' && previous !== undefined && seeking.has(previous)) return true
  }
  return false
}

export const absoluteClaim: Rule<'absolute-claim'> = {
  id: 'absolute-claim',
  defaultSeverity: 'error',
  description: 'Warn on absolute wording about health: “cures”, “100% safe”, “no side effects”, “proven to”, “guaranteed”, “miracle”, “completely safe”.',
  why:
    'No treatment cures everyone, is free of risk or is guaranteed to work. Absolute wording overstates the evidence, ' +
    'misleads readers about risk and is what regulators (FTC, ASA, FDA) act on.',
  fix: 'Say what the evidence shows, with its limits (“in a trial of 200 adults, X reduced Y by 20%”), and cite it. Name known side effects instead of denying them.',
  patterns: [absolutePattern],
  examples: {
    ok: [
      {
        title: 'Hedged, sourced wording',
        markdown: 'In trials, ginger reduced nausea in some pregnant women ([review](https://doi.org/10.1000/xyz123)).\n',
        messages: []
      },
      {
        title: 'Negated absolutes are hedges',
        markdown: 'There is no cure for the common cold, and no supplement is proven to prevent it.\n',
        messages: []
      },
      {
        title: 'Limitations: what a treatment cannot do',
        markdown:
          'None of these treatments is a cure, but they can ease the symptoms. Antibiotics will not provide a quick cure for a viral infection. ' +
          'There is no good evidence that cranberry juice cures a bladder infection. Researchers are still looking for a cure.\n',
        messages: []
      },
      {
        title: 'A question, not a claim',
        markdown: '## Can acupuncture cure back pain?\n',
        messages: []
      }
    ],
    notOk: [
      {
        title: 'A cure claim',
        markdown: 'This herbal tea cures insomnia.\n',
        messages: [
          '1:17-1:22: Absolute claim “cures” in “This herbal tea cures insomnia.”: expected hedged wording backed by a source (no treatment is certain to work or free of risk)'
        ]
      },
      {
        title: 'A negation in another clause does not hedge the claim',
        markdown: 'It is not a drug, but this tea cures insomnia.\n',
        messages: [
          '1:32-1:37: Absolute claim “cures” in “It is not a drug, but this tea cures insomnia.”: expected hedged wording backed by a source (no treatment is certain to work or free of risk)'
        ]
      },
      {
        title: '“Not only” does not negate',
        markdown: 'Not only does this tea cure insomnia, it also calms anxiety.\n',
        messages: [
          '1:24-1:28: Absolute claim “cure” in “Not only does this tea cure insomnia, it also calms anxiety.”: expected hedged wording backed by a source (no treatment is certain to work or free of risk)'
        ]
      },
      {
        title: 'Safety absolutes',
        markdown: 'Kratom is 100% safe and has no side effects.\n',
        messages: [
          '1:11-1:20: Absolute claim “100% safe” in “Kratom is 100% safe and has no side effects.”: expected hedged wording backed by a source (no treatment is certain to work or free of risk)',
          '1:29-1:44: Absolute claim “no side effects” in “Kratom is 100% safe and has no side effects.”: expected hedged wording backed by a source (no treatment is certain to work or free of risk)'
        ]
      }
    ]
  },
  check({document, sentences, report}) {
    for (const sentence of sentences) {
      // A question asks whether something cures; it does not say it does.
      if (!sentence.prose || isQuestion(sentence.text)) continue
      absolutePattern.lastIndex = 0
      for (const match of sentence.plain.matchAll(absolutePattern)) {
        const phrase = match[0]
        // "no side effects" is itself the absolute; other phrases preceded by a negation are hedges.
        if (!/^no /i.test(phrase) && negated(sentence.plain, match.index, phrase)) continue
        const start = sentence.start + match.index
        report({
          sentence,
          place: document.place(sentence.unit, start, start + phrase.length),
          reason: `Absolute claim “${phrase}” in “${quote(sentence.text)}”: expected hedged wording backed by a source (no treatment is certain to work or free of risk)`,
          note: 'Say what the evidence shows and its limits, cite it, and name known risks instead of denying them.',
          actual: phrase,
          expected: ['hedged, sourced wording']
        })
      }
    }
  }
}
