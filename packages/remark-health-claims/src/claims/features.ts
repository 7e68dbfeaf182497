/**
 * The features the claim model reads for one sentence: the grammar's reading
 * (relation, hedge, negation, advice), word families of the definition of a
 * claim, sentence shape (first word and tag, end punctuation, length, verbs,
 * numbers), lemmas and lemma bigrams. Numbers are one symbol, so "in 1 of 10"
 * and "in 3 of 4" read alike.
 *
 * Training (scripts/train.js) and classification call this same function, so
 * the model always sees what it was trained on.
 */
import type {GrammarReading} from './grammar.js'
import {familiesOf, medicalEnding, type Family} from './families.js'
import type {TaggedSentence} from './tagger.js'
import {negators} from './lexicon.js'

const terminal = /[.!?]/

function lengthBucket(length: number): string {
  if (length < 5) return '<5'
  if (length < 10) return '<10'
  if (length < 20) return '<20'
  if (length < 35) return '<35'
  return '35+'
}

/** Features of one sentence (each once). */
export function sentenceFeatures(text: string, tagged: TaggedSentence, grammar: GrammarReading): string[] {
  const {words, lemmas, tags} = tagged
  const features = new Set<string>()
  const symbols: string[] = ['<s>']
  const familyCounts = new Map<Family, number>()
  let verb = false
  let number = false
  let negation = false

  for (let index = 0; index < lemmas.length; index++) {
    const lemma = lemmas[index] ?? ''
    const tag = tags[index] ?? 'X'
    features.add(`w:${lemma}`)
    if (tag === 'NOUN') features.add(`n:${lemma}`)
    if (tag === 'VERB' || tag === 'AUX') verb = true
    if (tag === 'NUM') number = true
    if (negators.has(words[index] ?? '')) negation = true
    symbols.push(tag === 'NUM' ? 'NUM' : tag === 'PUNCT' && terminal.test(lemma) ? '.' : lemma)

    const families = familiesOf.get(lemma) ?? familiesOf.get(words[index] ?? '')
    if (families) {
      for (const family of families) {
        familyCounts.set(family, (familyCounts.get(family) ?? 0) + 1)
        features.add(`fw:${family}_${tag}`)
      }
    }
    if ((tag === 'NOUN' || tag === 'PROPN') && medicalEnding.test(lemma)) familyCounts.set('health', (familyCounts.get('health') ?? 0) + 1)
  }
  symbols.push('</s>')
  // The tagger misreads some short sentences ("Turmeric cures arthritis": cures/NOUN); a verb of
  // causation the grammar read as a verb is one.
  if (grammar.cue === 'causal') verb = true
  for (let index = 0; index + 1 < symbols.length; index++) features.add(`b:${symbols[index]}_${symbols[index + 1]}`)

  const mood = moodOf(text, tagged, verb)
  features.add(`m:${mood}`)
  const present = [...familyCounts.keys()].sort()
  for (const family of present) features.add(`mf:${mood}&${family}`)
  for (const [family, count] of familyCounts) {
    features.add(`f:${family}`)
    if (count > 1) features.add(`f2:${family}`)
  }
  for (let first = 0; first < present.length; first++) {
    for (let second = first + 1; second < present.length; second++) features.add(`ff:${present[first]}&${present[second]}`)
  }

  const trimmed = text.trimEnd()
  const last = trimmed.charAt(trimmed.length - 1)
  features.add(`s:first=${symbols[1] ?? ''}`)
  features.add(`s:firstpos=${tags[0] ?? ''}`)
  features.add(`s:last=${/[.!?:;]/.test(last) ? last : 'none'}`)
  features.add(`s:len=${lengthBucket(lemmas.length)}`)
  // Short and unpunctuated is a heading or a label; short with a full stop is a sentence.
  features.add(`s:shape=${lengthBucket(lemmas.length)}${/[.!?]/.test(last) ? '.' : last === ':' ? ':' : ''}`)
  if (!verb) features.add('s:noverb')
  if (number) features.add('s:num')
  if (/%|percent|\bin \d+\b/.test(text)) features.add('s:pct')
  if (negation) features.add('s:neg')

  for (const frame of frames(tagged)) {
    features.add(`x:${frame}`)
    features.add(`mx:${mood}&${frame}`)
  }

  features.add(`r:strength=${grammar.strength}`)
  features.add(`r:advice=${grammar.advice}`)
  features.add(`r:kind=${grammar.kind ?? 'none'}`)
  if (grammar.relation) features.add(`r:relation=${grammar.cue ?? ''}`)
  for (const cue of grammar.cues) features.add(`r:cue=${cue}`)
  if (grammar.fact) features.add(`r:fact=${grammar.fact}`)

  return [...features]
}

const transmissionVerbs: ReadonlySet<string> = new Set(['get', 'catch', 'contract', 'pass', 'spread', 'transmit', 'pick', 'acquire'])
const transmissionRoutes: ReadonlySet<string> = new Set(['from', 'through', 'by', 'via', 'to'])
const diagnosticVerbs: ReadonlySet<string> = new Set(['indicate', 'signal', 'suggest', 'mean', 'point', 'reveal', 'show', 'confirm'])
const evidenceSubjects: ReadonlySet<string> = new Set([
  'study', 'result', 'finding', 'data', 'evidence', 'research', 'trial', 'review', 'analysis', 'author', 'researcher',
  'we', 'this', 'article', 'page', 'report', 'survey', 'figure', 'table'
])
const signNouns: ReadonlySet<string> = new Set(['sign', 'symptom', 'marker', 'indicator', 'cause', 'feature'])

/**
 * Clause frames that carry a claim without a relation verb the grammar knows:
 * contagion ("you can't get it from …"), a diagnostic reading ("these features
 * indicate acromegaly", "can be a sign of cancer"), an outcome statistic
 * ("68 (97%) were treated", "1 in 10 women").
 */
function frames(tagged: TaggedSentence): string[] {
  const {lemmas, tags} = tagged
  const found: string[] = []
  let subjectIsEvidence = false
  let seenVerb = false
  for (let index = 0; index < lemmas.length; index++) {
    const lemma = lemmas[index] ?? ''
    const tag = tags[index]
    if (!seenVerb && (tag === 'NOUN' || tag === 'PRON') && evidenceSubjects.has(lemma)) subjectIsEvidence = true
    if (tag === 'VERB' || tag === 'AUX') {
      if (transmissionVerbs.has(lemma)) {
        for (let ahead = index + 1; ahead < Math.min(lemmas.length, index + 7); ahead++) {
          if (transmissionRoutes.has(lemmas[ahead] ?? '') && tags[ahead] === 'ADP') {
            found.push('transmission')
            break
          }
        }
      }
      if (diagnosticVerbs.has(lemma) && !subjectIsEvidence && tags[index + 1] !== 'SCONJ' && tags[index + 1] !== 'VERB' && lemmas[index + 1] !== 'that') found.push('diagnostic-verb')
      if (tag === 'VERB') seenVerb = true
    }
    // "is a sign of", "can be an early symptom of": predicated, not a list's lead-in ("Signs of X include:").
    if (signNouns.has(lemma) && lemmas[index + 1] === 'of' && lemmas.slice(Math.max(0, index - 4), index).includes('be')) found.push('predicated-sign')
    if (tag === 'NUM') {
      const next = lemmas[index + 1] ?? ''
      if (next === '%' || next === 'percent' || next === 'per' || (next === 'in' && tags[index + 2] === 'NUM') || (next === 'out' && lemmas[index + 2] === 'of')) found.push('proportion')
      if (index === 0 || (index <= 2 && tags[0] === 'ADV')) found.push('number-subject')
    }
  }
  const definition = copularDefinition(tagged)
  if (definition) found.push(definition)
  return found
}

/** Nouns that make a copular predicate an evaluation or a relation, not a definition ("is a risk factor", "the best treatment"). */
const relationalNouns: ReadonlySet<string> = new Set([
  'risk', 'cause', 'factor', 'sign', 'symptom', 'treatment', 'cure', 'way', 'option', 'remedy', 'benefit', 'effect',
  'complication', 'danger', 'threat', 'problem', 'reason', 'result', 'source', 'marker', 'predictor', 'trigger', 'killer'
])

/**
 * "Codeine is an opioid painkiller", "Cayenne is the hot pepper that gives chili its heat": the subject is
 * defined or classified, nothing is said about what it does (unless the predicate noun is relational).
 */
function copularDefinition(tagged: TaggedSentence): string | undefined {
  const {lemmas, tags} = tagged
  let index = 0
  while (index < tags.length && (tags[index] === 'DET' || tags[index] === 'ADJ' || tags[index] === 'NOUN' || tags[index] === 'PROPN' || tags[index] === 'NUM')) index++
  if (index === 0 || lemmas[index] !== 'be' || tags[index] !== 'AUX') return undefined
  index++
  if (tags[index] !== 'DET') return undefined
  index++
  let noun = -1
  while (index < tags.length && (tags[index] === 'ADJ' || tags[index] === 'NOUN' || tags[index] === 'PROPN' || tags[index] === 'ADV' || (tags[index] === 'PUNCT' && lemmas[index] === '-'))) {
    if (tags[index] === 'NOUN' || tags[index] === 'PROPN') noun = index
    index++
  }
  if (noun === -1) return undefined
  for (let at = noun; at > noun - 3 && at >= 0; at--) if (relationalNouns.has(lemmas[at] ?? '')) return undefined
  const next = lemmas[index] ?? ''
  return next === 'that' || next === 'which' || next === 'who' || next === 'in' ? 'definition-clause' : 'definition'
}

/**
 * The mood of the sentence: what the same words mean differs between a
 * statement ("it almost always indicates …") and an instruction ("always read
 * the label").
 */
function moodOf(text: string, tagged: TaggedSentence, hasVerb: boolean): 'question' | 'fragment' | 'imperative' | 'declarative' {
  if (text.trimEnd().endsWith('?')) return 'question'
  if (!hasVerb) return 'fragment'
  const {words, lemmas, tags} = tagged
  let first = 0
  while (first < tags.length && (tags[first] === 'ADV' || tags[first] === 'PUNCT' || tags[first] === 'INTJ')) first++
  const word = words[first] ?? ''
  if (word === 'do' && (words[first + 1] === 'not' || words[first + 1] === "n't")) return 'imperative'
  if (tags[first] === 'VERB' && word === lemmas[first]) return 'imperative'
  return 'declarative'
}
