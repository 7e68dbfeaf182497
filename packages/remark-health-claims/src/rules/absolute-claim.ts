/**
 * `absolute-claim`: absolute language about health effects or safety.
 */
import type {Rule} from './types.js'
import {quote} from './quote.js'

/** Absolute wording. Alternatives are literal words without repetition: linear-time. */
export const absolutePattern =
  /\b(?:cur(?:e|es|ed|ing)|100\s?%\s?(?:safe|effective|natural|guaranteed|proven|harmless|risk[- ]free)|no (?:known )?(?:side[- ]effects?|risks?)|(?:scientifically |clinically )?proven to|guarantee(?:s|d)?|miracle|miraculous|(?:completely|totally|perfectly|entirely|absolutely|always) (?:safe|harmless|effective)|risk[- ]free|works for everyone|(?:permanently|instantly) (?:heals?|eliminates?|removes?|reverses?))\b/gi

/** Negations that turn the wording into a hedge ("there is no cure", "not proven to", "no guarantee"). */
export const negations: ReadonlySet<string> = new Set([
  'no', 'not', 'never', 'cannot', 'without', 'nothing', 'neither', 'nor', "isn't", "aren't", "doesn't", "don't",
  "won't", "hasn't", "haven't", "can't", "wasn't", "weren't", "didn't", 'unlikely'
])

/** Whether one of the (up to) three words before `index` is a negation. */
function negated(text: string, index: number): boolean {
  const words = text.slice(Math.max(0, index - 40), index).toLowerCase().replaceAll('’', "'").split(/\s+/).filter(Boolean)
  return words.slice(-3).some((word) => negations.has(word.replace(/[^a-z']/g, '')))
}

export const absoluteClaim: Rule = {
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
      if (!sentence.prose) continue
      absolutePattern.lastIndex = 0
      for (const match of sentence.plain.matchAll(absolutePattern)) {
        const phrase = match[0]
        // "no side effects" is itself the absolute; other phrases preceded by a negation are hedges.
        if (!/^no /i.test(phrase) && negated(sentence.plain, match.index)) continue
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
