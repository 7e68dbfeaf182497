/**
 * Classify one sentence: is it a health claim (and how confidently, how
 * strongly asserted), does it give advice?
 *
 * The grammar (`grammar.ts`) reads relations, hedges, negation and advice;
 * the tagger (`tagger.ts`) gives parts of speech and lemmas; `features.ts`
 * turns both into features; the trained model (`model.ts`) weighs them.
 * See docs/classifier.md.
 */
import type {ClaimStrength, SentenceClassification} from '../types.js'
import {readGrammar, type GrammarReading} from './grammar.js'
import {tagSentence} from './tagger.js'
import {sentenceFeatures} from './features.js'
import {headLayout, scoreFeatures, type ModelScores} from './model.js'

/**
 * Probabilities from which a sentence counts as a claim: on the model's word alone; when the
 * grammar also reads a relation in it; when the grammar reads a verb of causation or a safety
 * predicate, its most precise reading ("Ginger cures nausea." is short and unusual, but the
 * grammar knows what "cures" asserts). The model reads more kinds of claim than the grammar
 * (prognosis, statistics, contagion) and errs more on prose unlike its training data.
 */
export const claimThresholds = {alone: 0.6, relation: 0.5, causal: 0.3} as const

/** Confidence under which a sentence that is not a claim is not read again without its asides. */
const asideFloor = 0.1

const strengths = headLayout.strength.classes
const advices = headLayout.advice.classes

function argmax(values: readonly number[], from = 0): number {
  let best = from
  for (let index = from + 1; index < values.length; index++) if ((values[index] ?? 0) > (values[best] ?? 0)) best = index
  return best
}

const nothing: SentenceClassification = {claim: false, confidence: 0, strength: 'none', advice: 'none', kind: undefined, cues: []}

/** What the classifier reads in a sentence: the grammar's reading and the model's features (for training and evaluation). */
export function readSentence(text: string): {grammar: GrammarReading; features: string[]} {
  const grammar = readGrammar(text)
  return {grammar, features: sentenceFeatures(text, tagSentence(text), grammar)}
}

/** The classification of a sentence from what was read in it and the model's scores. */
export function decide(text: string, grammar: GrammarReading, scores: ModelScores): SentenceClassification {
  // A question asks; it asserts nothing an editor could source.
  const question = text.trimEnd().endsWith('?')
  const causal = grammar.relation && (grammar.cue === 'causal' || grammar.cue === 'safety')
  const threshold = causal ? claimThresholds.causal : grammar.relation ? claimThresholds.relation : claimThresholds.alone
  // A construction the grammar reads precisely (a contagion, a diagnostic reading, an outcome
  // statistic, the purpose of an imperative) decides alone; `confidence` stays the model's.
  const claim = !question && (grammar.precise || scores.claim >= threshold)
  // Strength is that of an asserted relation (Yu et al.'s scale): the grammar's reading when it
  // found the relation and its hedge, else the model's; a claim that states a fact without a
  // relation (a statistic, a prognosis) has none.
  let strength: ClaimStrength = 'none'
  if (claim) strength = grammar.relation ? grammar.strength : strengths[argmax(scores.strength)] ?? 'none'
  const advice = question ? 'none' : advices[argmax(scores.advice)] ?? 'none'
  const kind = claim ? (grammar.relation && grammar.kind !== 'advice' ? grammar.kind : 'effect') : advice === 'none' ? undefined : 'advice'
  return {claim, confidence: scores.claim, strength, advice, kind, cues: grammar.cues}
}

/**
 * Classify one sentence.
 *
 * @param text Plain text of one sentence (markup already stripped).
 * @returns Whether it is a claim, with what confidence and strength, whether
 *   it gives advice, what it is about and the words that decided.
 */
export function classifySentence(text: string): SentenceClassification {
  if (!/[\p{L}\p{N}]/u.test(text)) return {...nothing, cues: []}
  const {grammar, features} = readSentence(text)
  const whole = decide(text, grammar, scoreFeatures(features))
  // An aside can hide the main claim from a reader of word sequences ("Statins, which are cheap,
  // reduce heart attacks"; "Vitamin D (cholecalciferol) prevents colds"; "Side effects: …"): read the
  // main clause too.
  if (whole.claim) return whole
  // An aside hides a claim only from a sentence that already reads partly like one: below this
  // confidence, reading it again without its asides found no claim in the labelled data (45 of
  // 1,004 such sentences became claims, none from under 0.1 that was one). A run-in label is
  // always read past: "How to use:" hides advice, not a claim.
  if (whole.confidence < asideFloor && !runInLabel.test(text)) return whole
  const main = withoutAsides(text)
  if (main === text) return whole
  const reading = readSentence(main)
  const bare = decide(main, reading.grammar, scoreFeatures(reading.features))
  if (bare.claim) return bare
  // "How to use: Apply a thin layer twice a day." advises what its main clause advises.
  return whole.advice === 'none' && bare.advice !== 'none' ? bare : whole
}

/**
 * A run-in label: up to four words and a colon before a capitalised sentence ("Side effects:
 * Potential side effects include nausea."). The label is page furniture; the sentence after it
 * asserts the same without it.
 */
const runInLabel = /^[^\s:.!?;]+(?:\s[^\s:.!?;]+){0,3}:\s+(?=\p{Lu})/u

/**
 * `text` without its asides: a run-in label, brackets, text between paired dashes,
 * and clauses set off by commas that start with a relative pronoun or "also known
 * as/called" (non-restrictive: the sentence asserts the same without them).
 */
export function withoutAsides(text: string): string {
  const label = runInLabel.exec(text)
  if (label) text = text.slice(label[0].length)
  if (!/[([\]—–,]/.test(text)) return text
  return text
    .replace(/\([^()]*\)/g, '')
    .replace(/\[[^[\]]*\]/g, '')
    .replace(/,\s+(?:which|who|whose|whom|also known as|also called|sometimes called|known as)\b[^,;:—–]*,/gi, ' ')
    .replace(/[—–][^—–]*[—–]/g, ' ')
    .replace(/\s+(?=[\s,.;:!?])/g, '')
    .trim()
}
