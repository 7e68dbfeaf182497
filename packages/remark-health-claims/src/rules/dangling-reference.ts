/**
 * `dangling-reference`: "see the following resources:" followed by nothing,
 * and numbered citation markers (`[3]`, `^3`, `<sup>3</sup>`) with no entry
 * to point at.
 */
import type {AnalyzedSentence, Rule} from './types.js'
import {quote} from './quote.js'

/** A sentence announcing sources that should follow it. */
export const announcePattern =
  /\b(?:the following|these|below|here are (?:some|a few)?)\s?(?:(?:useful|helpful|additional|further|trusted|reliable)\s)?(?:resources|sources|references|links|studies|articles|websites|sites|reading|publications|papers)\b|\b(?:see below|sources|references|resources|further reading|read more|learn more|bibliography)\s?:$/i

export const danglingReference: Rule<'dangling-reference'> = {
  id: 'dangling-reference',
  defaultSeverity: 'error',
  description:
    'Warn when a sentence announces sources (“refer to the following resources:”, “see below:”, “Sources:”) and no list or link follows before the next heading, ' +
    'or when a numbered citation (`[3]`, `[1-3]`, `^3`, `<sup>3</sup>`) points at no entry of a References / Sources list or of the front matter `sources`.',
  why:
    'The reader is promised sources that are not there: the article looks referenced while it cites nothing. It is usually a template the writer forgot to fill in, ' +
    'or an article copied without its reference list. A number that leads nowhere is not a source, so the claim it sits on is unsourced too.',
  fix:
    'Add the promised sources (a list of links right after the sentence), or remove the sentence. For a numbered citation, add the entry with that number ' +
    'to the numbered References list (or to the front matter `sources`, numbered from 1), or replace the number with a link.',
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
      },
      {
        title: 'Numbered citations with their entries',
        markdown:
          'Paracetamol is not effective for low back pain [1]. Exercise therapy reduces pain in chronic low back pain.<sup>2</sup>\n\n' +
          '## References\n\n' +
          '1. Saragiotto BT, et al. Paracetamol for low back pain. Cochrane Database Syst Rev. 2016. https://doi.org/10.1002/14651858.CD012230\n' +
          '2. Hayden JA, et al. Exercise therapy for chronic low back pain. Cochrane Database Syst Rev. 2021.\n',
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
      },
      {
        title: 'Numbered citations that point at no entry',
        markdown:
          'Ice packs can reduce swelling in the first 48 hours [2]. Heat may relax stiff muscles.^3\n\n' +
          '## Sources\n\n' +
          '1. NHS. Back pain. https://www.nhs.uk/conditions/back-pain/\n',
        messages: [
          '1:53-1:56: Dangling reference “[2]”: no source numbered 2 in a References or Sources list or in the front matter `sources`, expected an entry for each numbered citation',
          '1:87-1:89: Dangling reference “^3”: no source numbered 3 in a References or Sources list or in the front matter `sources`, expected an entry for each numbered citation'
        ]
      }
    ]
  },
  check({document, file, sentences, citations, report}) {
    reportUnresolved(file, sentences, citations.unresolved, report)
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

/** Numbered markers that resolve to no entry. */
function reportUnresolved(
  file: Parameters<Rule['check']>[0]['file'],
  sentences: AnalyzedSentence[],
  unresolved: Parameters<Rule['check']>[0]['citations']['unresolved'],
  report: Parameters<Rule['check']>[0]['report']
): void {
  if (unresolved.length === 0) return
  const source = String(file)
  const byUnit = new Map<number, AnalyzedSentence[]>()
  for (const sentence of sentences) {
    let list = byUnit.get(sentence.unit.index)
    if (!list) byUnit.set(sentence.unit.index, (list = []))
    list.push(sentence)
  }
  for (const marker of unresolved) {
    const {position} = marker
    if (!position) continue
    const sentence = sentenceAt(byUnit.get(marker.unit.index) ?? [], marker.start)
    const from = position.start.offset
    const to = position.end.offset
    const written = from !== undefined && to !== undefined && source ? source.slice(from, to) : marker.label
    const numbers = marker.numbers.join(', ')
    const what = marker.numbers.length === 1 ? `no source numbered ${numbers}` : `no sources numbered ${numbers}`
    report({
      sentence,
      place: position,
      reason: `Dangling reference “${quote(written, 60)}”: ${what} in a References or Sources list or in the front matter \`sources\`, expected an entry for each numbered citation`,
      note: 'Add the missing entry to the numbered References list (or the front matter `sources`, numbered from 1), or replace the number with a link to the source.',
      actual: written,
      expected: [`a source numbered ${numbers}`]
    })
  }
}

/** The sentence of a unit (sorted by start) whose range holds `index` (its end included: a marker right after the full stop). */
function sentenceAt(list: AnalyzedSentence[], index: number): AnalyzedSentence | undefined {
  let low = 0
  let high = list.length - 1
  let found: AnalyzedSentence | undefined
  while (low <= high) {
    const middle = (low + high) >> 1
    const sentence = list[middle] as AnalyzedSentence
    if (sentence.start <= index) {
      found = sentence
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found && index <= found.end ? found : undefined
}
