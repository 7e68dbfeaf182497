import type {DisclaimerDefinition} from './definition.js'

/**
 * Dosing and usage disclaimer.
 *
 * Inserted when the document gives dosing or usage advice (a sentence whose
 * `advice` is not `'none'` about taking a medicine, supplement or herb), right
 * before the block holding the first such advice, so a reader meets the
 * caution before the instruction.
 */
export const adviceDisclaimer: DisclaimerDefinition = {
  id: 'advice',
  title: 'Before you take or change a dose',
  text:
    'Talk to a doctor or pharmacist before starting, stopping or changing a dose of any medicine, supplement or herbal product — ' +
    'especially if you are pregnant or breastfeeding, take other medicines, or have a health condition. ' +
    'If you get side effects, stop and get medical advice.',
  position: 'before-first-match'
}
