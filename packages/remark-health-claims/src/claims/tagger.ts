/**
 * Part-of-speech tags and lemmas of a sentence, from wink-nlp's
 * English model (a maintained tagger, ~0.03 ms per sentence, no network).
 *
 * The model is loaded on first use and then shared: it is read-only data
 * (~150 ms to load), and every processor in the process tags the same way.
 * Importing this package does not load it: a run that finds every file in a
 * cache, or a tool that only reads the options, never tags a sentence.
 */
import {createRequire} from 'node:module'
import type winkNLP from 'wink-nlp'
import type model from 'wink-eng-lite-web-model'

/** Universal part-of-speech tag (https://universaldependencies.org/u/pos/). */
export type Tag =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE'

/** The tagged tokens of one sentence, index by index. */
export interface TaggedSentence {
  /** Tokens lower-cased, curly apostrophes made straight. */
  words: string[]
  lemmas: string[]
  tags: Tag[]
}

type Nlp = ReturnType<typeof winkNLP>
let nlp: Nlp | undefined

function load(): Nlp {
  if (nlp) return nlp
  // Both are CommonJS: `require` loads them synchronously, where tagging needs them.
  const require = createRequire(import.meta.url)
  const createNlp = require('wink-nlp') as typeof winkNLP
  const englishModel = require('wink-eng-lite-web-model') as typeof model
  // Sentence boundaries are the plugin's job: one call is one sentence.
  nlp = createNlp(englishModel, ['pos'])
  return nlp
}

/**
 * Longest run of non-space characters the tagger is given. wink's tokenizer takes time
 * superlinear in the length of one run (a 64 KB "word" takes seconds, 1 MB minutes); no
 * sentence of the training data has a run over 60 characters, so cutting longer ones (a URL,
 * a pasted hash) changes no feature the model was trained on.
 */
export const longestRun = 64
// A literal, so the ReDoS check reads it; kept one above `longestRun` (tested).
const longRun = /\S{65,}/g

/** Tag one sentence. */
export function tagSentence(text: string): TaggedSentence {
  const engine = load()
  const {its} = engine
  const straight = text.includes('’') ? text.replaceAll('’', "'") : text
  const tokens = engine.readDoc(straight.length > longestRun ? straight.replace(longRun, (run) => run.slice(0, longestRun)) : straight).tokens()
  // wink's typings do not cover every property accessor of `its`; each returns one value per token.
  const out = <T>(property: unknown): T[] => tokens.out(property as typeof its.value) as unknown as T[]
  const words = out<string>(its.normal)
  const lemmas = out<string>(its.lemma)
  const tags = out<Tag>(its.pos)
  for (let index = 0; index < lemmas.length; index++) lemmas[index] = (lemmas[index] ?? '').toLowerCase()
  return {words, lemmas, tags}
}
