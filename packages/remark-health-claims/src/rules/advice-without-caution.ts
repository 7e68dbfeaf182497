/**
 * `advice-without-caution`: dosing or usage advice with no safety note nearby.
 */
import type {AnalyzedSentence, Rule} from './types.js'
import {quote} from './quote.js'

/** Dosing and usage words: what makes advice about taking something. */
export const usagePattern =
  /\d\s?(?:mg|mcg|g|grams?|milligrams?|ml|iu|capsules?|tablets?|pills?|drops|teaspoons?|tablespoons?|cups?|servings?)\b|\b(?:(?:recommended|daily|starting|typical|maximum|usual|low|lower|high|higher|small|smaller) (?:dose|doses|dosage|amount)|dose of|mg|mcg|milligrams?|micrograms?|capsules?|tablets?|pills?|teaspoons?|tablespoons?|take|taking|start with|starting with|increase|increasing|gradually|per day|a day|daily|twice|times a day|every \d\d? hours|on an empty stomach|before bed|supplement with)\b/i

/** Safety context: side effects, risks, interactions, a professional to ask. */
export const cautionPattern =
  /\b(?:consult(?:ing)?|doctors?|physicians?|pharmacists?|gp|healthcare (?:providers?|professionals?)|health care (?:providers?|professionals?)|medical (?:advice|attention|supervision)|side[- ]effects?|risks? of|warnings?|caution|cautious|do not exceed|don't exceed|don’t exceed|never exceed|talk to|speak (?:to|with)|ask your|seek medical|interactions?|interact|adverse|overdose|toxic(?:ity)?|pregnan(?:t|cy)|breastfeeding|allerg(?:y|ies|ic)|stop (?:taking|using)|addiction|dependence)\b/i

/** Sentences either side (within the same block) that count as "nearby". */
const window = 3

export const adviceWithoutCaution: Rule = {
  id: 'advice-without-caution',
  defaultSeverity: 'warn',
  description: 'Warn when dosing or usage advice (“start with a low dose and gradually increase it”) has no caution in the same paragraph or next to it.',
  why:
    'Readers act on dosing advice. Without a word on side effects, interactions, who should not take it and whom to ask, ' +
    'advice becomes a prescription nobody checked.',
  fix:
    'Put a caution next to the advice: the known side effects and interactions, a maximum, who should avoid it, and “talk to a doctor or pharmacist before taking it”.',
  patterns: [usagePattern, cautionPattern],
  examples: {
    ok: [
      {
        title: 'Advice with a caution in the same paragraph',
        markdown: 'Start with a low dose of melatonin and increase it slowly. Talk to a pharmacist first if you take other medicines.\n',
        messages: []
      }
    ],
    notOk: [
      {
        title: 'Dosing advice alone',
        markdown: '# Dosage\n\nStart with a low dose and gradually increase it as needed.\n\n# Strains\n\nRed vein strains are popular.\n',
        messages: [
          '3:1-3:59: Dosing or usage advice “Start with a low dose and gradually increase it as needed.” without a caution nearby: expected a safety note (side effects, interactions, “talk to a doctor or pharmacist”) in the same paragraph or next to it'
        ]
      }
    ]
  },
  check({sentences, report}) {
    const cautious = sentences.map((sentence) => cautionPattern.test(sentence.plain))
    const byUnit = new Map<number, AnalyzedSentence[]>()
    const positionInUnit = new Map<AnalyzedSentence, number>()
    for (const sentence of sentences) {
      let list = byUnit.get(sentence.unit.index)
      if (!list) byUnit.set(sentence.unit.index, (list = []))
      positionInUnit.set(sentence, list.length)
      list.push(sentence)
    }
    // In an adjacent block, only the sentences nearest to the advice count.
    const edgeCautious = (index: number, edge: 'start' | 'end'): boolean => {
      const list = byUnit.get(index) ?? []
      const near = edge === 'start' ? list.slice(0, window) : list.slice(-window)
      return near.some((sentence) => cautious[sentence.index])
    }

    for (const sentence of sentences) {
      if (!sentence.prose || sentence.classification.advice === 'none' || !usagePattern.test(sentence.plain)) continue
      if (cautious[sentence.index]) continue
      const siblings = byUnit.get(sentence.unit.index) ?? []
      const position = positionInUnit.get(sentence) ?? 0
      const near = siblings.slice(Math.max(0, position - window), position + window + 1).some((other) => cautious[other.index])
      if (near || edgeCautious(sentence.unit.index - 1, 'end') || edgeCautious(sentence.unit.index + 1, 'start')) continue
      report({
        sentence,
        place: sentence.position,
        reason: `Dosing or usage advice “${quote(sentence.text)}” without a caution nearby: expected a safety note (side effects, interactions, “talk to a doctor or pharmacist”) in the same paragraph or next to it`,
        note: 'Add the known side effects and interactions, a maximum, who should avoid it, and advice to talk to a doctor or pharmacist first.',
        actual: sentence.text,
        expected: ['a caution in the same paragraph or the next one']
      })
    }
  }
}
