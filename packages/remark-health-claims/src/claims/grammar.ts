/**
 * The grammar of claims: does a sentence assert a relationship between an
 * exposure and a health outcome (and how strongly), and does it give advice?
 *
 * It reads the structure that carries a claim in any genre — the relation
 * word (a verb of causation or change, the vocabulary of association, an
 * effect or safety predicate), the hedges that govern it, and deontic modals
 * or imperatives for advice — over a flat token list, with Set lookups only,
 * so it costs microseconds per sentence. Its reading is precise but narrow
 * (it knows relations, not prognosis, statistics or contagion); the
 * classifier (`classify.ts`) uses it as evidence next to a learned model.
 * See docs/classifier.md.
 */
import type {AdviceStrength, ClaimKind, ClaimStrength} from '../types.js'
import {
  adjectivalContext,
  appearanceVerbs,
  associationWords,
  auxiliaries,
  causalParticles,
  causalVerbs,
  comparatives,
  comparisonMarkers,
  differenceWords,
  effectPredicates,
  evidenceSubjectVerbs,
  healthArgumentWords,
  healthSuffixes,
  imperativeVerbs,
  inquiryVerbs,
  mechanismWords,
  modalHedges,
  needWords,
  negators,
  openQuestionWords,
  possibilityModals,
  researchNouns,
  riskNouns,
  safetyPredicates,
  strongAdviceWords,
  useVerbs,
  weakAdviceWords,
  weakImperatives
} from './lexicon.js'
import {clauseBreaks, tokenize} from './tokenize.js'

export {tokenize} from './tokenize.js'

export type CueType = 'association' | 'causal' | 'effect' | 'safety' | 'comparison'

interface RelationCue {
  type: CueType
  index: number
  words: string
}

/** Words before "to" that make the infinitive an asserted relation ("appears to reduce", "shown to improve"). */
const raisingWords: ReadonlySet<string> = new Set([
  'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'likely', 'unlikely', 'shown', 'found',
  'known', 'able', 'proven', 'proved', 'reported', 'thought', 'believed', 'said', 'help', 'helps', 'helped',
  'helping', 'used', 'tend', 'tends', 'tended', 'serve', 'serves', 'continues', 'continue', 'claimed',
  'demonstrated', 'observed', 'expected', 'estimated', 'set', 'going', 'failed', 'fail', 'fails', 'prone',
  // "X is necessary to reduce Y", "an important strategy to reduce Y": X is said to have the effect.
  'necessary', 'essential', 'critical', 'crucial', 'needed', 'required', 'vital', 'sufficient', 'enough',
  'strategy', 'approach', 'alternative', 'way', 'means', 'option', 'tool', 'method'
])

/** Words that, right before a polar "effect/impact", make it a claimed effect ("positive effect"). */
const effectModifiers: ReadonlySet<string> = new Set([
  'positive', 'negative', 'beneficial', 'protective', 'significant', 'therapeutic', 'no', 'little',
  'strong', 'modest', 'small', 'large', 'major', 'harmful', 'detrimental', 'favourable', 'favorable',
  'calming', 'soothing', 'healing', 'synergistic', 'additive', 'independent', 'direct', 'causal', 'any',
  'pain-relieving', 'anti-inflammatory', 'analgesic', 'sedative', 'stimulant', 'potential', 'possible'
])

/** Verbs of cognition after "help (you)": meta-discourse, not a health effect ("help you understand"). */
const cognitionVerbs: ReadonlySet<string> = new Set([
  'understand', 'learn', 'decide', 'choose', 'find', 'navigate', 'know', 'explain', 'answer', 'identify',
  'determine', 'define', 'guide', 'inform', 'clarify', 'differentiate', 'distinguish', 'diagnose', 'detect', 'predict'
])

/** Sentence-initial words skipped when looking for an imperative ("So, start low"). */
const imperativeLeadIns: ReadonlySet<string> = new Set(['so', 'also', 'first', 'then', 'instead', 'finally', 'please', 'next', 'now', 'and', 'but', 'always', 'gradually', 'slowly', 'carefully', 'just', 'simply'])

/** Second-token words showing that a sentence-initial verb form is a noun subject ("Exercise improves …"). */
const notImperativeAfter: ReadonlySet<string> = new Set([
  'of', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'may', 'might', 'could', 'will', 'would',
  'should', 'must', 'and', 'or', 'in', 'for', 'as', 'that', 'which'
])

function isParticiple(token: string): boolean {
  return token.endsWith('ed') || token.endsWith('en') || token.endsWith('ing')
}

/**
 * Per-sentence indexes, computed once in a forward pass so the rules can ask
 * "where does this clause start", "is this inside an aim", "is the subject
 * research" in O(1) instead of re-scanning (keeps classification linear).
 * Cached by token-array identity: classification is synchronous, so the
 * cache always belongs to the sentence being classified.
 */
let indexedTokens: readonly string[] | undefined
let clauseStarts = new Int32Array(64)
let aimFlags = new Uint8Array(64)
let researchFlags = new Uint8Array(64)
let evidenceFlags = new Uint8Array(64)

const freeRelatives: ReadonlySet<string> = new Set(['what', 'whatever', 'whichever'])

const researchDeterminers: ReadonlySet<string> = new Set(['our', 'this', 'the', 'these', 'present', 'current', 'we'])

function indexSentence(tokens: readonly string[]): void {
  if (tokens === indexedTokens) return
  indexedTokens = tokens
  if (clauseStarts.length < tokens.length + 1) {
    clauseStarts = new Int32Array(tokens.length * 2 + 1)
    aimFlags = new Uint8Array(tokens.length * 2 + 1)
    researchFlags = new Uint8Array(tokens.length * 2 + 1)
    evidenceFlags = new Uint8Array(tokens.length * 2 + 1)
  }
  let evidence = 0
  let start = 0
  let aim = 0
  let research = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] ?? ''
    const previous = tokens[index - 1] ?? ''
    if (index > 0 && clauseBreaks.has(previous)) {
      start = index
      aim = 0
    }
    if (previous === ';' || previous === ':') research = 0
    clauseStarts[index] = start
    // Flags describe the tokens *before* `index`.
    aimFlags[index] = aim
    researchFlags[index] = research
    evidenceFlags[index] = evidence
    if (evidenceNouns.has(token)) evidence = 1
    // "what makes it better", "whichever feels better": a free relative names a thing, it asserts nothing.
    if (openQuestionWords.has(token) || freeRelatives.has(token) || (inquiryVerbs.has(token) && previous === 'to')) aim = 1
    if (researchNouns.has(token) && !researchDeterminers.has(previous)) research = 1
    // "evidence that X should …": the complement clause has its own subject.
    if (token === 'that' || token === 'which' || token === 'whom') research = 0
  }
  clauseStarts[tokens.length] = start
}

/** Is there an evidence noun ("findings", "data") before `index`? */
function evidenceBefore(tokens: readonly string[], index: number): boolean {
  indexSentence(tokens)
  return index >= 0 && index < tokens.length && evidenceFlags[index] === 1
}

/** Index of the first token of the clause holding `index`. */
function clauseStart(tokens: readonly string[], index: number): number {
  indexSentence(tokens)
  if (index <= 0) return 0
  if (index > tokens.length) return clauseStarts[tokens.length] ?? 0
  return clauseStarts[index] ?? 0
}

function hasWithin(tokens: readonly string[], from: number, to: number, set: ReadonlySet<string>): boolean {
  const end = Math.min(to, tokens.length)
  for (let index = Math.max(0, from); index < end; index++) if (set.has(tokens[index] ?? '')) return true
  return false
}

function indexWithin(tokens: readonly string[], from: number, to: number, set: ReadonlySet<string>): number {
  const end = Math.min(to, tokens.length)
  for (let index = Math.max(0, from); index < end; index++) if (set.has(tokens[index] ?? '')) return index
  return -1
}

/** The hedge governing the relation at `index`, if any: a modal or "appear/seem to" earlier in its clause. */
function hedgeFor(tokens: readonly string[], index: number): string | undefined {
  const start = Math.max(clauseStart(tokens, index), index - 10)
  for (let cursor = index - 1; cursor >= start; cursor--) {
    const token = tokens[cursor] ?? ''
    if (modalHedges.has(token)) return token
    if (appearanceVerbs.has(token) && (tokens[cursor + 1] === 'to' || tokens[cursor + 1] === 'that')) return token
  }
  // "X appears effective", "X is likely responsible": hedge right after the cue's copula.
  return undefined
}

/** Is the token at `index` inside an aim or embedded question ("to determine whether X reduces Y")? */
function unasserted(tokens: readonly string[], index: number): boolean {
  indexSentence(tokens)
  return index >= 0 && index < tokens.length && aimFlags[index] === 1
}

const beForms: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "it's"])

/** Subjects after which a verb-spelled word ending in -s is a verb ("this causes", "which reduces"). */
const pronounSubjects: ReadonlySet<string> = new Set(['this', 'that', 'which', 'it', 'who'])
const pluralNoun = (word: string): boolean => word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('ous') && !word.endsWith('is')

/** Determiners: a verb-spelled word right after one is a noun ("the results", "an increase"). "that" is left out: it is mostly a relative pronoun before a verb. */
const determiners: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my',
  'such', 'any', 'some', 'no', 'each', 'every'
])

/** Words after a change verb showing it has no object ("fT4 decreased significantly to …", "increased with age"). */
const intransitiveFollowers: ReadonlySet<string> = new Set([
  'in', 'with', 'after', 'during', 'over', 'from', 'at', 'among', 'across', 'between', 'for', 'when',
  'while', 'until', 'within', 'compared', 'since', 'before', 'throughout', 'than', 'as', 'despite',
  'to', 'and', 'or', 'but', 'by'
])

/** Verbs whose intransitive use still asserts an effect ("patients benefit from", "helps to"). */
const intransitiveCausal: ReadonlySet<string> = new Set(['benefit', 'help', 'aid', 'lead', 'result', 'contribute', 'protect'])

/** What may precede a base-form verb: modals/auxiliaries, "to", pronoun subjects, relative pronouns, adverbs. */
const baseFormLicensors: ReadonlySet<string> = new Set([
  'to', 'not', "n't", 'that', 'which', 'who', 'also', 'often', 'they', 'we', 'you', 'i', 'can', 'cannot',
  'will', 'would', 'may', 'might', 'could', 'should', 'must', 'do', 'does', 'did', "don't", "doesn't",
  "didn't", "won't", "can't", 'help', 'helps', 'helped', 'actually', 'further', 'still',
  'even', 'rarely', 'never', 'always', 'generally', 'usually', 'typically', 'sometimes', 'foods', ')'
])

const doseObjects: ReadonlySet<string> = new Set(['it', 'dose', 'doses', 'dosage', 'dosages', 'amount'])
const topicVerbs: ReadonlySet<string> = new Set([
  'understanding', 'understand', 'explore', 'exploring', 'examine', 'examining', 'investigate', 'investigating',
  'study', 'studying', 'know', 'knowing', 'learn', 'learning', 'clarify', 'assess', 'assessing', 'evaluate',
  'evaluating', 'establish', 'establishing', 'confirm', 'confirming', 'discuss', 'discussing', 'about', 'explain', 'explaining'
])
const causativeObjects: ReadonlySet<string> = new Set(['you', 'people', 'them', 'us', 'him', 'her', 'it', 'patients', 'children', 'women', 'men', 'one'])
const knowledgeObjects: ReadonlySet<string> = new Set(['understanding', 'knowledge', 'awareness', 'insight', 'insights'])

/** Words that open an object noun phrase after a verb. */
const objectStarters: ReadonlySet<string> = new Set(['it', 'them', 'you', 'us', 'him', 'risk', 'risks', 'your', 'one'])

/** Nouns of diagnosis: "useful for the detection of" is diagnostic accuracy, not a health effect. */
const diagnosticNouns: ReadonlySet<string> = new Set([
  'detection', 'diagnosis', 'diagnosing', 'identification', 'identifying', 'screening', 'differentiation',
  'differentiating', 'prediction', 'predicting', 'assessment', 'assessing', 'staging', 'monitoring',
  'evaluation', 'evaluating', 'detecting', 'distinguishing', 'classification', 'triage', 'measurement', 'marker'
])

const prepositionsBeforeGerund: ReadonlySet<string> = new Set(['in', 'for', 'by', 'at'])

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Degree and focus adverbs that do not end in -ly. */
const plainAdverbs: ReadonlySet<string> = new Set(['also', 'already', 'still', 'even', 'much', 'far', 'not', 'further', 'often', 'now', 'then', 'thus', 'therefore', 'indeed', 'yet', 'again', 'well'])

function isAdverb(token: string): boolean {
  return (token.endsWith('ly') && token.length > 4) || plainAdverbs.has(token)
}

function skipAdverbsForward(tokens: readonly string[], index: number): number {
  let cursor = index
  while (isAdverb(tokens[cursor] ?? '') && cursor < index + 3) cursor++
  return cursor
}

function skipAdverbsBackward(tokens: readonly string[], index: number): number {
  let cursor = index
  while (cursor > 0 && isAdverb(tokens[cursor] ?? '') && cursor > index - 3) cursor--
  return cursor
}

/**
 * Does the causal verb form at `index` assert an effect (`causal`), only a
 * change or difference with no agent (`comparison`: "BMI was reduced after
 * treatment", "the prevalence increased"), or is it not a verb at all?
 */
function causalVerbAt(tokens: readonly string[], index: number, lemma: string): CueType | undefined {
  const token = tokens[index] ?? ''
  const previous = tokens[index - 1] ?? ''
  const next = tokens[index + 1] ?? ''
  const particles = causalParticles.get(lemma)
  if (particles && !(particles.has(next) || particles.has(tokens[index + 2] ?? ''))) return undefined
  const isBase = token === lemma
  const isGerund = token.endsWith('ing') && !isBase
  // After a pronoun subject or a relative pronoun the form is a verb: "This causes the ventricles
  // to enlarge", "genes that cause holoprosencephaly", "foods which reduce …".
  const afterPronoun = !isBase && !isGerund && token.endsWith('s') && pronounSubjects.has(previous)
  const afterRelative = isBase && relativePronouns.has(previous) && pluralNoun(tokens[index - 2] ?? '')
  if (!afterPronoun && !afterRelative) {
    // "the results", "an increase", "its support": nouns.
    if (determiners.has(previous)) return undefined
    const atClauseStart = index === clauseStart(tokens, index)
    if (isGerund && (prepositionsBeforeGerund.has(previous) || (previous === 'of' && meansNouns.has(tokens[index - 2] ?? '')))) {
      // "effective in reducing", "by improving": the gerund names the effect.
      if (hasWithin(tokens, index + 1, index + 5, diagnosticNouns)) return undefined
      return 'causal'
    }
    if (!isBase) {
      // "Reduced HDL …", "…, impaired memory", "with reduced risk": adjectives
      // (particle verbs are verbs wherever they stand: "…, resulting in …").
      // A participial clause after a comma keeps its object ("…, affecting their metabolism").
      const participialClause = isGerund && previous === ',' && next !== '' && !clauseBreaks.has(next) && !intransitiveFollowers.has(next)
      if (!particles && atClauseStart && !participialClause) return undefined
      if (!particles && adjectivalContext.has(previous) && previous !== 'to') return undefined
      // "patients treated with statins": a reduced relative clause describing a group.
      // ("lipid abnormalities increased with worsening kidney function" is a change that goes with another).
      if (token.endsWith('ed') && next === 'with' && !auxiliaries.has(previous) && !changeVerbs.has(lemma)) return undefined
    } else {
      // "is lower", "was slow": adjectives after a copula.
      if (beForms.has(previous)) return undefined
      if (atClauseStart) return undefined
      // "have lower rates", "a 30% lower risk": comparatives, not verbs.
      if (previous === 'have' || previous === 'has' || previous === 'had' || isDigit(previous.charCodeAt(0))) return undefined
      // A base form is a verb after a modal, "to", a pronoun or a plural subject,
      // or when an object follows ("… and higher BMI increase the risk").
      const licensed = baseFormLicensors.has(previous) || auxiliaries.has(previous) || previous.endsWith('ly') ||
        (previous.endsWith('s') && !previous.endsWith('ss') && !previous.endsWith('ous')) ||
        determiners.has(next) || objectStarters.has(next)
      if (!licensed) return undefined
    }
  }
  // A purpose infinitive ("interventions to reduce X") asserts nothing by itself;
  // a raising/control verb before "to" does ("appears to reduce", "shown to improve").
  if (previous === 'to' && !raisingWords.has(tokens[skipAdverbsBackward(tokens, index - 2)] ?? '')) return undefined
  // "sold as a natural way to ease pain": how a product is marketed or used, not an effect the writer asserts.
  if (previous === 'to' && framedAsMeans(tokens, index - 2)) return undefined
  // "your back has changed shape", "the mole changes colour": a symptom, something becoming different.
  if (lemma === 'change' && appearanceProperties.has(next)) return undefined
  // "gradually increase it", "reduce the dose": adjusting a dose is an action, not a health effect.
  if (changeVerbs.has(lemma) && doseObjects.has(next === 'the' || next === 'your' ? tokens[index + 2] ?? '' : next)) return undefined
  // "might make you gain weight": causative make + object.
  // "can make back pain worse": make + object + resulting state.
  if (lemma === 'make' && !causativeObjects.has(next) && indexWithin(tokens, index + 2, Math.min(clauseSpan(tokens, index)[1], index + 6), resultStates) === -1) return undefined
  // "may improve the understanding of …": knowledge, not health.
  if (hasWithin(tokens, index + 1, index + 3, knowledgeObjects)) return undefined
  if (evidenceSubjectVerbs.has(lemma)) {
    // "findings support …", "this guide helps you understand …": evidence or meta-discourse.
    if (lemma !== 'help' && evidenceBefore(tokens, index)) return undefined
    if (hasWithin(tokens, index + 1, index + 5, cognitionVerbs) || hasWithin(tokens, index + 1, index + 5, diagnosticNouns)) return undefined
    if (lemma === 'help' || lemma === 'aid') {
      // "It can help to write down …": extraposed "it" — the infinitive is an action offered, not an effect,
      // unless that action is itself a change in health ("it helps to reduce swelling").
      const helped = helpedVerb(tokens, index)
      if (helped !== '' && activityVerbs.has(helped)) return undefined
      const subjectAt = skipModalsBackward(tokens, index - 1)
      // Extraposed "it": sentence-initial, or after a verb of finding ("many people find it helps to …").
      const dummy = tokens[subjectAt] === 'it' && (subjectAt === 0 || findingVerbs.has(tokens[subjectAt - 1] ?? ''))
      if (dummy && tokens[index + 1] === 'to' && !causalVerbs.has(helped)) return undefined
    }
    if (lemma === 'support' && hasWithin(tokens, index + 1, index + 4, supportObjects)) return undefined
  }
  // Passive without an agent ("was reduced after surgery") reports a change, not its cause.
  const before = tokens[skipAdverbsBackward(tokens, index - 1)] ?? ''
  if (!isBase && !isGerund && beForms.has(before)) {
    // With an agent it is a causal claim in the passive ("is mostly caused by rotavirus").
    if (hasWithin(tokens, index + 1, index + 4, agentWords)) return 'causal'
    return changeVerbs.has(lemma) ? 'comparison' : undefined
  }
  if (!particles && !intransitiveCausal.has(lemma)) {
    const after = tokens[skipAdverbsForward(tokens, index + 1)] ?? ''
    if (after === '' || clauseBreaks.has(after) || intransitiveFollowers.has(after)) return changeVerbs.has(lemma) ? 'comparison' : undefined
  }
  return 'causal'
}

/**
 * Verbs of recording, communicating and everyday activity: "help (you) to write down",
 * "useful to share with a GP" offer an action, they do not assert a health effect.
 */
const activityVerbs: ReadonlySet<string> = new Set([
  'write', 'note', 'record', 'share', 'bring', 'ask', 'tell', 'talk', 'discuss', 'mention', 'show', 'read',
  'check', 'plan', 'prepare', 'remember', 'track', 'list', 'print', 'carry', 'think', 'find',
  'compare', 'search', 'phone', 'call', 'book', 'arrange', 'explain', 'describe', 'say', 'jot', 'log', 'save', 'keep', 'draw'
])

/** The verb whose action "help" takes ("help (you) (to) write"), or ''. */
function helpedVerb(tokens: readonly string[], index: number): string {
  let cursor = index + 1
  if (causativeObjects.has(tokens[cursor] ?? '') || tokens[cursor] === 'your') cursor++
  if (tokens[cursor] === 'to') cursor++
  return tokens[skipAdverbsForward(tokens, cursor)] ?? ''
}

const findingVerbs: ReadonlySet<string> = new Set(['find', 'finds', 'found', 'think', 'thinks', 'feel', 'feels', 'say', 'says'])
const resultStates: ReadonlySet<string> = new Set(['worse', 'better', 'easier', 'harder', 'stronger', 'weaker', 'sicker', 'healthier', 'ill', 'sick', 'sleepy', 'drowsy', 'dizzy'])

function skipModalsBackward(tokens: readonly string[], index: number): number {
  let cursor = index
  while (cursor > 0 && (auxiliaries.has(tokens[cursor] ?? '') || isAdverb(tokens[cursor] ?? '') || tokens[cursor] === 'also') && cursor > index - 3) cursor--
  return cursor
}

/** Verbs that present a product as something ("sold as", "marketed as", "used as"): the writer reports the framing. */
const framingVerbs: ReadonlySet<string> = new Set([
  'sold', 'marketed', 'promoted', 'advertised', 'touted', 'billed', 'branded', 'sell', 'sells', 'market', 'markets',
  'promote', 'promotes', 'advertise', 'advertises', 'tout', 'touts', 'pitched'
])
const meansNouns: ReadonlySet<string> = new Set(['way', 'means', 'option', 'options', 'tool', 'method', 'alternative', 'alternatives', 'approach', 'strategy', 'remedy', 'treatment', 'choice'])

/** Is the word at `index` (before "to") a means noun in "as a … way", governed by a framing verb? */
function framedAsMeans(tokens: readonly string[], index: number): boolean {
  if (!meansNouns.has(tokens[index] ?? '')) return false
  const as = tokens.lastIndexOf('as', index)
  if (as === -1 || index - as > 4) return false
  for (let cursor = as - 1; cursor >= Math.max(0, as - 12); cursor--) if (framingVerbs.has(tokens[cursor] ?? '')) return true
  return false
}

const agentWords: ReadonlySet<string> = new Set(['by'])
/** Nouns for the publication itself. */
const documentNouns: ReadonlySet<string> = new Set([
  'article', 'articles', 'guide', 'guides', 'page', 'pages', 'section', 'sections', 'post', 'posts', 'leaflet',
  'leaflets', 'factsheet', 'chapter', 'website', 'site', 'blog', 'series', 'newsletter', 'faq', 'faqs'
])
const documentDeterminers: ReadonlySet<string> = new Set([
  'our', 'this', 'these', 'my', 'the', 'next', 'previous', 'separate', 'other', 'related', 'following', 'companion', 'earlier', 'later', 'another'
])

/**
 * Token index where a self-reference to the publication ends ("Our other articles cover …",
 * "This guide has more detail"), or 0. The clause whose subject is the document is
 * signposting; a complement ("This article shows that X reduces Y") is still read.
 */
function selfReferenceEnd(tokens: readonly string[]): number {
  const end = Math.min(tokens.length, 6)
  for (let index = 0; index < end; index++) {
    if (!documentNouns.has(tokens[index] ?? '')) continue
    if (!hasWithin(tokens, index - 3, index, documentDeterminers) || hasWithin(tokens, 0, index, clauseBreaks)) return 0
    let cursor = index + 1
    while (cursor < tokens.length && !clauseBreaks.has(tokens[cursor] ?? '') && tokens[cursor] !== 'that') cursor++
    return cursor
  }
  return 0
}

/** A heading or label: no sentence-final punctuation and no verb. */
function isVerblessFragment(text: string, tokens: readonly string[]): boolean {
  const last = text.trimEnd().at(-1)
  if (last === '.' || last === '!' || last === '?') return false
  for (let index = 0; index < tokens.length; index++) if (looksFinite(tokens, index)) return false
  return true
}
const quantityNouns: ReadonlySet<string> = new Set([
  'third', 'quarter', 'half', 'fifth', 'tenth', 'dozen', 'hundred', 'thousand', 'million', 'few', 'year', 'decade',
  'week', 'month', 'day', 'fortnight', 'hour', 'minute', 'century', 'lifetime', 'little', 'bit', 'handful', 'couple'
])
const relativePronouns: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose'])
/** Linking verbs of a change of state: "pain getting worse" describes the outcome changing, not an exposure's effect. */
const changeOfStateVerbs: ReadonlySet<string> = new Set(['get', 'gets', 'getting', 'got', 'become', 'becomes', 'becoming', 'became', 'grow', 'grows', 'growing', 'grew', 'feel', 'feels', 'feeling', 'felt', 'look', 'looks', 'seem', 'seems'])
/** Verbs that bring a change about ("gave a drop in pain", "produced an improvement in …"). */
const changeGivers: ReadonlySet<string> = new Set([
  'give', 'gives', 'gave', 'given', 'giving', 'produce', 'produces', 'produced', 'yield', 'yields', 'yielded',
  'bring', 'brings', 'brought', 'cause', 'causes', 'caused', 'provide', 'provides', 'provided',
  'offer', 'offers', 'offered', 'deliver', 'delivers', 'delivered'
])

const commonFiniteVerbs: ReadonlySet<string> = new Set([
  'include', 'includes', 'included', 'contain', 'contains', 'contained', 'mean', 'means', 'meant', 'occur', 'occurs',
  'occurred', 'happen', 'happens', 'happened', 'work', 'works', 'worked', 'come', 'comes', 'came', 'go', 'goes', 'went',
  'linked', 'tied', 'associated', 'found', 'shows', 'showed', 'show', 'suggests', 'suggest', 'suggested', 'says', 'said', 'finds'
])

/** Verb-like words: auxiliaries, copulas and finite forms of the relation verbs. */
function looksFinite(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? ''
  if (auxiliaries.has(token) || predicators.has(token) || finiteVerbs.has(token) || commonFiniteVerbs.has(token)) return true
  // A verb-spelled word opening the text is its subject noun ("Benefits of heat").
  if (index === 0 || clauseBreaks.has(tokens[index - 1] ?? '')) return false
  const lemma = causalVerbs.get(token)
  return lemma !== undefined && token !== lemma && !determiners.has(tokens[index - 1] ?? '') && !token.endsWith('ing')
}

/** Is there a verb before `index` (a main clause), or only a noun phrase ("pain that is worse …")? */
function hasFiniteVerbBefore(tokens: readonly string[], index: number): boolean {
  for (let cursor = 0; cursor < index; cursor++) if (looksFinite(tokens, cursor)) return true
  return false
}
const individualWords: ReadonlySet<string> = new Set(['people', 'person', 'individuals', 'individual', 'one', 'everyone', 'persons', 'patient'])
const varyVerbs: ReadonlySet<string> = new Set(['vary', 'varies', 'varied', 'varying'])
const variationFollowers: ReadonlySet<string> = new Set(['with', 'by', 'across', 'among', 'between', 'depending', 'according', 'in'])
const superlatives: ReadonlySet<string> = new Set(['lowest', 'highest', 'worst', 'best', 'greatest', 'poorest', 'shortest', 'longest', 'smallest', 'largest'])
const differVerbs: ReadonlySet<string> = new Set(['differ', 'differs', 'differed', 'differing'])
const wordsOfQuestion: ReadonlySet<string> = new Set(['which', 'what', 'how', 'whether', 'who', 'when', 'where', 'why'])

function isHealthWord(word: string): boolean {
  if (healthArgumentWords.has(word)) return true
  for (const suffix of healthSuffixes) if (word.length > suffix.length + 2 && word.endsWith(suffix)) return true
  return false
}

function healthArgumentWithin(tokens: readonly string[], from: number, to: number): boolean {
  const end = Math.min(to, tokens.length)
  for (let index = Math.max(0, from); index < end; index++) if (isHealthWord(tokens[index] ?? '')) return true
  return false
}
const searchVerbs: ReadonlySet<string> = new Set([
  'check', 'checks', 'checking', 'watch', 'watching', 'look', 'looking', 'monitor', 'monitoring', 'screen', 'screening',
  'ask', 'asking', 'know', 'knowing', 'learn', 'read', 'report', 'reporting', 'test', 'testing', 'out', 'questions', 'question'
])
const searchFillers: ReadonlySet<string> = new Set(['any', 'the', 'possible', 'potential', 'serious', 'common', 'its', 'their', 'new', 'unexpected', 'signs', 'of'])

/** Is the noun phrase ending before `index` + 1 the object of "check for", "ask about", "report any"? */
function soughtAt(tokens: readonly string[], index: number): boolean {
  let cursor = index
  while (cursor > index - 4 && searchFillers.has(tokens[cursor] ?? '')) cursor--
  const word = tokens[cursor] ?? ''
  if (word === 'for' || word === 'about') return searchVerbs.has(tokens[cursor - 1] ?? '')
  return searchVerbs.has(word)
}

/** After "useful to": a word that names an action that is not a change in health. */
function activityOrUnknownVerb(word: string): boolean {
  if (activityVerbs.has(word)) return true
  // A known verb of change or causation keeps the claim; determiners and plural nouns are a recipient ("useful to patients").
  if (causalVerbs.has(word) || determiners.has(word) || word.endsWith('s') || word === '') return false
  return imperativeVerbs.has(word) || cognitionVerbs.has(word)
}
const supportObjects: ReadonlySet<string> = new Set(['hypothesis', 'notion', 'idea', 'view', 'use', 'need', 'concept', 'conclusion', 'findings', 'results', 'recommendation', 'recommendations', 'evidence', 'further'])
/** Evidence nouns (not pronouns): as subject of "support" they report evidence. */
const evidenceNouns: ReadonlySet<string> = new Set(['finding', 'findings', 'result', 'results', 'data', 'evidence', 'study', 'studies', 'observation', 'observations', 'analysis', 'analyses', 'trial', 'trials', 'review', 'research'])

function relationCueAt(tokens: readonly string[], index: number): RelationCue | undefined {
  const token = tokens[index] ?? ''
  const next = tokens[index + 1] ?? ''
  const previous = tokens[index - 1] ?? ''

  if (associationWords.has(token)) {
    if (token === 'related' && next !== 'to' && next !== 'with') return undefined
    if ((token === 'link' || token === 'links') && !hasWithin(tokens, index + 1, index + 3, linkFollowers)) return undefined
    if ((token === 'connected' || token === 'tied') && next !== 'to' && next !== 'with') return undefined
    if ((token === 'dependent' || token === 'depends' || token === 'depend' || token === 'depended') && next !== 'on') return undefined
    if (token === 'factor' || token === 'factors') {
      // Predicative only: "X is a risk factor for Y", not "these common risk factors".
      if (!factorKinds.has(previous)) return undefined
      if (next !== 'for' && next !== 'of' && !hasWithin(tokens, index - 5, index, beForms)) return undefined
    }
    if (predicateNouns.has(token) && next !== 'of' && next !== 'for') return undefined
    // "is indicative of", "suggestive of".
    if ((token === 'indicative' || token === 'suggestive') && next !== 'of') return undefined
    // "an interaction with nutritional status"; not "drug interactions".
    if ((token === 'interaction' || token === 'interactions') && next !== 'with' && next !== 'between') return undefined
    if (relationNouns.has(token)) {
      // A relationship stated between two things ("association between X and Y",
      // "correlation with"), not one merely named ("confirm the association", "in relation to").
      if (previous === 'in' || previous === 'with') return undefined
      // "understanding the connection between X and Y": the relation is a topic, not a finding.
      if (previous === 'the' && topicVerbs.has(tokens[index - 2] ?? '')) return undefined
      const anaphoric = previous === 'the' || previous === 'this' || previous === 'that' || previous === 'these' || previous === 'those'
      if (anaphoric && !hasWithin(tokens, index + 1, index + 9, relationFollowers)) return undefined
    }
    if (associationVerbForms.has(token)) {
      // "to predict PU risk", "in predicting": an aim or a method, not a finding.
      if (previous === 'to' && !raisingWords.has(tokens[skipAdverbsBackward(tokens, index - 2)] ?? '')) return undefined
      if (token.endsWith('ing') && (prepositionsBeforeGerund.has(previous) || previous === 'of' || previous === 'on')) return undefined
    }
    const words = next === 'with' || next === 'to' || next === 'between' ? `${token} ${next}` : (token === 'factor' || token === 'factors' ? `${previous} ${token}` : token)
    return {type: 'association', index, words}
  }

  const lemma = causalVerbs.get(token)
  if (lemma !== undefined) {
    const type = causalVerbAt(tokens, index, lemma)
    if (type !== undefined) {
      const particles = causalParticles.get(lemma)
      const words = particles && particles.has(next) ? `${token} ${next}` : token
      return {type, index, words}
    }
    // Not a verb here ("little impact on", "were lower than"): try the noun/adjective readings below.
  }

  if (safetyPredicates.has(token)) {
    // "was well tolerated" asserts tolerability; "maximally tolerated doses" does not.
    if (token === 'tolerated' && !beForms.has(tokens[skipAdverbsBackward(tokens, index - 1)] ?? '')) return undefined
    if (predicativeAdjectives.has(token) && !isPredicative(tokens, index)) return undefined
    return {type: 'safety', index, words: token}
  }
  if ((token === 'effects' || token === 'effect' || token === 'reactions' || token === 'events') && (previous === 'side' || previous === 'adverse')) {
    // "check for side effects", "ask about side effects": the harms are what is looked for, not asserted.
    if (soughtAt(tokens, index - 2)) return undefined
    return {type: 'safety', index, words: `${previous} ${token}`}
  }
  // "has the potential for abuse", "can interact with certain medications".
  if (harmNouns.has(token) && (previous === 'for' || previous === 'of') && (tokens[index - 2] === 'potential' || tokens[index - 2] === 'risk')) {
    return {type: 'safety', index, words: `${tokens[index - 2]} ${previous} ${token}`}
  }
  if ((token === 'interact' || token === 'interacts') && next === 'with' && !determiners.has(previous)) {
    return {type: 'safety', index, words: `${token} with`}
  }

  if (effectPredicates.has(token)) {
    if (token === 'effect' || token === 'effects' || token === 'impact' || token === 'impacts' || token === 'influence') {
      if (previous === 'side' || previous === 'adverse') return undefined
      const onward = next === 'on' || next === 'against' || (next === 'of' && hasWithin(tokens, index + 2, index + 10, onWords))
      // "has anti-anxiety effects": an anti- adjective names what the effect is against.
      if (!(onward || effectModifiers.has(previous) || previous.startsWith('anti-'))) return undefined
    }
    if (token === 'responsible' && next !== 'for') return undefined
    if (token === 'involved' && next !== 'in') return undefined
    // "may provide relief from back pain"; not "seeking relief".
    if (token === 'relief' && !(next === 'from' || next === 'of' || next === 'for' || reliefGivers.has(previous))) return undefined
    if (token === 'remedy' && next !== 'for') return undefined
    // "is good for your brain", "bad for your health", "terrible for your spine".
    if (forOnlyPredicates.has(token) && next !== 'for') return undefined
    if (token === 'role' && !(hasWithin(tokens, index + 1, index + 7, roleFollowers) || roleModifiers.has(previous))) return undefined
    if ((token === 'useful' || token === 'helpful' || token === 'effective' || token === 'efficient') && hasWithin(tokens, index + 1, index + 6, diagnosticNouns)) return undefined
    if ((token === 'useful' || token === 'helpful') && !hasWithin(tokens, index + 1, index + 3, usefulFollowers)) return undefined
    // "useful to share with a GP": an action worth doing, not a health effect ("useful to reduce swelling" is one).
    if ((token === 'useful' || token === 'helpful' || token === 'worth') && next === 'to' && activityOrUnknownVerb(tokens[index + 2] ?? '')) return undefined
    if ((token === 'cause' || token === 'causes') && next !== 'of') return undefined
    if ((token === 'benefit' || token === 'benefits') && !(next === 'of' || next === 'for' || next === 'to' || next === 'in' || next === 'from' || effectModifiers.has(previous))) return undefined
    // "may offer particular advantages in obese patients"; not "the advantage of the network approach" (a method).
    if ((token === 'advantage' || token === 'advantages') && !hasWithin(tokens, index - 3, index, reliefGivers)) return undefined
    if (predicativeAdjectives.has(token) && !isPredicative(tokens, index)) return undefined
    return {type: 'effect', index, words: next === 'on' || next === 'for' || next === 'of' || next === 'in' ? `${token} ${next}` : token}
  }
  // "Findings demonstrate the utility of this intervention for smoking reduction": a finding carried by a noun.
  if (efficacyNouns.has(token) && next === 'of' && (previous === 'the' || previous === 'its' || previous === 'their') && reportingVerbs.has(tokens[index - 2] ?? '')) {
    return {type: 'effect', index, words: `${tokens[index - 2]} the ${token} of`}
  }
  // "X is an acceptable alternative to Y for the treatment of Z": a predicated means for a therapeutic purpose.
  if (therapeuticNouns.has(token) && next === 'of' && (previous === 'the' || previous === 'in') && (tokens[index - 2] === 'for' || tokens[index - 2] === 'in')) {
    const back = indexWithin(tokens, Math.max(clauseStart(tokens, index), index - 10), index, meansNouns)
    if (back !== -1 && hasWithin(tokens, Math.max(0, back - 4), back, beForms)) return {type: 'effect', index, words: `${tokens[back]} … ${tokens[index - 2]} the ${token} of`}
  }
  // "Vitamin D is essential for bone health", "is crucial for a good outcome": a predicated importance for an outcome.
  if (importanceWords.has(token) && (next === 'for' || next === 'in') && importancePredicated(tokens, index) &&
    !caseQuantifiers.has(tokens[index + 2] ?? '') &&
    !(tokens[index + 3] === 'to' || tokens[index + 4] === 'to') && !diagnosticNouns.has(tokens[index + 2] ?? '') && !topicVerbs.has(tokens[index + 2] ?? '') && !hasWithin(tokens, index + 1, index + 5, researchNouns)) {
    return {type: 'effect', index, words: `${token} ${next}`}
  }
  // "Kratom acts as a painkiller", "acts as a natural muscle relaxant".
  if ((token === 'act' || token === 'acts' || token === 'acted' || token === 'acting') && next === 'as' && !determiners.has(previous)) {
    const object = indexWithin(tokens, index + 2, Math.min(tokens.length, index + 6), pharmacologicalNouns)
    if (object !== -1) return {type: 'effect', index, words: `${token} as … ${tokens[object]}`}
  }
  // "Turmeric may be a promising treatment for arthritis", "Walking is one of the best ways to
  // manage back pain": a treatment or means predicated of the subject, for a health outcome.
  if (treatmentNouns.has(token) && treatmentPredicated(tokens, index)) {
    // "the most successful treatment option for anxiety".
    const head = optionNouns.has(next) ? index + 1 : index
    const after = tokens[head + 1] ?? ''
    const object = tokens[head + 2] ?? ''
    if (after === 'for' && !researchNouns.has(object) && !diagnosticNouns.has(object)) return {type: 'effect', index, words: `${token} for`}
    const lemma = causalVerbs.get(object)
    if (after === 'to' && ((lemma !== undefined && !changeVerbs.has(lemma)) || careVerbs.has(object))) return {type: 'effect', index, words: `${token} to ${object}`}
  }
  return comparisonCueAt(tokens, index)
}

/** "treatment option(s)", "treatment choice". */
const optionNouns: ReadonlySet<string> = new Set(['option', 'options', 'choice', 'choices'])
/** Verbs of looking after a condition: "the best way to manage back pain". */
const careVerbs: ReadonlySet<string> = new Set(['manage', 'control', 'tackle', 'beat', 'overcome'])
/** Nouns that name a treatment or a means to an outcome when predicated of the subject. */
const treatmentNouns: ReadonlySet<string> = new Set(['treatment', 'treatments', 'therapy', 'therapies', 'cure', 'cures', 'way', 'ways'])
/** Words that may stand between a copula and the noun it predicates ("is one of the most effective …"). */
const predicateNounModifiers: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one', 'of', 'most', 'more', 'best', 'first-line', 'long-term', 'short-term', 'good', 'great', 'safe', 'simple', 'natural', 'effective', 'promising', 'successful', 'proven', 'useful', 'valuable', 'new', 'novel', 'alternative', 'potential', 'possible', 'cost-effective', 'standard', 'helpful', 'easy', 'easiest', 'quickest', 'fastest', 'reliable', 'only', 'main', 'mainstay'])

/**
 * "X is/may be [a/the/one of the] [adjectives] treatment": the noun at `index` is predicated of a real
 * subject (not "it"/"there", and no clause break between), so X is said to treat or achieve what follows.
 */
function treatmentPredicated(tokens: readonly string[], index: number): boolean {
  let cursor = index - 1
  const floor = Math.max(0, index - 8)
  while (cursor >= floor && (predicateNounModifiers.has(tokens[cursor] ?? '') || isAdverb(tokens[cursor] ?? ''))) cursor--
  if (cursor < 0 || !beForms.has(tokens[cursor] ?? '')) return false
  while (cursor > 0 && (auxiliaries.has(tokens[cursor - 1] ?? '') || isAdverb(tokens[cursor - 1] ?? ''))) cursor--
  const subject = tokens[cursor - 1]
  return subject !== undefined && subject !== 'it' && subject !== 'there' && subject !== 'this' && subject !== 'that' && !clauseBreaks.has(subject) && !researchNouns.has(subject)
}

const caseQuantifiers: ReadonlySet<string> = new Set(['certain', 'some', 'many', 'most', 'all', 'such', 'selected', 'specific', 'particular', 'this', 'these'])

/** "X is/are/may be essential for …" with a real subject (not extraposed "it is essential for Jordan to …"). */
function importancePredicated(tokens: readonly string[], index: number): boolean {
  let cursor = skipAdverbsBackward(tokens, index - 1)
  if (!predicators.has(tokens[cursor] ?? '')) return false
  while (cursor > 0 && (auxiliaries.has(tokens[cursor - 1] ?? '') || isAdverb(tokens[cursor - 1] ?? ''))) cursor--
  return tokens[cursor - 1] !== 'it' && tokens[cursor - 1] !== undefined
}

const efficacyNouns: ReadonlySet<string> = new Set(['efficacy', 'effectiveness', 'utility', 'usefulness', 'benefit', 'benefits', 'value', 'superiority', 'safety', 'potential', 'efficiency'])
const reportingVerbs: ReadonlySet<string> = new Set([
  'demonstrate', 'demonstrates', 'demonstrated', 'show', 'shows', 'showed', 'shown', 'suggest', 'suggests', 'suggested',
  'confirm', 'confirms', 'confirmed', 'support', 'supports', 'supported', 'prove', 'proves', 'proved', 'indicate',
  'indicates', 'indicated', 'reveal', 'reveals', 'revealed', 'establish', 'establishes', 'established', 'highlight', 'highlights', 'underline', 'underlines'
])

const therapeuticNouns: ReadonlySet<string> = new Set(['treatment', 'management', 'prevention', 'relief', 'control', 'reduction', 'therapy'])

const importanceWords: ReadonlySet<string> = new Set(['important', 'essential', 'crucial', 'critical', 'vital', 'key', 'fundamental', 'necessary', 'indispensable', 'instrumental', 'pivotal'])

/**
 * Effect and safety adjectives assert something only when predicated of a
 * subject ("X is safe and effective", "X has anti-inflammatory properties") or
 * with their argument ("effective in reducing"), not as a label ("effective
 * strategies are needed").
 */
const predicativeAdjectives: ReadonlySet<string> = new Set([
  'important', 'essential', 'crucial', 'critical', 'vital', 'key', 'fundamental', 'necessary', 'indispensable', 'instrumental', 'pivotal',
  'effective', 'efficacious', 'ineffective', 'beneficial', 'protective', 'detrimental', 'harmful', 'useful',
  'helpful', 'efficient', 'therapeutic', 'anti-inflammatory', 'antioxidant', 'analgesic', 'safe', 'unsafe',
  'well-tolerated', 'tolerable', 'toxic', 'dangerous', 'hazardous', 'harmless', 'addictive', 'lethal', 'fatal'
])
const predicators: ReadonlySet<string> = new Set([...beForms, 'has', 'have', 'had', 'having', 'possesses', 'possess', 'remains', 'remain', 'seems', 'seem', 'appears', 'appear', 'proved', 'proven', 'become', 'becomes', 'considered', 'found', 'shown'])
const adjectiveArguments: ReadonlySet<string> = new Set(['in', 'for', 'against', 'to', 'on', 'at', 'when', 'if'])

function isPredicative(tokens: readonly string[], index: number): boolean {
  if (adjectiveArguments.has(tokens[index + 1] ?? '')) return true
  // Walk back over coordinated adjectives and adverbs ("is inexpensive, safe and effective").
  const start = Math.max(0, index - 8)
  for (let cursor = index - 1; cursor >= start; cursor--) {
    const token = tokens[cursor] ?? ''
    if (predicators.has(token)) return true
    if (token === ';' || token === ':' || token === '(' || token === ')') return false
  }
  return false
}

const harmNouns: ReadonlySet<string> = new Set(['abuse', 'misuse', 'dependence', 'addiction', 'overdose', 'toxicity', 'harm', 'poisoning', 'withdrawal'])
const reliefGivers: ReadonlySet<string> = new Set([
  'provide', 'provides', 'provided', 'offer', 'offers', 'bring', 'brings', 'give', 'gives', 'fast', 'instant', 'quick', 'lasting',
  // "Many people find relief with acupuncture": relief attributed to an exposure.
  'find', 'finds', 'found'
])
/** What "change" takes when something becomes different rather than being changed. */
const appearanceProperties: ReadonlySet<string> = new Set(['shape', 'colour', 'color', 'size', 'texture', 'appearance', 'position', 'direction', 'form', 'hands', 'sides', 'places', 'course'])
/** Adjectives that assert an effect only with "for": "good for your heart", "terrible for your spine". */
const forOnlyPredicates: ReadonlySet<string> = new Set(['good', 'bad', 'great', 'terrible', 'excellent', 'awful'])
/** What a substance can act as: "kratom acts as a painkiller". */
const pharmacologicalNouns: ReadonlySet<string> = new Set([
  'painkiller', 'analgesic', 'sedative', 'stimulant', 'relaxant', 'diuretic', 'laxative', 'antidepressant',
  'antihistamine', 'decongestant', 'antiseptic', 'antibiotic', 'antioxidant', 'anti-inflammatory', 'opioid',
  'blocker', 'inhibitor', 'agonist', 'antagonist', 'anticoagulant', 'detoxifier', 'expectorant'
])

const predicateNouns: ReadonlySet<string> = new Set(['marker', 'markers', 'biomarker', 'biomarkers', 'determinant', 'determinants'])
const relationNouns: ReadonlySet<string> = new Set(['association', 'associations', 'relationship', 'relationships', 'relation', 'correlation', 'correlations', 'connection', 'link', 'links'])
const relationFollowers: ReadonlySet<string> = new Set(['between', 'with', 'to', 'among'])
const associationVerbForms: ReadonlySet<string> = new Set(['predict', 'predicts', 'predicting', 'associate', 'associating', 'correlate', 'correlating', 'linking', 'relate'])
/** Verbs of change in a quantity or state: without an agent they report a change, not its cause. */
const changeVerbs: ReadonlySet<string> = new Set([
  'increase', 'decrease', 'reduce', 'lower', 'raise', 'elevate', 'improve', 'worsen', 'impair', 'enhance',
  'alter', 'diminish', 'prolong', 'shorten', 'delay', 'normalize', 'normalise', 'double', 'triple',
  'lengthen', 'heighten', 'deplete', 'weaken', 'strengthen', 'restore', 'slow', 'accelerate', 'affect', 'modify'
])
const linkFollowers: ReadonlySet<string> = new Set(['between', 'to', 'with'])
const factorKinds: ReadonlySet<string> = new Set(['risk', 'prognostic', 'protective', 'predictive', 'causal', 'contributing', 'aggravating'])
const onWords: ReadonlySet<string> = new Set(['on', 'against'])
const roleFollowers: ReadonlySet<string> = new Set(['in', 'for'])
const roleModifiers: ReadonlySet<string> = new Set(['key', 'important', 'crucial', 'causal', 'protective', 'major', 'central', 'significant', 'critical', 'pivotal', 'essential'])
const usefulFollowers: ReadonlySet<string> = new Set(['for', 'in', 'to', 'against'])
const groupPrepositions: ReadonlySet<string> = new Set(['between', 'in', 'from', 'among'])
const quantityAfterThan: ReadonlySet<string> = new Set(['half', 'one', 'two', 'three', 'a', 'an', 'twice', 'once', 'doubled'])

/** Weaker evidence of an association: a comparison between groups, a difference or a raised/lowered risk. */
const literatureWords: ReadonlySet<string> = new Set(['previously', 'reported', 'published', 'literature', 'expected', 'described', 'recommended', 'threshold'])

const outcomeComparatives: ReadonlySet<string> = new Set(['longer', 'better', 'worse', 'healthier', 'happier', 'faster', 'slower', 'sicker'])
const prevalenceWords: ReadonlySet<string> = new Set(['common', 'frequent', 'prevalent', 'rare', 'uncommon', 'widespread'])
const withWord: ReadonlySet<string> = new Set(['with'])

const changeNouns: ReadonlySet<string> = new Set(['improvement', 'improvements', 'reduction', 'reductions', 'increase', 'increases', 'decrease', 'decreases', 'decline', 'rise', 'drop', 'fall'])

function comparisonCueAt(tokens: readonly string[], index: number): RelationCue | undefined {
  const token = tokens[index] ?? ''
  const next = tokens[index + 1] ?? ''
  const previous = tokens[index - 1] ?? ''
  if (comparatives.has(token)) {
    if (riskNouns.has(next)) return {type: 'comparison', index, words: `${token} ${next}`}
    // "more than 70% of patients": a quantity, not a comparison of groups.
    if (next === 'than') {
      const after = tokens[index + 2] ?? ''
      // "more than a third", "more than a year" are quantities; "better than a placebo" compares groups.
      const article = after === 'a' || after === 'an'
      if (article && !quantityNouns.has(tokens[index + 3] ?? '')) {
        return {type: 'comparison', index, words: `${token} than`}
      }
      if (after === '' || isDigit(after.charCodeAt(0)) || quantityAfterThan.has(after) || after.endsWith('-quarters') || after.endsWith('-thirds')) return undefined
    }
    const marker = indexWithin(tokens, index + 1, index + 10, comparisonMarkers)
    // A comparison with the literature ("less than previously reported") is not one between groups.
    if (marker !== -1 && !hasWithin(tokens, index + 1, marker, clauseBreaks) && !hasWithin(tokens, marker + 1, marker + 4, literatureWords)) {
      return {type: 'comparison', index, words: `${token} … ${tokens[marker]}`}
    }
    // "were better in patients managed surgically", "had more anxiety", "had a decreased length of stay":
    // a group difference after a copula or have.
    let back = skipAdverbsBackward(tokens, index - 1)
    const article = tokens[back] === 'a' || tokens[back] === 'an'
    if (article) back--
    const before = tokens[back] ?? ''
    // A relative clause in a verbless fragment ("pain that is worse at night") describes, it does not compare.
    const describes = relativePronouns.has(tokens[back - 1] ?? '') && !hasFiniteVerbBefore(tokens, back - 1)
    // "Everyone's back is different": nothing is compared with anything.
    const bare = next === '' || clauseBreaks.has(next)
    if ((((beForms.has(before) && !article) || before === 'had' || before === 'have' || before === 'has')) && index > 1 &&
      !describes && !(bare && token === 'different')) {
      return {type: 'comparison', index, words: `${before} ${token}`}
    }
  }
  if (riskNouns.has(token) && (previous === 'at' || previous === 'the') && next === 'of' && comparatives.has(tokens[index - 2] ?? '')) {
    return {type: 'comparison', index, words: token}
  }
  // "no risk of preterm birth was detected".
  if ((token === 'risk' || token === 'risks') && previous === 'no' && (next === 'of' || next === 'for')) {
    return {type: 'comparison', index, words: `no risk ${next}`}
  }
  // "smokers are at (high) risk for hypertension".
  if ((token === 'risk' || token === 'risks') && (next === 'of' || next === 'for') && (previous === 'at' || tokens[index - 2] === 'at')) {
    return {type: 'association', index, words: `at risk ${next}`}
  }
  // "twice as likely to develop asthma".
  if (token === 'likely' && previous === 'as' && next === 'to') return {type: 'comparison', index, words: 'as likely to'}
  // "Coffee drinkers live longer", "people who exercise sleep better".
  if (outcomeComparatives.has(token) && index >= 2 && (next === '' || clauseBreaks.has(next)) && !beForms.has(previous) && !determiners.has(previous) &&
    !changeOfStateVerbs.has(previous) && !(previous === 'or' || previous === 'and')) {
    return {type: 'comparison', index, words: `${previous} ${token}`}
  }
  // "X is common among women with diabetes": X is tied to a condition.
  if (prevalenceWords.has(token) && beForms.has(tokens[skipAdverbsBackward(tokens, index - 1)] ?? '') && (next === 'in' || next === 'among')) {
    const withAt = indexWithin(tokens, index + 2, index + 9, withWord)
    if (withAt !== -1 && !hasWithin(tokens, index + 1, withAt, clauseBreaks)) return {type: 'comparison', index, words: `${token} ${next} … with`}
  }
  // "as compared to controls", "X versus Y".
  if ((token === 'compared' && (next === 'to' || next === 'with')) || token === 'versus' || token === 'vs' || token === 'comparable') {
    return {type: 'comparison', index, words: token === 'compared' ? `compared ${next}` : token}
  }
  // "The prevalence varied depending on the tool", "symptoms vary with age": variation with a factor.
  // "Symptoms vary from person to person / between people" is variability, not a relation.
  if (varyVerbs.has(token) && variationFollowers.has(next) && !determiners.has(previous) && !individualWords.has(tokens[index + 2] ?? '')) {
    const [from, to] = clauseSpan(tokens, index)
    if (healthArgumentWithin(tokens, from, Math.min(to, index + 10))) return {type: 'comparison', index, words: `${token} ${next}`}
  }
  // "Patients on HIST had the lowest likelihood of …", "had the worst prognosis".
  if (superlatives.has(token) && previous === 'the' && (tokens[index - 2] === 'had' || tokens[index - 2] === 'have' || tokens[index - 2] === 'has') && index > 2) {
    return {type: 'comparison', index, words: `${tokens[index - 2]} the ${token}`}
  }
  if (differenceWords.has(token)) {
    // The verb "differ" needs a health argument: "its legal status differs between countries" compares no health outcome;
    // "differ in which/how …" is variation in preference or practice.
    if (differVerbs.has(token)) {
      if (wordsOfQuestion.has(next) || wordsOfQuestion.has(tokens[index + 2] ?? '')) return undefined
      const [from, to] = clauseSpan(tokens, index)
      if (!healthArgumentWithin(tokens, from, Math.min(to, index + 10))) return undefined
    }
    const negated = hasWithin(tokens, index - 3, index, negators) || previous === 'significant' || previous === 'significantly'
    if (negated || hasWithin(tokens, index + 1, index + 8, groupPrepositions)) return {type: 'comparison', index, words: token}
  }
  if (changeNouns.has(token) && (next === 'in' || next === 'of')) {
    // "Heat wraps gave a small drop in pain": the subject brought the change about.
    // Commas between adjectives ("a small, short-term drop") do not end the clause here.
    let start = index
    while (start > 0 && start > index - 7 && !(clauseBreaks.has(tokens[start - 1] ?? '') && tokens[start - 1] !== ',')) start--
    const giver = indexWithin(tokens, start, index, changeGivers)
    if (giver !== -1 && giver > 0) return {type: 'causal', index, words: `${tokens[giver]} … ${token} ${next}`}
    return {type: 'comparison', index, words: `${token} ${next}`}
  }
  return undefined
}

interface AdviceResult {
  strength: AdviceStrength
  cues: string[]
  /** Token index of the deciding advice cue (-1 for a sentence-initial imperative). */
  index: number
}

/**
 * Is the subject of the word at `index` research itself ("further studies are
 * needed")? The subject runs back to the sentence start or a semicolon/colon;
 * "our/this study" reports a finding and does not count.
 */
function subjectIsResearch(tokens: readonly string[], index: number): boolean {
  indexSentence(tokens)
  return index >= 0 && index < tokens.length && researchFlags[index] === 1
}

const researchVerbPrefixes = ['investigat', 'explor', 'confirm', 'evaluat', 'examin', 'validat', 'assess', 'clarif', 'determin', 'elucidat', 'stud', 'test', 'replicat']

function isResearchVerb(word: string): boolean {
  if (inquiryVerbs.has(word)) return true
  for (const prefix of researchVerbPrefixes) if (word.startsWith(prefix)) return true
  return false
}

const copulaBeforeNeed: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'remain', 'remains', 'seems', 'appears'])
const advisingSubjects: ReadonlySet<string> = new Set(['we', 'i', 'guidelines', 'experts', 'doctors', 'authors', 'strongly'])
const imperativeBlockers: ReadonlySet<string> = new Set(['you', 'we'])

const preferenceWords: ReadonlySet<string> = new Set(['best', 'wise', 'better', 'safest', 'advisable', 'prudent', 'sensible'])
const conditionalOpeners: ReadonlySet<string> = new Set(['if', 'when', 'once', 'before', 'after', 'while', 'unless', 'whenever'])
const adjectiveSuffixes = ['ant', 'ent', 'ive', 'ous', 'ic', 'al']
/** "Read more", "See below", "Click here": navigation, not health advice. */
const navigationWords: ReadonlySet<string> = new Set(['more', 'here', 'below', 'above', 'next', 'also'])
/** Verbs of those links ("Eat more fish" is advice; "Read more" is not). */
const navigationVerbs: ReadonlySet<string> = new Set(['read', 'see', 'look', 'find', 'learn', 'click', 'tap', 'go', 'continue', 'scroll', 'check', 'visit', 'watch', 'get'])
const finiteVerbs: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'had', 'does', 'did', 'shows', 'showed', 'remains', 'remained'])

function imperativeAdvice(tokens: readonly string[]): AdviceResult | undefined {
  let first = 0
  // "If symptoms persist, see your doctor": the imperative follows a conditional clause.
  if (conditionalOpeners.has(tokens[0] ?? '')) {
    const comma = tokens.indexOf(',')
    if (comma === -1) return undefined
    first = comma + 1
  }
  // "You can take ibuprofen": an option addressed to the reader.
  // "You might want to try a lower dose."
  const offered = tokens[2] === 'want' && tokens[3] === 'to' ? tokens[4] ?? '' : tokens[2] ?? ''
  if (tokens[0] === 'you' && possibilityModals.has(tokens[1] ?? '') && imperativeVerbs.has(offered)) {
    return {strength: 'weak', cues: [`you ${tokens[1]} ${offered}`], index: 1}
  }
  // Skip lead-ins ("So, gradually increase …") to reach the verb.
  // "Tip 1: Start with a low dose": an imperative after a short label.
  const colon = tokens.indexOf(':')
  if (first === 0 && colon !== -1 && colon < 4) first = colon + 1
  while (first < tokens.length - 1 && (imperativeLeadIns.has(tokens[first] ?? '') || tokens[first] === ',')) first++
  const verb = tokens[first] ?? ''
  const next = tokens[first + 1] ?? ''
  if (verb === 'do' && (next === 'not' || next === "n't")) return {strength: 'strong', cues: ['do not'], index: first}
  if (verb === "don't" || verb === 'never') return {strength: 'strong', cues: [verb], index: first}
  if (verb === 'be' && (next === 'sure' || next === 'careful' || next === 'aware' || next === 'cautious' || next === 'mindful')) return {strength: 'strong', cues: [`be ${next}`], index: first}
  if (verb === 'be' || verb === 'do' || !imperativeVerbs.has(verb)) return undefined
  // "Exercise improves …": a noun subject followed by its verb.
  // "Exercise increased lean mass": a past-tense verb after it shows the first word is the subject.
  const nextIsVerb = causalVerbs.has(next) && ((next.endsWith('s') && !next.endsWith('ss')) || (next.endsWith('ed') && causalVerbs.get(next) !== next))
  if (notImperativeAfter.has(next) || nextIsVerb || next === '' || clauseBreaks.has(next) || imperativeBlockers.has(next) || (navigationWords.has(next) && navigationVerbs.has(verb))) return undefined
  // "Exercise intolerant children …", "Use-related injuries are …": the verb-spelled word is a noun or
  // adjective; an imperative clause has no finite verb of its own after it.
  if (adjectiveSuffixes.some((suffix) => next.endsWith(suffix))) return undefined
  const [, clauseEnd] = clauseSpan(tokens, first)
  for (let index = first + 1; index < clauseEnd; index++) {
    const token = tokens[index] ?? ''
    if (finiteVerbs.has(token)) return undefined
    const lemma = causalVerbs.get(token)
    if (lemma !== undefined && token !== lemma && token.endsWith('s') && !determiners.has(tokens[index - 1] ?? '')) return undefined
  }
  return {strength: weakImperatives.has(verb) ? 'weak' : 'strong', cues: [verb], index: first}
}

function classifyAdvice(tokens: readonly string[], isQuestion: boolean): AdviceResult {
  if (isQuestion) return {strength: 'none', cues: [], index: -1}
  const imperative = imperativeAdvice(tokens)
  if (imperative && imperative.strength === 'strong') return imperative

  let weak: AdviceResult | undefined = imperative
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] ?? ''
    const next = tokens[index + 1] ?? ''
    const previous = tokens[index - 1] ?? ''
    if (strongAdviceWords.has(token)) {
      if (unasserted(tokens, index) || subjectIsResearch(tokens, index)) continue
      // "should be investigated", "must be confirmed": a research agenda.
      const verb = next === 'be' ? tokens[skipAdverbsForward(tokens, index + 2)] ?? '' : tokens[skipAdverbsForward(tokens, index + 1)] ?? ''
      if ((token === 'should' || token === 'must' || token === 'ought') && isResearchVerb(verb)) continue
      if ((token === 'recommended' || token === 'recommendation' || token === 'recommend') && hasWithin(tokens, index + 1, index + 4, researchNouns)) continue
      if ((token === 'encourage' || token === 'encouraged') && !(auxiliaries.has(previous) || advisingSubjects.has(previous))) continue
      if (token === 'ought' && next !== 'to') continue
      return {strength: 'strong', cues: [token === 'ought' ? 'ought to' : token], index}
    }
    if (needWords.has(token)) {
      const copula = tokens[skipAdverbsBackward(tokens, index - 1)] ?? ''
      if (!copulaBeforeNeed.has(copula)) continue
      if (subjectIsResearch(tokens, index) || unasserted(tokens, index)) continue
      if (isResearchVerb(tokens[index + 2] ?? '') && next === 'to') continue
      return {strength: 'strong', cues: [`${copula} ${token}`], index}
    }
    const needed = tokens[skipAdverbsForward(tokens, tokens[index + 2] === 'be' ? index + 3 : index + 2)] ?? ''
    if ((token === 'need' || token === 'needs') && next === 'to' && !determiners.has(previous) && !subjectIsResearch(tokens, index) && !isResearchVerb(needed)) {
      return {strength: 'strong', cues: [`${token} to`], index}
    }
    // "highlights the need for monitoring", "there is an urgent need for …", "the necessity to …".
    if ((token === 'need' || token === 'needs' || token === 'necessity') && (next === 'for' || next === 'to' || next === 'of') &&
      (determiners.has(previous) || needModifiers.has(previous)) && !hasWithin(tokens, index + 1, index + 4, researchNouns) &&
      !isResearchVerb(tokens[index + 2] ?? '') && !hasWithin(tokens, index - 3, index, negators) && !obviating.has(tokens[index - 2] ?? '')) {
      return {strength: 'strong', cues: [`${previous} ${token} ${next}`], index}
    }
    // "children on HAART require nutritional supplementation", "calling for", "warranting close surveillance".
    if (directiveVerbs.has(token) && !determiners.has(previous) && !subjectIsResearch(tokens, index) && !unasserted(tokens, index) &&
      !hasWithin(tokens, index + 1, index + 4, researchNouns) && !isResearchVerb(tokens[skipAdverbsForward(tokens, index + 1)] ?? '')) {
      if (token === 'calling' && next !== 'for') continue
      return {strength: 'strong', cues: [token === 'calling' ? 'calling for' : token], index}
    }
    if (token === 'important' && next === 'to' && (previous === 'is' || previous === "it's") && !isResearchVerb(tokens[index + 2] ?? '')) {
      return {strength: 'strong', cues: ['important to'], index}
    }
    // "It's best to take it on an empty stomach."
    if (preferenceWords.has(token) && next === 'to' && (previous === 'is' || previous === "it's") && tokens[index - 2] !== 'this') {
      return {strength: 'strong', cues: [`${token} to`], index}
    }
    if (weak === undefined) {
      if (possibilityModals.has(token) && next === 'be' && useVerbs.has(tokens[skipAdverbsForward(tokens, index + 2)] ?? '') && !subjectIsResearch(tokens, index)) {
        weak = {strength: 'weak', cues: [`${token} be ${tokens[skipAdverbsForward(tokens, index + 2)]}`], index}
      } else if (weakAdviceWords.has(token) && !subjectIsResearch(tokens, index) && !unasserted(tokens, index)) {
        // A predicate offering an option: "may be a useful alternative", "offers a safe option".
        if (token === 'consider' || token === 'considered' || hasWithin(tokens, Math.max(0, index - 6), index, offeringVerbs)) {
          weak = {strength: 'weak', cues: [token], index}
        }
      } else if ((token === 'use' || token === 'importance' || token === 'implementation' || token === 'adoption') && next === 'of' && (previous === 'the' || previous === 'continued') && endorsingVerbs.has(tokens[index - 2] ?? '')) {
        // "support the use of", "highlights the importance of".
        weak = {strength: 'weak', cues: [`${tokens[index - 2]} the ${token} of`], index}
      }
    }
  }
  return weak ?? {strength: 'none', cues: [], index: -1}
}

/** Verbs that present their object as an option ("offers an alternative", "can serve as a tool"). */
const offeringVerbs: ReadonlySet<string> = new Set([
  ...beForms, 'offer', 'offers', 'offered', 'provide', 'provides', 'provided', 'serve', 'serves', 'represent',
  'represents', 'constitute', 'constitutes', 'make', 'makes', 'remain', 'remains', 'become', 'becomes', 'as'
])
/** Verbs that endorse a practice ("support the use of", "underline the importance of"). */
const endorsingVerbs: ReadonlySet<string> = new Set([
  'support', 'supports', 'supported', 'highlight', 'highlights', 'highlighted', 'emphasize', 'emphasizes',
  'emphasise', 'emphasises', 'underline', 'underlines', 'underscore', 'underscores', 'stress', 'stresses',
  'justify', 'justifies', 'favour', 'favours', 'favor', 'favors', 'encourage', 'encourages', 'endorse', 'endorses'
])

const needModifiers: ReadonlySet<string> = new Set(['urgent', 'clear', 'unmet', 'pressing', 'great', 'growing', 'continued', 'continuing', 'real', 'critical', 'strong'])
const obviating: ReadonlySet<string> = new Set(['obviate', 'obviates', 'eliminate', 'eliminates', 'reduce', 'reduces', 'avoid', 'avoids', 'alleviate'])
const directiveVerbs: ReadonlySet<string> = new Set(['require', 'requires', 'calling', 'warranting', 'mandate', 'mandates', 'necessitate', 'necessitates', 'necessitating'])

const agendaVerbs: ReadonlySet<string> = new Set(['warrant', 'warrants', 'deserve', 'deserves', 'require', 'requires', 'needs', 'need'])

/** Index where a research agenda starts ("Further studies are needed to …"), or -1. */
const futureModals: ReadonlySet<string> = new Set(['may', 'might', 'could', 'will', 'would', 'should', 'must', 'can'])

function researchAgendaStart(tokens: readonly string[]): number {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] ?? ''
    const copula = tokens[skipAdverbsBackward(tokens, index - 1)] ?? ''
    // "Further research may identify …": research as the subject of a modal.
    const researchModal = futureModals.has(token) && researchNouns.has(tokens[skipAdverbsBackward(tokens, index - 1)] ?? '')
    const agendaWord = (needWords.has(token) && copulaBeforeNeed.has(copula)) || agendaVerbs.has(token) || researchModal ||
      ((token === 'should' || token === 'must') && isResearchVerb(tokens[skipAdverbsForward(tokens, index + (tokens[index + 1] === 'be' ? 2 : 1))] ?? ''))
    if (!agendaWord) continue
    if (subjectIsResearch(tokens, index)) {
      // The agenda runs from its research subject ("further studies …") on.
      let start = index
      while (start > 0 && !(researchNouns.has(tokens[start] ?? '') && !researchDeterminers.has(tokens[start - 1] ?? ''))) start--
      return start
    }
    if ((agendaVerbs.has(token) && hasWithin(tokens, index + 1, index + 4, researchNouns)) || token === 'should' || token === 'must') {
      // "X should be investigated", "deserves further study": the agenda is this clause.
      return clauseStart(tokens, index)
    }
  }
  return -1
}

const subordinators: ReadonlySet<string> = new Set(['because', 'since', 'as', 'which', 'who', 'that', 'so', 'but', 'although', 'though', 'while', 'whereas', 'otherwise'])

/** [start, end) of the advised action: the clause of the advice cue, up to a subordinate clause that gives reasons. */
function advisedSpan(tokens: readonly string[], index: number): [number, number] {
  const [start, end] = clauseSpan(tokens, index)
  for (let cursor = index + 1; cursor < end; cursor++) if (subordinators.has(tokens[cursor] ?? '')) return [start, cursor]
  return [start, end]
}

/** [start, end) of the clause holding `index`. */
function clauseSpan(tokens: readonly string[], index: number): [number, number] {
  let end = index
  while (end < tokens.length && !clauseBreaks.has(tokens[end] ?? '')) end++
  return [clauseStart(tokens, index), end]
}

/** "associate professor", "Associate Editor": a title, not a relation. */
const associateTitle = /\bassociate\s+(?:professor|editor|director|dean|lecturer|researcher|fellow|member|specialist|consultant|chief|head)\b/giu

/**
 * `text` with "associate" titles and the "Association" of organisation names ("American Heart
 * Association", "Journal of the American Medical Association": capitalised, after a capitalised
 * word) blanked, same length: names and titles, not relations.
 */
function withoutNamedAssociations(text: string): string {
  if (!/associat/i.test(text)) return text
  let result = text.replace(associateTitle, (title) => title.replace(/\p{L}/gu, 'x'))
  for (let at = result.indexOf('Association'); at !== -1; at = result.indexOf('Association', at + 1)) {
    const before = result.slice(Math.max(0, at - 40), at).trimEnd()
    const previous = before.slice(before.lastIndexOf(' ') + 1)
    if (/^\p{Lu}/u.test(previous)) result = result.slice(0, at) + 'x'.repeat('Association'.length) + result.slice(at + 'Association'.length)
  }
  return result
}

/** What the grammar reads in a sentence. */
export interface GrammarReading {
  /** A relation is asserted (`strength !== 'none'`). */
  relation: boolean
  strength: ClaimStrength
  advice: AdviceStrength
  /** What the relation is about; `'advice'` when there is advice and no relation. */
  kind?: ClaimKind | undefined
  /** Type of the relation word that decided. */
  cue?: CueType | undefined
  /** The words that decided: hedge or negation, relation, advice cue. */
  cues: string[]
  /**
   * A health fact stated without a verb of effect: contagion ("you can't get shingles from someone
   * with shingles"), a diagnostic reading ("these features indicate acromegaly"), an outcome
   * statistic ("68 (97%) were successfully treated").
   */
  fact?: FactType | undefined
  /**
   * The reading comes from a construction precise enough to decide alone: a `fact`, or the purpose
   * of an imperative ("Eat more fish to prevent heart disease"). Measured on the consumer data, these
   * constructions are claims nearly every time they occur, but too rarely for a model to learn them.
   */
  precise: boolean
}

export type FactType = 'contagion' | 'diagnostic' | 'statistic'

/**
 * Read the relation, its hedge and negation, and advice in one sentence.
 *
 * @param text Plain text of one sentence (markup already stripped).
 */
export function readGrammar(text: string): GrammarReading {
  const tokens = tokenize(withoutNamedAssociations(text))
  const isQuestion = text.trimEnd().endsWith('?')
  const advice = classifyAdvice(tokens, isQuestion)

  let decisive: RelationCue | undefined
  let fallback: RelationCue | undefined
  let provisional: RelationCue | undefined
  if (!isQuestion) {
    const agendaStart = researchAgendaStart(tokens)
    const limit = agendaStart === -1 ? tokens.length : agendaStart
    // "Our separate article on painkillers has more detail": the clause is about the document itself.
    const metaEnd = selfReferenceEnd(tokens)
    const fragment = isVerblessFragment(text, tokens)
    // Inside the clause that gives strong advice, the verbs name the action
    // advised ("start low and gradually increase it"), not an asserted effect.
    const [adviceFrom, adviceTo] = advice.strength === 'strong' ? advisedSpan(tokens, Math.max(0, advice.index)) : [-1, -1]
    for (let index = 0; index < limit; index++) {
      // …except an effect the advised thing is said to have ("is necessary to reduce obesity").
      // …and the outcome it is said to matter for ("is essential for bone health").
      if (index >= adviceFrom && index < adviceTo && !(tokens[index - 1] === 'to' && raisingWords.has(tokens[index - 2] ?? '')) &&
        !(importanceWords.has(tokens[index] ?? '') && (tokens[index + 1] === 'for' || tokens[index + 1] === 'in'))) continue
      if (index < metaEnd) continue
      const cue = relationCueAt(tokens, index)
      if (!cue || unasserted(tokens, index)) continue
      // A heading or label with no verb ("Side effects of painkillers", "Benefits of heat") names a topic;
      // only a relation word that asserts by itself ("Coffee linked to …") makes a verbless headline a claim.
      if (fragment && cue.type !== 'association' && cue.type !== 'causal') continue
      if (cue.type === 'comparison') {
        fallback ??= cue
        continue
      }
      // An effect noun/adjective ("anti-inflammatory properties reduce …") yields
      // to a verb of causation later in its clause.
      if (cue.type === 'effect' && provisional === undefined) {
        provisional = cue
        continue
      }
      if (provisional !== undefined && (cue.type !== 'causal' || clauseStart(tokens, index) !== clauseStart(tokens, provisional.index))) break
      decisive = cue
      break
    }
  }
  decisive ??= provisional ?? fallback
  // "Eat more fish to prevent heart disease": the purpose of an imperative is the effect the advice promises.
  let purpose = false
  if (!decisive && !isQuestion && advice.strength !== 'none') {
    decisive = purposeOfImperative(tokens)
    purpose = decisive !== undefined
  }
  const fact = decisive || isQuestion ? undefined : factIn(tokens)

  let strength: ClaimStrength = 'none'
  let kind: ClaimKind | undefined
  const cues: string[] = []
  if (decisive) {
    cues.push(decisive.words)
    if (decisive.type === 'association' || decisive.type === 'comparison') {
      strength = 'correlational'
    } else {
      const hedge = hedgeFor(tokens, decisive.index)
      if (hedge) cues.unshift(hedge)
      strength = hedge ? 'conditional' : 'direct'
    }
    const negator = indexWithin(tokens, clauseStart(tokens, decisive.index), decisive.index + 1, negators)
    if (negator !== -1) cues.unshift(tokens[negator] ?? '')
    const mechanistic = hasWithin(tokens, clauseStart(tokens, decisive.index), clauseSpan(tokens, decisive.index)[1], mechanismWords)
    // "interacts with opioid receptors" is a mechanism; "interacts with medications" a safety issue.
    if (decisive.type === 'safety' && !(mechanistic && decisive.words.startsWith('interact'))) kind = 'safety'
    else if (mechanistic) kind = 'mechanism'
    else kind = 'effect'
  }
  if (advice.strength !== 'none') {
    for (const cue of advice.cues) if (!cues.includes(cue)) cues.push(cue)
    kind ??= 'advice'
  }

  return {relation: strength !== 'none', strength, advice: advice.strength, kind, cue: decisive?.type, cues, fact, precise: purpose || fact !== undefined}
}

/** Verbs of a purpose that is a health effect ("… to prevent heart disease", "… to ease the pain"). */
const purposeEffects: ReadonlySet<string> = new Set([
  'prevent', 'reduce', 'lower', 'relieve', 'ease', 'improve', 'boost', 'protect', 'treat', 'cure', 'soothe', 'avoid',
  'heal', 'fight', 'strengthen', 'speed', 'lessen', 'minimise', 'minimize', 'control', 'manage', 'help', 'stop', 'clear', 'calm'
])

function purposeOfImperative(tokens: readonly string[]): RelationCue | undefined {
  const imperative = imperativeAdvice(tokens)
  if (!imperative || imperative.cues.length !== 1 || tokens[imperative.index] !== imperative.cues[0]) return undefined
  for (let index = imperative.index + 2; index < tokens.length - 1; index++) {
    if (tokens[index] !== 'to' || tokens[index - 1] === 'how' || tokens[index - 1] === 'want' || tokens[index - 1] === 'need') continue
    const at = skipAdverbsForward(tokens, index + 1)
    const verb = tokens[at] ?? ''
    if (!purposeEffects.has(verb)) continue
    // The purpose names a health outcome ("to prevent heart disease"), not a chore ("to avoid a queue").
    if (healthArgumentWithin(tokens, at + 1, Math.min(clauseSpan(tokens, at)[1], at + 7))) return {type: 'causal', index: at, words: `to ${verb}`}
  }
  return undefined
}

const transmissionVerbs: ReadonlySet<string> = new Set([
  'get', 'gets', 'got', 'getting', 'catch', 'catches', 'caught', 'catching', 'contract', 'contracts', 'contracted',
  'spread', 'spreads', 'spreading', 'pass', 'passes', 'passed', 'passing', 'transmit', 'transmits', 'transmitted', 'transmitting'
])
const transmissionRoutes: ReadonlySet<string> = new Set(['from', 'to', 'through', 'via', 'by'])
/** Who or what an illness is caught from or passed to. */
const transmissionEnds: ReadonlySet<string> = new Set([
  'someone', 'somebody', 'people', 'person', 'others', 'another', 'anyone', 'animals', 'animal', 'pets', 'infected',
  'contact', 'touching', 'kissing', 'sex', 'sexual', 'mother', 'mothers', 'baby', 'babies', 'blood', 'droplets', 'coughs',
  'sneezes', 'mosquito', 'mosquitoes', 'ticks', 'bites', 'children', 'partner', 'partners', 'saliva', 'air', 'close'
])
/** Things one gets from a person that are not an illness. */
const notCaught: ReadonlySet<string> = new Set(['help', 'advice', 'support', 'information', 'tips', 'answers', 'ideas', 'permission', 'money', 'referral', 'letter', 'note', 'results', 'appointment', 'prescription', 'lift', 'idea', 'reassurance'])
const diagnosticVerbs: ReadonlySet<string> = new Set(['indicate', 'indicates', 'signal', 'signals', 'signify', 'signifies'])
const outcomeParticiples: ReadonlySet<string> = new Set([
  'treated', 'cured', 'healed', 'recovered', 'died', 'survived', 'hospitalised', 'hospitalized', 'admitted', 'improved',
  'relapsed', 'infected', 'diagnosed', 'affected', 'resolved', 'discharged'
])
const approximators: ReadonlySet<string> = new Set(['about', 'around', 'nearly', 'almost', 'over', 'only', 'roughly', 'approximately', 'some', 'just'])

/** A health fact the relation lexicon does not read (see `GrammarReading.fact`). */
function factIn(tokens: readonly string[]): FactType | undefined {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] ?? ''
    if (transmissionVerbs.has(token)) {
      const [, clauseEnd] = clauseSpan(tokens, index)
      const route = indexWithin(tokens, index + 1, Math.min(clauseEnd, index + 6), transmissionRoutes)
      if (route === -1) continue
      const end = indexWithin(tokens, route + 1, Math.min(clauseEnd, route + 4), transmissionEnds)
      if (end === -1) continue
      const object = tokens.slice(index + 1, route)
      // What is caught or passed on is an illness or stands for one ("get it from", "pass the virus to"),
      // or the source is someone who has it ("get shingles from someone with shingles"; not "get advice from …").
      const carrier = tokens[end + 1] === 'with' || tokens[end + 1] === 'who' || tokens[end - 1] === 'infected'
      if (object.some((word) => isHealthWord(word) || word === 'it' || word === 'them') || (carrier && !object.some((word) => notCaught.has(word)))) return 'contagion'
    }
    if (diagnosticVerbs.has(token) && tokens[index - 1] !== 'to' && !subjectIsResearch(tokens, index) && !evidenceBefore(tokens, index)) {
      const next = tokens[skipAdverbsForward(tokens, index + 1)] ?? ''
      if (next === 'that' || next === 'whether' || next === 'how' || next === 'the' && tokens[index + 2] === 'need') continue
      if (healthArgumentWithin(tokens, index + 1, clauseSpan(tokens, index)[1])) return 'diagnostic'
    }
  }
  // "68 (97%) were successfully treated", "About 1 in 5 recovered fully".
  let first = 0
  while (approximators.has(tokens[first] ?? '')) first++
  if (isDigit((tokens[first] ?? '').charCodeAt(0))) {
    for (let index = first + 1; index < Math.min(tokens.length, first + 10); index++) {
      const token = tokens[index] ?? ''
      const participle = beForms.has(token) ? tokens[skipAdverbsForward(tokens, index + 1)] ?? '' : token
      if (outcomeParticiples.has(participle) && (beForms.has(token) || token === participle && index > first + 1)) return 'statistic'
    }
  }
  return undefined
}
