/**
 * remark-health-claims: find, grade and source-check health claims, report
 * what needs fixing, insert disclaimers. It only ever adds to the tree.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {Claim, CitationScope, Options, RuleId, Severity} from './types.js'
import {classifySentence} from './claims/classify.js'
import {readGrammar} from './claims/grammar.js'
import {familiesOf} from './claims/families.js'
import {tokenize} from './claims/tokenize.js'
import {documentSentences, type Document, type Sentence, type Unit} from './sentences/index.js'
import {CitationIndex, citationStatus} from './citations/index.js'
import {rules} from './rules/index.js'
import {parseOptions} from './options.js'
import type {AnalyzedSentence, Report} from './rules/index.js'
import {insertDisclaimers, readFrontmatter} from './disclaimers/index.js'
import {annotateClaims} from './annotate/index.js'
import {packageDocsUrl} from './package-docs.js'

/** Where each message's `url` points by default: `${docsUrl}${ruleId}.md` (docs/rules/ of the repository in package.json). */
export const defaultDocsUrl = `${packageDocsUrl}docs/rules/`

const messageSource = 'remark-health-claims'
/** Severity of a rule under `options` (defaults from the rule). */
export function ruleSeverity(id: RuleId, options: Options = {}): Severity {
  return options.rules?.[id] ?? rules.find((rule) => rule.id === id)?.defaultSeverity ?? 'off'
}

/**
 * Analyse `tree` and report on `file`: the work of the plugin's transformer,
 * usable on its own (for example on a tree parsed once and reused).
 */
export function analyzeHealthClaims(tree: Root, file: VFile, options: Options = {}): void {
  const scope = options.scope ?? 'sentence'
  const document = documentSentences(tree, String(file))
  // Read once: broken YAML is warned about once. Its `sources` resolve numbered markers ("[1]").
  const frontmatter = readFrontmatter(tree, file, options)
  const citations = new CitationIndex(document, options.sources, scope, frontmatter?.['sources'])

  const reading = readingTexts(document)
  const sentences: AnalyzedSentence[] = document.sentences.map((sentence) => {
    const prose = !sentence.unit.inReferences && !sentence.unit.inFootnote
    const read = prose ? reading.get(sentence) : undefined
    const text = read?.text
    // A list item is supported by what its lead-in cites ("The NHS page [link] advises … if:").
    const bound = read?.leadIn ? [...citations.bind(sentence), ...citations.bind(read.leadIn)] : citations.bind(sentence)
    return {
      ...sentence,
      classification: text === undefined ? {claim: false, confidence: 0, strength: 'none', advice: 'none', cues: []} : classifySentence(text),
      citations: bound,
      status: citationStatus(bound),
      prose
    }
  })

  const claims: Claim[] = []
  const claimOf = new Map<AnalyzedSentence, Claim>()
  for (const sentence of sentences) {
    const {classification} = sentence
    // Advice is a claim about what to do, even when the classifier keeps the two axes apart.
    if (!classification.claim && classification.advice === 'none') continue
    const claim: Claim = {
      id: `claim-${claims.length + 1}`,
      text: sentence.text,
      position: sentence.position,
      confidence: classification.confidence,
      strength: classification.strength,
      advice: classification.advice,
      kind: classification.kind ?? (classification.strength === 'none' && classification.advice !== 'none' ? 'advice' : 'effect'),
      cues: classification.cues,
      citations: sentence.citations,
      status: sentence.status,
      rules: []
    }
    claims.push(claim)
    claimOf.set(sentence, claim)
  }

  // Reports that do not name their sentence (placeholders) are attached by offset.
  const sentenceAt = (offset: number | undefined): AnalyzedSentence | undefined => {
    if (offset === undefined) return undefined
    let low = 0
    let high = sentences.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const sentence = sentences[middle] as AnalyzedSentence
      const start = sentence.position.start.offset ?? 0
      const end = sentence.position.end.offset ?? 0
      if (offset < start) high = middle - 1
      else if (offset >= end) low = middle + 1
      else return sentence
    }
    return undefined
  }

  const docsUrl = options.docsUrl ?? defaultDocsUrl
  for (const rule of rules) {
    const severity = ruleSeverity(rule.id, options)
    if (severity === 'off') continue
    const report = ({place, reason, note, actual, expected, sentence}: Report): void => {
      const message = withoutStack(() => file.message(reason, {place, ruleId: rule.id, source: messageSource}))
      message.url = `${docsUrl}${rule.id}.md`
      message.fatal = severity === 'error'
      message.note = note
      if (actual !== undefined) message.actual = actual
      if (expected !== undefined) message.expected = expected
      const claim = claimOf.get(sentence ?? (sentenceAt(place.start.offset) as AnalyzedSentence))
      if (claim && !claim.rules.includes(rule.id)) claim.rules.push(rule.id)
    }
    rule.check({file, document, sentences, citations, options, report})
  }

  const disclaimers = insertDisclaimers(tree, file, {claims, options, frontmatter})
  if (options.annotate) annotateClaims(tree, claims.filter((claim) => claim.rules.includes('unsourced-claim')))

  file.data.healthClaims = {claims, disclaimers}
}

/**
 * The text to classify for each sentence of prose, as an editor reads it, or
 * nothing for text that makes no claim by its place: headings, table header
 * cells, navigation (a sentence that is all link text), and the lead-in of a
 * list, which is read with each item instead ("You're more likely to get it
 * if you:" + "are over 65").
 */
function readingTexts(document: Document): Map<Sentence, {text: string; leadIn?: Sentence | undefined}> {
  const texts = new Map<Sentence, {text: string; leadIn?: Sentence | undefined}>()
  const leadIns = new Map<Unit, {text: string | undefined; sentence: Sentence}>()
  const byUnit = new Map<Unit, Sentence[]>()
  for (const sentence of document.sentences) {
    const list = byUnit.get(sentence.unit)
    if (list) list.push(sentence)
    else byUnit.set(sentence.unit, [sentence])
  }
  for (const unit of document.units) {
    if (unit.leadIn && !leadIns.has(unit.leadIn)) {
      const last = byUnit.get(unit.leadIn)?.at(-1)
      const text = last?.plain.replace(/:\s*$/, '')
      // Only a lead-in that frames a claim needs its items to complete it ("You're more likely to
      // get it if you:", "Things that raise your risk:"); "It can mean:" or "Symptoms include:"
      // leave each item to stand alone.
      if (last && text !== undefined) leadIns.set(unit.leadIn, {text: framesClaim(text) ? text : undefined, sentence: last})
    }
  }
  for (const [unit, list] of byUnit) {
    if (unit.kind === 'heading' || unit.tableHeader) continue
    for (const [index, sentence] of list.entries()) {
      if (leadIns.get(unit)?.text !== undefined && index === list.length - 1) continue
      if (allLinkText(sentence)) continue
      const text = collapseSpaces(sentence.plain)
      const leadIn = unit.leadIn && index === 0 ? leadIns.get(unit.leadIn) : undefined
      // The lead-in's citations cover its items either way ("The NHS page [link] advises … if:").
      texts.set(sentence, leadIn ? {text: leadIn.text === undefined ? text : `${collapseSpaces(leadIn.text)} ${text}`, leadIn: leadIn.sentence} : {text})
    }
  }
  return texts
}

function collapseSpaces(text: string): string {
  return text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text
}

const claimFamilies: ReadonlySet<string> = new Set(['effect', 'cause', 'prognosis', 'contagion', 'diagnosis', 'efficacy'])

/** A relation the grammar reads, or a word of risk, effect, prognosis, contagion, diagnosis or efficacy. */
function framesClaim(text: string): boolean {
  if (readGrammar(text).relation) return true
  return tokenize(text).some((token) => (familiesOf.get(token) ?? familiesOf.get(token.replace(/s$/, '')) ?? []).some((family) => claimFamilies.has(family)))
}

/** Whether every letter of the sentence is inside a link ("Read more about sciatica"). */
function allLinkText(sentence: Sentence): boolean {
  const {unit, start, end} = sentence
  if (unit.references.length === 0) return false
  for (let index = start; index < end; index++) {
    if (!/[\p{L}\p{N}]/u.test(unit.text.charAt(index))) continue
    if (!unit.references.some((reference) => reference.type === 'link' && reference.start <= index && index < reference.end)) return false
  }
  return true
}

/**
 * A message is an `Error`: V8 captures a stack trace when one is made, which
 * `VFileMessage` then throws away (it sets `stack` to `''`). Capturing it was
 * most of the cost of a message, and articles with repeated boilerplate get dozens.
 */
function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/**
 * Find, grade and source-check the health claims of a markdown document.
 *
 * @param options Configuration (all optional).
 * @returns Transform.
 */
export default function remarkHealthClaims(options: Options | null | undefined = {}) {
  const settings = options ?? {}
  parseOptions(settings)
  return function (tree: Root, file: VFile): void {
    analyzeHealthClaims(tree, file, settings)
  }
}
