/**
 * remark-health-claims — find, grade and source-check health claims in
 * markdown, report what needs fixing and insert accessible disclaimers.
 */
export {default, analyzeHealthClaims, defaultDocsUrl, ruleSeverity} from './plugin.js'
export {classifySentence} from './claims/classify.js'
export {claimModelDigest} from './claims/model.js'
export {splitSentences, documentSentences, collectUnits} from './sentences/index.js'
export type {Sentence, Document, Unit, UnitKind, UnitReference, TextRange} from './sentences/index.js'
export {
  CitationIndex,
  citationFromUrl,
  citationStatus,
  collectCitations,
  collectReferences,
  defaultSourcePolicy,
  findAuthorYear,
  findDoi,
  findPmid,
  hostMatches,
  isAffiliate,
  sourceTrust
} from './citations/index.js'
export type {AuthorYear, LocatedCitation, ReferenceEntry, ReferenceList, TrustResult, UnresolvedMarker} from './citations/index.js'
export {rules, ruleIds, defaultSeverities} from './rules/index.js'
export {countClaims, assertsRelationship} from './counts.js'
export type {ClaimCounts} from './counts.js'
export {optionsSchema, publicationOptionsSchema, parseOptions, OptionsError} from './options.js'
export type {PublicationOptions, ParseOptionsSettings} from './options.js'
export {annotateClaims, claimMarkNodeType, isClaimMark} from './annotate/index.js'
export type {AnnotateOptions, HealthClaimMark} from './annotate/index.js'
export {ruleDocumentation} from './rules/docs.js'
export type {Rule, RuleContext, RuleExample, Report, AnalyzedSentence} from './rules/index.js'
export type * from './types.js'
export {insertDisclaimers, builtinDisclaimers, readFrontmatter} from './disclaimers/index.js'
export type {DisclaimerContext, DisclaimerDefinition, HealthDisclaimer} from './disclaimers/index.js'
