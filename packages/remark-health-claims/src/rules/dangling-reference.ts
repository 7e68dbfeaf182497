/**
 * `dangling-reference`: "see the following resources:" followed by nothing.
 */
import type {Rule} from './types.js'
import {quote} from './quote.js'

/** A sentence announcing sources that should follow it. */
export const announcePattern =
  /\b(?:the following|these|below|here are (?:some|a few)?)\s?(?:(?:useful|helpful|additional|further|trusted|reliable)\s)?(?:resources|sources|references|links|studies|articles|websites|sites|reading|publications|papers)\b|\b(?:see below|sources|references|resources|further reading|read more|learn more|bibliography)\s?:$/i

export const danglingReference: Rule = {
  id: 'dangling-reference',
  defaultSeverity: 'error',
  description: 'Warn when a sentence announces sources (“refer to the following resources:”, “see below:”, “Sources:”) and no list or link follows before the next heading.',
  why: 'The reader is promised sources that are not there: the article looks referenced while it cites nothing. It is usually a template the writer forgot to fill in.',
  fix: 'Add the promised sources (a list of links right after the sentence), or remove the sentence.',
  patterns: [announcePattern],
  examples: {
    ok: [
      {
        title: 'The announced sources follow',
        markdown:
          'For more on back pain, refer to the following resources:\n\n- [NHS: Back pain](https://www.nhs.uk/conditions/back-pain/)\n- [NICE guideline NG59](https://www.nice.org.uk/guidance/ng59)\n',
        messages: []
      }
    ],
    notOk: [
      {
        title: 'Announced sources that never come',
        markdown: 'For additional information on kratom, please refer to the following resources:\n\n## Tips\n\nDrink water.\n',
        messages: [
          '1:1-1:79: Dangling reference “For additional information on kratom, please refer to the following resources:”: expected a list of sources or links after it, before the next heading'
        ]
      }
    ]
  },
  check({document, sentences, citations, report}) {
    const {units} = document
    for (const sentence of sentences) {
      if (!sentence.prose) continue
      const text = sentence.text.trim()
      if (!text.endsWith(':') && !/\bfollowing (?:resources|sources|references|links)\b/i.test(text)) continue
      if (!announcePattern.test(text)) continue
      const unit = sentence.unit
      // Sources later in the same block…
      const sameUnit = (citations.byUnit[unit.index] ?? []).some((located) => located.start >= sentence.end)
      if (sameUnit) continue
      // …or in the blocks that follow, up to the next heading; a list or table right after counts too.
      let found = false
      for (let index = unit.index + 1; index < units.length; index++) {
        const next = units[index]
        if (!next || next.kind === 'heading') break
        if ((citations.byUnit[index]?.length ?? 0) > 0) {
          found = true
          break
        }
        if (index === unit.index + 1 && next.container && next.container !== unit.container && sentence.end >= unit.text.trimEnd().length) {
          found = true
          break
        }
      }
      if (found) continue
      report({
        sentence,
        place: sentence.position,
        reason: `Dangling reference “${quote(text)}”: expected a list of sources or links after it, before the next heading`,
        note: 'Add the promised sources right after this sentence, or remove the sentence.',
        actual: text,
        expected: ['a list of sources or links']
      })
    }
  }
}
