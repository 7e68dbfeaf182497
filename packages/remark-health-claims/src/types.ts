/**
 * Public types of remark-health-claims.
 *
 * This file is the contract between the plugin and everything that reads its
 * output (the `caveat` linter, the Eleventy plugin, the reviewer report).
 * Change it deliberately.
 */
import type {Position} from 'unist'

/** How strongly a sentence asserts a relationship between an exposure and an outcome. */
export type ClaimStrength = 'none' | 'correlational' | 'conditional' | 'direct'

/** Whether (and how strongly) a sentence tells the reader what to do. */
export type AdviceStrength = 'none' | 'weak' | 'strong'

/** What a claim is about: a benefit/effect, a mechanism, a safety statement, or advice. */
export type ClaimKind = 'effect' | 'mechanism' | 'safety' | 'advice'

/** Result of `classifySentence(text)`. */
export interface SentenceClassification {
  /**
   * True when the sentence is a health claim: it asserts something a careful
   * health editor would ask "source?" for (an effect, a cause or risk,
   * efficacy or safety, a diagnostic or prognostic fact, a health statistic;
   * hedged and negated forms count). Advice alone is reported in `advice`.
   */
  claim: boolean
  /**
   * Probability, in [0, 1], that the sentence is a health claim. `claim` is `confidence >= 0.65`, or
   * `>= 0.5` when the grammar reads a relation, or `>= 0.3` when it reads a verb of causation or a
   * safety predicate; questions are not claims.
   */
  confidence: number
  /** How strongly the claim is asserted; `'none'` when `claim` is false. */
  strength: ClaimStrength
  advice: AdviceStrength
  /** Best guess of what the claim is about; `undefined` when not a claim. */
  kind?: ClaimKind | undefined
  /** The words that decided the classification (verbs, hedges, advice cues), for explanations. */
  cues: string[]
}

/** Rule ids, exactly as reported in `message.ruleId`: derived from the list of rules. */
export type {RuleId} from './rules/index.js'
import type {RuleId} from './rules/index.js'

export type Severity = 'error' | 'warn' | 'off'

/** Where a citation must sit to support a claim. */
export type CitationScope = 'sentence' | 'paragraph' | 'section' | 'document'

/** How much a source can be trusted, by host. */
export type SourceTrust = 'strong' | 'neutral' | 'weak'

export interface Citation {
  /**
   * `link` (inline/reference/autolink URL), `footnote` (`[^id]`), `key` (citation key like `[@smith2020]`,
   * or a DOI / PMID written in prose), `reference` (a numbered marker such as `[1]`, `^1` or `<sup>1</sup>`
   * resolved to an entry of a References / Sources list or of the front matter `sources`, or such an entry
   * itself), `author-year` (“(Smith and Jones, 2019)”, “Cardall et al. (2004)”).
   */
  type: 'link' | 'footnote' | 'key' | 'reference' | 'author-year'
  /** Resolved URL when known (footnote definitions and reference entries are searched for their first URL). */
  url?: string | undefined
  /** Footnote identifier, citation key, number of the reference entry (`'3'`) or the author–year citation as written. */
  identifier?: string | undefined
  /** How a marker or author–year citation is written in the text (`[1, 3]`, `^2`, `Smith and Jones, 2019`). */
  label?: string | undefined
  /** Normalised DOI (`10.xxxx/…`) when the URL or text holds one. */
  doi?: string | undefined
  /** PubMed id when the URL or text holds one. */
  pmid?: string | undefined
  host?: string | undefined
  trust: SourceTrust
  position?: Position | undefined
}

/** `sourced`: a strong or neutral citation in scope; `weak`: only weak citations; `unsourced`: none. */
export type ClaimStatus = 'sourced' | 'weak' | 'unsourced'

export interface Claim {
  /** Stable id within the file: `claim-1`, `claim-2`, … in document order. */
  id: string
  text: string
  position: Position
  /** Probability, in [0, 1], that the sentence is a health claim (see `SentenceClassification.confidence`). */
  confidence: number
  strength: ClaimStrength
  advice: AdviceStrength
  kind: ClaimKind
  cues: string[]
  citations: Citation[]
  status: ClaimStatus
  /** Rule ids reported on this sentence (any rule). */
  rules: RuleId[]
}

export interface DisclaimerRecord {
  id: string
  title: string
  position: DisclaimerPosition
  /** Why it was inserted: `always`, `advice`, `match:<word>`… */
  reason: string
}

export interface HealthClaimsLedger {
  claims: Claim[]
  disclaimers: DisclaimerRecord[]
}

export type DisclaimerPosition = 'start' | 'end' | 'before-first-match'

export interface TopicDisclaimer {
  id: string
  /** Words (matched case-insensitively on word boundaries) or a RegExp tested against the document's text. */
  match: string | string[] | RegExp
  title: string
  /** Markdown (never raw HTML: HTML in it is shown as text). */
  text: string
  position?: DisclaimerPosition | undefined
}

export interface SourcePolicy {
  /** Hosts (and `*.suffix` wildcards) considered strong sources; merged with the defaults unless `replaceDefaults`. */
  trusted?: string[] | undefined
  /** Hosts considered weak (shops, affiliates, social media). */
  untrusted?: string[] | undefined
  replaceDefaults?: boolean | undefined
}

/** Built-in disclaimers switched on or off one by one (`claims.disclaimers.supplement: true`). */
export interface BuiltinDisclaimerSwitches {
  medical?: boolean | undefined
  advice?: boolean | undefined
  supplement?: boolean | undefined
}

export interface Options {
  /** Where citations count for a claim. Default `'sentence'`. */
  scope?: CitationScope | undefined
  /**
   * Confidence, in [0, 1], from which `unsourced-claim` reports a claim. Default `0` (every
   * sentence classified as a claim); raise it (e.g. `0.7`) for fewer, surer findings.
   */
  minConfidence?: number | undefined
  /** Severity per rule; unspecified rules keep their defaults. */
  rules?: Partial<Record<RuleId, Severity>> | undefined
  sources?: SourcePolicy | undefined
  /**
   * Built-in disclaimers: a list of the ids to enable, `{medical?, advice?, supplement?}` (each
   * `true`/`false`; unset ones keep their default), or `false` for none. Default: `medical` and
   * `advice`; `supplement` (the US dietary-supplement statement) only where `locale` (or the
   * page's `lang`) is a US locale.
   */
  disclaimers?: Array<'medical' | 'advice' | 'supplement'> | BuiltinDisclaimerSwitches | false | undefined
  /**
   * Locale of the publication (`en-GB`, `en-US`); a page's front matter `lang` overrides it.
   * Decides the default of locale-specific disclaimers (`supplement`: US locales only).
   */
  locale?: string | undefined
  /** Extra topic disclaimers. */
  topics?: TopicDisclaimer[] | undefined
  /**
   * Front matter of the document, when the caller parsed it (e.g. Eleventy's page data).
   * `disclaimers: false` turns all disclaimers off; `disclaimers: ['advice']` turns those ids off.
   * When not given, the plugin reads `file.data.matter` / `file.data.frontmatter` if present, then a yaml node.
   */
  frontmatter?: Record<string, unknown> | undefined
  /** Wrap unsourced claims in `<mark class="claim-unsourced" data-rule="unsourced-claim">` (preview builds). */
  annotate?: boolean | undefined
  /** Base URL of the rules' documentation; each message's `url` is `${docsUrl}${ruleId}.md`. */
  docsUrl?: string | undefined
}

// Typed ledger: `file.data.healthClaims` after the plugin ran.
declare module 'vfile' {
  interface DataMap {
    healthClaims: HealthClaimsLedger
  }
}
