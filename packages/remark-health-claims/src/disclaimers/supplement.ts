import type {DisclaimerDefinition} from './definition.js'

/**
 * The standard US dietary-supplement statement (21 CFR 101.93(c)).
 *
 * Inserted at the end of documents that make at least one claim and mention
 * supplements or herbal products (see `supplementPattern`).
 */
export const supplementDisclaimer: DisclaimerDefinition = {
  id: 'supplement',
  title: 'Dietary supplement statement',
  text:
    'These statements have not been evaluated by the Food and Drug Administration. ' +
    'This product is not intended to diagnose, treat, cure, or prevent any disease.',
  position: 'end'
}

/**
 * What counts as “mentions supplements”: the word supplement (and
 * supplements, supplementation, supplementing), herbal products, remedies,
 * medicines, extracts and teas, nutraceuticals, botanicals and multivitamins.
 * A bare “herb” or “vitamin” is not enough: those are common in food and
 * nutrition writing that is not about a product.
 *
 * Alternation of literals between non-letter guards: linear time.
 */
export const supplementPattern =
  /(?<![\p{L}\p{N}_])(?:supplement(?:s|ation|ing)?|herbal\s(?:products?|remed(?:y|ies)|medicines?|extracts?|teas?|supplements?)|nutraceuticals?|botanicals?|multivitamins?)(?![\p{L}\p{N}_])/iu
