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

/** Amounts and forms of a dose: advice with one is about taking a substance. */
export const dosePattern =
  /\d\s?(?:mg|mcg|µg|g|grams?|milligrams?|micrograms?|ml|iu|units?|capsules?|tablets?|pills?|drops|puffs?|sachets?|teaspoons?|tablespoons?|doses?)\b|\b(?:doses?|dosage|dosing|mg|mcg|milligrams?|micrograms?|capsules?|tablets?|pills?|lozenges?|sachets?|teaspoonfuls?|overdose)\b/i

/** Substances people take: medicines, supplements, herbs and their forms. */
const substances: ReadonlySet<string> = new Set([
  'medicine', 'medicines', 'medication', 'medications', 'drug', 'drugs', 'painkiller', 'painkillers', 'antibiotic', 'antibiotics',
  'antihistamine', 'antihistamines', 'antidepressant', 'antidepressants', 'steroid', 'steroids', 'laxative', 'laxatives',
  'antacid', 'antacids', 'inhaler', 'inhalers', 'insulin', 'supplement', 'supplements', 'vitamin', 'vitamins', 'mineral',
  'minerals', 'multivitamin', 'multivitamins', 'herb', 'herbs', 'herbal', 'extract', 'extracts', 'tincture', 'tinctures',
  'remedy', 'remedies', 'cream', 'creams', 'ointment', 'ointments', 'gel', 'gels', 'spray', 'sprays', 'patch', 'patches',
  'syrup', 'syrups', 'powder', 'powders', 'oil', 'oils', 'probiotic', 'probiotics', 'paracetamol', 'acetaminophen',
  'ibuprofen', 'aspirin', 'naproxen', 'codeine', 'tramadol', 'morphine', 'diclofenac', 'melatonin', 'magnesium', 'zinc',
  'iron', 'calcium', 'potassium', 'folic', 'omega-3', 'turmeric', 'curcumin', 'ginger', 'garlic', 'kratom', 'cbd',
  'cannabis', 'valerian', 'echinacea', 'ginseng', 'ashwagandha', 'chamomile', 'wort', 'feverfew', 'glucosamine',
  'chondroitin', 'collagen', 'caffeine', 'nicotine', 'alcohol', 'kava', 'creatine', 'hydrocortisone', 'antiseptic',
  'decongestant', 'decongestants', 'nsaid', 'nsaids', 'opioid', 'opioids', 'statin', 'statins', 'warfarin', 'metformin'
])

/** Endings of generic drug names: amoxi*cillin*, ome*prazole*, atorva*statin*, sertr*aline*… */
const drugEndings: readonly string[] = [
  'cillin', 'mycin', 'cycline', 'floxacin', 'prazole', 'statin', 'olol', 'pril', 'sartan', 'oxetine', 'azepam', 'azolam',
  'profen', 'codone', 'triptan', 'dronate', 'tidine', 'lukast', 'dipine', 'gliptin', 'gliflozin', 'semide', 'thiazide',
  'parin', 'xaban', 'setron', 'tadine', 'nazole', 'vir', 'caine', 'sone', 'olone', 'mab', 'tinib'
]

/** Whether the sentence is about a substance: a dose, or a medicine, supplement or herb by name. */
export function mentionsSubstance(text: string): boolean {
  if (dosePattern.test(text)) return true
  for (const match of text.toLowerCase().matchAll(substanceWordPattern)) {
    const word = match[0]
    if (substances.has(word)) return true
    if (word.length >= 7 && drugEndings.some((ending) => word.endsWith(ending))) return true
  }
  return false
}

/** A word, for the substance look-up. */
export const substanceWordPattern = /[a-z][a-z0-9-]*/g

/** Sentences either side (within the same block) that count as "nearby". */
const window = 3

export const adviceWithoutCaution: Rule<'advice-without-caution'> = {
  id: 'advice-without-caution',
  defaultSeverity: 'warn',
  description:
    'Warn when advice on dosing or using a substance (a medicine, supplement or herb: “start with a low dose and gradually increase it”, “take 400 mg of ibuprofen”) ' +
    'has no caution in the same paragraph or next to it. Headings and everyday advice (“take showers instead of baths”) are not dosing advice.',
  why:
    'Readers act on dosing advice. Without a word on side effects, interactions, who should not take it and whom to ask, ' +
    'advice becomes a prescription nobody checked.',
  fix:
    'Put a caution next to the advice: the known side effects and interactions, a maximum, who should avoid it, and “talk to a doctor or pharmacist before taking it”.',
  patterns: [usagePattern, cautionPattern, dosePattern, substanceWordPattern],
  examples: {
    ok: [
      {
        title: 'Advice with a caution in the same paragraph',
        markdown: 'Start with a low dose of melatonin and increase it slowly. Talk to a pharmacist first if you take other medicines.\n',
        messages: []
      },
      {
        title: 'Everyday advice and headings are not dosing advice',
        markdown: '## Take Home Points\n\nTake showers instead of baths while the wound heals. Take a short walk every day and increase the distance gradually.\n',
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
      },
      {
        title: 'Usage of a herb with no dose',
        markdown: 'Take valerian root every night before bed.\n',
        messages: [
          '1:1-1:43: Dosing or usage advice “Take valerian root every night before bed.” without a caution nearby: expected a safety note (side effects, interactions, “talk to a doctor or pharmacist”) in the same paragraph or next to it'
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
      // A heading names a topic ("Take Home Points", "How to take ibuprofen"); the advice is in the text below it.
      if (!sentence.prose || sentence.unit.kind === 'heading' || sentence.classification.advice === 'none') continue
      if (cautious[sentence.index] || !usagePattern.test(sentence.plain)) continue
      const siblings = byUnit.get(sentence.unit.index) ?? []
      const position = positionInUnit.get(sentence) ?? 0
      const near = siblings.slice(Math.max(0, position - window), position + window + 1).some((other) => cautious[other.index])
      if (near || edgeCautious(sentence.unit.index - 1, 'end') || edgeCautious(sentence.unit.index + 1, 'start')) continue
      // Last, as the dearest check: is it about a medicine, supplement or herb at all?
      if (!mentionsSubstance(sentence.plain)) continue
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
