import type {DisclaimerDefinition} from './definition.js'

/**
 * General medical disclaimer.
 *
 * Inserted at the start of every document with at least one health claim or
 * piece of advice: readers of a single article deserve to know it is not
 * individual medical advice.
 */
export const medicalDisclaimer: DisclaimerDefinition = {
  id: 'medical',
  title: 'Medical disclaimer',
  text:
    'This article is for general information only. It is not a substitute for professional medical advice, diagnosis or treatment. ' +
    'Always ask your doctor or another qualified health professional about any questions you have about a medical condition or treatment, ' +
    'and do not ignore or delay professional advice because of something you have read here.',
  position: 'start'
}
