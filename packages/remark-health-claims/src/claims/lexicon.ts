/**
 * Lexicons of the general English phenomena the classifier looks for.
 *
 * These are closed classes and verb classes of English (modal hedges, verbs of
 * causation and change, vocabulary of association, deontic modals), not words
 * picked from the evaluation data: claim language in press releases, news and
 * social media uses the same verbs and hedges as abstracts do.
 */

/** Irregular inflections of the verbs below (lemma → other forms). */
const irregular: Record<string, string[]> = {
  cut: ['cuts', 'cutting', 'cut'],
  lead: ['leads', 'leading', 'led'],
  slow: ['slows', 'slowing', 'slowed'],
  drive: ['drives', 'driving', 'drove', 'driven'],
  fight: ['fights', 'fighting', 'fought'],
  shrink: ['shrinks', 'shrinking', 'shrank', 'shrunk'],
  undo: ['undoes', 'undoing', 'undid', 'undone'],
  underlie: ['underlies', 'underlying', 'underlay', 'underlain'],
  give: ['gives', 'giving', 'gave', 'given'],
  make: ['makes', 'making', 'made'],
  keep: ['keeps', 'keeping', 'kept'],
  take: ['takes', 'taking', 'took', 'taken'],
  eat: ['eats', 'eating', 'ate', 'eaten'],
  drink: ['drinks', 'drinking', 'drank', 'drunk'],
  seek: ['seeks', 'seeking', 'sought'],
  speak: ['speaks', 'speaking', 'spoke', 'spoken'],
  begin: ['begins', 'beginning', 'began', 'begun'],
  stop: ['stops', 'stopping', 'stopped'],
  get: ['gets', 'getting', 'got', 'gotten'],
  run: ['runs', 'running', 'ran']
}

const vowels = new Set(['a', 'e', 'i', 'o', 'u'])

/** Regular English inflections of a verb lemma: -s, -ed, -ing (with the usual spelling rules). */
export function inflect(lemma: string): string[] {
  const known = irregular[lemma]
  if (known) return [lemma, ...known]
  const last = lemma.at(-1) ?? ''
  const beforeLast = lemma.at(-2) ?? ''
  let third: string
  let past: string
  let gerund: string
  if (last === 'e') {
    third = lemma + 's'
    past = lemma + 'd'
    gerund = lemma.slice(0, -1) + 'ing'
  } else if (last === 'y' && !vowels.has(beforeLast)) {
    third = lemma.slice(0, -1) + 'ies'
    past = lemma.slice(0, -1) + 'ied'
    gerund = lemma + 'ing'
  } else if (last === 's' || last === 'x' || last === 'h' || last === 'z') {
    third = lemma + 'es'
    past = lemma + 'ed'
    gerund = lemma + 'ing'
  } else {
    third = lemma + 's'
    past = lemma + 'ed'
    gerund = lemma + 'ing'
  }
  return [lemma, third, past, gerund]
}

function verbMap(lemmas: readonly string[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const lemma of lemmas) {
    for (const form of inflect(lemma)) if (!map.has(form)) map.set(form, lemma)
  }
  return map
}

/**
 * Verbs of causation and of change in a quantity or state: used with an
 * exposure as subject and an outcome as object they assert a causal effect.
 */
export const causalVerbs = verbMap([
  // change in quantity
  'reduce', 'decrease', 'lower', 'lessen', 'diminish', 'cut', 'slash', 'halve', 'shrink',
  'increase', 'raise', 'boost', 'elevate', 'double', 'triple', 'quadruple', 'heighten', 'deplete', 'curb',
  'minimize', 'minimise', 'maximize', 'maximise', 'lengthen', 'shorten', 'prolong',
  // change in state
  'improve', 'enhance', 'strengthen', 'worsen', 'impair', 'aggravate', 'exacerbate', 'weaken',
  'alter', 'affect', 'influence', 'impact', 'modify', 'modulate', 'regulate', 'normalize', 'normalise',
  'restore', 'reverse', 'undo', 'repair', 'heal', 'cure', 'treat', 'relieve', 'alleviate', 'ease',
  'soothe', 'calm', 'relax', 'ameliorate', 'attenuate', 'mitigate', 'counteract', 'eliminate',
  'stabilize', 'stabilise', 'accelerate', 'delay', 'slow', 'hasten', 'hinder', 'hamper', 'disrupt',
  'damage', 'harm', 'injure', 'kill', 'destroy', 'fight', 'combat', 'save', 'optimize', 'optimise',
  'detoxify', 'burn', 'extend', 'maintain', 'preserve', 'change', 'loosen', 'numb', 'dull', 'speed',
  'flush', 'keep', 'draw', 'irritate', 'inflame', 'weaken', 'thin',
  // causation proper
  'cause', 'induce', 'trigger', 'provoke', 'produce', 'lead', 'result', 'contribute', 'drive',
  'promote', 'stimulate', 'inhibit', 'suppress', 'block', 'prevent', 'protect', 'predispose',
  'benefit', 'help', 'aid', 'support', 'mediate', 'underlie', 'facilitate', 'enable', 'confer',
  'interfere', 'precipitate', 'fix', 'transform', 'banish', 'make', 'melt', 'pose', 'spread', 'transmit', 'down-regulate', 'up-regulate', 'downregulate', 'upregulate', 'activate', 'deactivate'
])

/** Verbs that only assert causation with a particular particle ("lead to", "result in"). */
export const causalParticles: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['lead', new Set(['to'])],
  ['result', new Set(['in', 'from'])],
  ['contribute', new Set(['to', 'towards', 'toward'])],
  ['interfere', new Set(['with'])],
  ['confer', new Set(['protection', 'benefit', 'benefits', 'resistance', 'immunity', 'risk'])],
  // "poses a risk to", "poses a serious threat".
  ['pose', new Set(['a', 'risk', 'risks', 'threat', 'threats', 'danger', 'dangers', 'hazard', 'hazards', 'no', 'little', 'serious', 'significant'])],
  // "speeds up recovery", "flushes out toxins", "keeps colds away", "draws out inflammation".
  ['speed', new Set(['up'])],
  ['flush', new Set(['out', 'away'])],
  ['keep', new Set(['away', 'off'])],
  ['draw', new Set(['out'])]
])

/** Verbs of causation whose subject is usually the evidence, not an exposure ("findings support …"). */
export const evidenceSubjectVerbs: ReadonlySet<string> = new Set(['support', 'help', 'aid', 'enable', 'facilitate'])

/** Nouns and adjectives that predicate an effect of their subject ("is effective in", "has an impact on"). */
export const effectPredicates: ReadonlySet<string> = new Set([
  'effect', 'effects', 'impact', 'impacts', 'benefit', 'benefits', 'beneficial', 'effective',
  'efficacious', 'ineffective', 'useful', 'helpful', 'protective', 'detrimental', 'harmful',
  'responsible', 'involved', 'good', 'bad', 'great', 'terrible', 'excellent', 'awful', 'role', 'cause', 'causes', 'causal', 'efficient',
  'influence', 'contributor', 'remedy', 'cure', 'cures', 'advantage', 'advantages',
  'relief', 'healing', 'anti-inflammatory', 'antioxidant', 'analgesic'
])

/** Predicates that assert (lack of) harm: safety claims. */
export const safetyPredicates: ReadonlySet<string> = new Set([
  'safe', 'unsafe', 'well-tolerated', 'tolerated', 'tolerable', 'toxic', 'toxicity',
  'dangerous', 'hazardous', 'harmless', 'side-effect', 'side-effects', 'overdose',
  'addictive', 'addiction', 'contraindicated', 'lethal', 'fatal', 'contagious', 'infectious', 'transmissible'
])

/** Words marking a causal claim as being about a mechanism. */
export const mechanismWords: ReadonlySet<string> = new Set([
  'responsible', 'mechanism', 'mechanisms', 'mediate', 'mediates', 'mediated', 'mediating', 'pathway',
  'pathways', 'receptor', 'receptors', 'binds', 'bind', 'binding', 'underlie', 'underlies', 'underlying',
  'activates', 'activate', 'agonist', 'antagonist', 'via', 'attributed', 'interaction', 'interactions'
])

/** Vocabulary of association and correlation (no causal direction asserted). */
export const associationWords: ReadonlySet<string> = new Set([
  'associated', 'association', 'associations', 'associate', 'associates', 'correlated', 'correlate',
  'correlates', 'correlation', 'correlations', 'correlating', 'linked', 'link', 'links', 'linking',
  'related', 'relationship', 'relationships', 'relation', 'relates', 'predict', 'predicts', 'predicted',
  'predicting', 'predictor', 'predictors', 'predictive', 'connected', 'connection', 'tied',
  'dependent', 'depends', 'depend', 'depended', 'indicative', 'suggestive', 'interaction', 'interactions', 'marker', 'markers', 'biomarker', 'biomarkers', 'determinant', 'determinants', 'factor', 'factors'
])

/** Comparative words: with "than"/"compared with" they state a group difference. */
export const comparatives: ReadonlySet<string> = new Set([
  'higher', 'lower', 'greater', 'more', 'less', 'fewer', 'better', 'worse', 'larger', 'smaller', 'different', 'poorer',
  'increased', 'decreased', 'reduced', 'elevated', 'longer', 'shorter', 'superior', 'inferior'
])

/** Markers that close a comparison. */
export const comparisonMarkers: ReadonlySet<string> = new Set(['than', 'compared', 'versus', 'vs', 'relative'])

/** Nouns of risk and likelihood that carry an association ("higher risk of", "more likely to"). */
export const riskNouns: ReadonlySet<string> = new Set(['risk', 'risks', 'odds', 'likely', 'likelihood', 'hazard', 'chance', 'chances', 'probability'])

/** Words of difference between groups. */
export const differenceWords: ReadonlySet<string> = new Set(['difference', 'differences', 'differ', 'differs', 'differed', 'differential'])

/** Modal hedges: they turn a causal claim into a conditional one. */
export const modalHedges: ReadonlySet<string> = new Set([
  'may', 'might', 'could', 'would', 'possibly', 'perhaps', 'potentially', 'probably', 'likely', 'unlikely', 'presumably'
])

/** Verbs of appearance that hedge when followed by an infinitive ("appears to reduce"). */
export const appearanceVerbs: ReadonlySet<string> = new Set(['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed'])

/** Negators (recorded as cues; a negated relationship is still a claim about the relationship). */
export const negators: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nor', 'neither', 'without', "n't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "cannot", "can't", "won't"])

/** Words that open an embedded question or an aim: what follows is not asserted. */
export const openQuestionWords: ReadonlySet<string> = new Set(['whether', 'if'])

/** Verbs of inquiry: "to determine/investigate …" introduces an aim, not a finding. */
export const inquiryVerbs: ReadonlySet<string> = new Set([
  'determine', 'investigate', 'evaluate', 'assess', 'examine', 'explore', 'clarify', 'elucidate',
  'establish', 'confirm', 'test', 'study', 'understand', 'identify', 'validate', 'verify',
  'define', 'characterize', 'characterise', 'quantify', 'measure', 'compare', 'analyse', 'analyze', 'learn'
])

/** Nouns for research itself: "further studies are needed" is a research agenda, not advice or a claim. */
export const researchNouns: ReadonlySet<string> = new Set([
  'study', 'studies', 'research', 'trial', 'trials', 'investigation', 'investigations', 'work', 'data',
  'evidence', 'analysis', 'analyses', 'evaluation', 'evaluations', 'experiments', 'validation', 'exploration',
  'follow-up', 'cohorts', 'researchers', 'research\'s'
])

/** Nouns for findings: as subjects of "support/help" they report evidence, not an effect. */
export const findingNouns: ReadonlySet<string> = new Set([
  'finding', 'findings', 'result', 'results', 'data', 'evidence', 'study', 'studies', 'observation',
  'observations', 'analysis', 'analyses', 'trial', 'review', 'this', 'these', 'we', 'our', 'it', 'they',
  'article', 'guide', 'section', 'post', 'page'
])

/** Determiners and prepositions: a participle right after one is an adjective ("with reduced risk"). */
export const adjectivalContext: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my',
  'with', 'of', 'to', 'in', 'for', 'by', 'from', 'on', 'at', 'and', 'or', 'than', 'as', 'into', 'between',
  'among', 'some', 'any', 'no', 'more', 'less', 'most', 'least', 'very', 'such', 'other', 'both', 'all'
])

/** Needs: "is needed", "are required" — strong advice unless the subject is research. */
export const needWords: ReadonlySet<string> = new Set([
  'needed', 'required', 'necessary', 'essential', 'warranted', 'mandatory', 'indicated', 'imperative', 'crucial', 'vital', 'critical'
])

/** Deontic modals and verbs of recommending: strong advice. */
export const strongAdviceWords: ReadonlySet<string> = new Set([
  'should', 'must', 'ought', 'recommend', 'recommends', 'recommended', 'advise',
  'advised', 'advisable', 'advises', 'urge', 'urged', 'encourage', 'encouraged'
])

/** Words that offer an option rather than direct: weak advice ("can be used", "a useful alternative"). */
export const weakAdviceWords: ReadonlySet<string> = new Set([
  'consider', 'considered', 'alternative', 'alternatives', 'option', 'options', 'useful', 'helpful', 'preferable',
  'feasible', 'acceptable', 'valuable', 'worth', 'worthwhile', 'suitable', 'appropriate', 'promising',
  'tool', 'choice', 'approach', 'strategy', 'adjunct', 'candidate', 'method', 'beneficial', 'solution'
])

/** Verbs of use that make "can/may be …ed" an option offered to the reader ("can be used"). */
export const useVerbs: ReadonlySet<string> = new Set([
  'used', 'applied', 'considered', 'offered', 'recommended', 'performed', 'given', 'administered',
  'prescribed', 'employed', 'utilized', 'utilised', 'adopted', 'implemented', 'included', 'taken',
  'tried', 'combined', 'added', 'preferred', 'chosen', 'suggested', 'integrated', 'introduced', 'incorporated'
])

/** Base-form verbs that open an imperative sentence of health advice ("Start with a low dose"). */
export const imperativeVerbs: ReadonlySet<string> = new Set([
  'start', 'begin', 'take', 'avoid', 'consult', 'talk', 'ask', 'speak', 'seek', 'stop', 'use', 'try',
  'limit', 'keep', 'make', 'check', 'follow', 'monitor', 'drink', 'eat', 'get', 'choose', 'reduce',
  'increase', 'cut', 'add', 'stay', 'exercise', 'rest', 'apply', 'tell', 'see', 'call', 'discuss',
  'remember', 'be', 'do', "don't", 'never', 'always', 'store', 'wash', 'give', 'aim', 'include',
  'replace', 'swap', 'switch', 'combine', 'watch', 'look', 'read', 'buy', 'purchase', 'opt', 'ensure',
  'gradually', 'slowly', 'carefully', 'inform', 'contact', 'visit', 'wait', 'measure', 'skip', 'quit', 'consider'
])

/** Imperatives that only offer (weak advice). */
export const weakImperatives: ReadonlySet<string> = new Set(['consider', 'try', 'opt'])

/** Auxiliaries and copulas (a participle after one is a verb; "can/may be used" patterns). */
export const auxiliaries: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did',
  'will', 'shall', 'can', 'may', 'might', 'could', 'would', 'should', 'must'
])

/** Modals that offer possibility ("can be used", "may be considered"). */
export const possibilityModals: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might'])

/** Second-person and generic-person reader references: advice is addressed to them. */
export const readerWords: ReadonlySet<string> = new Set(['you', 'your', 'yourself', 'one', 'readers', 'users'])

/**
 * General vocabulary of health outcomes and of the groups compared in health
 * research. A weak relation (a difference, a comparison) is only a health claim
 * when one of its arguments is about health: "mortality differed between the
 * groups" is, "its legal status differs between countries" is not.
 */
export const healthArgumentWords: ReadonlySet<string> = new Set([
  // outcomes and measures
  'pain', 'ache', 'aches', 'risk', 'risks', 'mortality', 'death', 'deaths', 'survival', 'disease', 'diseases', 'illness',
  'symptom', 'symptoms', 'outcome', 'outcomes', 'health', 'recovery', 'infection', 'infections', 'cancer', 'injury',
  'injuries', 'function', 'functioning', 'level', 'levels', 'rate', 'rates', 'incidence', 'prevalence', 'response',
  'responses', 'efficacy', 'effectiveness', 'score', 'scores', 'severity', 'complication', 'complications', 'events',
  'admissions', 'quality', 'weight', 'blood', 'pressure', 'sleep', 'mood', 'anxiety', 'depression', 'stress', 'fatigue',
  'inflammation', 'swelling', 'stiffness', 'mobility', 'disability', 'relapse', 'remission', 'concentration',
  'concentrations', 'count', 'counts', 'expression', 'activity', 'dose', 'doses', 'toxicity', 'tolerability',
  'adherence', 'length', 'duration', 'stay', 'cure', 'healing', 'benefit', 'harm', 'harms', 'effect', 'effects',
  'abnormal', 'abnormality', 'abnormalities', 'diagnosed', 'clinical', 'index', 'indices', 'parameters', 'values',
  'markers', 'biomarkers', 'findings', 'characteristics', 'profile', 'profiles', 'physiological', 'metabolic',
  // compared groups and exposures
  'group', 'groups', 'arm', 'arms', 'patients', 'participants', 'controls', 'placebo', 'cohort', 'cohorts', 'subjects',
  'treatment', 'treatments', 'therapy', 'therapies', 'drug', 'drugs', 'medicine', 'medicines', 'medication',
  'medications', 'intervention', 'interventions', 'users', 'smokers', 'survivors', 'cases', 'sexes', 'genders'
])

/** Medical word endings (inflammation, disease, growth, pain): "-itis", "-osis", "-emia", "-oma", "-pathy", "-algia", "-megaly". */
export const healthSuffixes: readonly string[] = ['itis', 'osis', 'emia', 'aemia', 'oma', 'omas', 'pathy', 'algia', 'plasia', 'trophy', 'uria', 'penia', 'megaly']
