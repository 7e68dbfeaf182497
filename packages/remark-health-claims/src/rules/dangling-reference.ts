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
      },
      {
        title: 'A plain list of sources (no links) also counts',
        markdown: 'Sources:\n\n- Smith J, Lee K. Kratom use in adults with back pain. J Pain Res. 2020.\n',
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
    // Index of the next unit with a citation / the next heading, from each unit on (one pass, not one per sentence).
    const nextCited: number[] = new Array<number>(units.length + 1).fill(Infinity)
    const nextHeading: number[] = new Array<number>(units.length + 1).fill(Infinity)
    for (let index = units.length - 1; index >= 0; index--) {
      nextCited[index] = (citations.byUnit[index]?.length ?? 0) > 0 ? index : (nextCited[index + 1] ?? Infinity)
      nextHeading[index] = units[index]?.kind === 'heading' ? index : (nextHeading[index + 1] ?? Infinity)
    }
    for (const sentence of sentences) {
      if (!sentence.prose) continue
      const text = sentence.text.trim()
      const plain = sentence.plain.trim()
      if (!plain.endsWith(':') && !/\bfollowing (?:resources|sources|references|links)\b/i.test(plain)) continue
      if (!announcePattern.test(plain)) continue
      const unit = sentence.unit
      // Sources later in the same block…
      const inUnit = citations.byUnit[unit.index] ?? []
      if ((inUnit[inUnit.length - 1]?.start ?? -1) >= sentence.end) continue
      // …or in the blocks that follow, up to the next heading; a list or table right after counts too.
      const next = units[unit.index + 1]
      const lastInUnit = sentence.end >= unit.text.length || !/\S/.test(unit.text.slice(sentence.end, sentence.end + 200))
      const listAfter = next !== undefined && next.kind !== 'heading' && next.container !== undefined && next.container !== unit.container && lastInUnit
      const cited = nextCited[unit.index + 1] ?? Infinity
      const heading = nextHeading[unit.index + 1] ?? Infinity
      const found = listAfter || cited < heading
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
