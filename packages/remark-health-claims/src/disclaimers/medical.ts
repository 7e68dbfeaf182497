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
  // Short on purpose: it sits above the article's first paragraph, which a phone must still show.
  text:
    'This article is general information, not a substitute for medical advice. ' +
    'Ask a doctor or other health professional about your own situation.',
  position: 'start'
}
