/**
 * Every rule `caveat lint` reports, registered here and only here: Caveat's own (one file
 * each, in the order they run and are documented), remark-health-claims' (from its own
 * list) and the remark-lint rules caveat runs.
 */
// The rules subpath: the list without the classifier (every command reads the rule ids).
import {ruleIds as claimRuleIdList} from 'remark-health-claims/rules'
import type {DefaultSeverity, DocumentRule, EngineRule, InputRule, Rule, TreeRule} from './types.js'
import {rule as fileUnreadable} from './file-unreadable.js'
import {rule as fileTooLarge} from './file-too-large.js'
import {rule as fileBinary} from './file-binary.js'
import {rule as fileEncoding} from './file-encoding.js'
import {rule as fileEmpty} from './file-empty.js'
import {rule as frontmatterMissing} from './frontmatter-missing.js'
import {rule as frontmatterYaml} from './frontmatter-yaml.js'
import {rule as frontmatterSchema} from './frontmatter-schema.js'
import {rule as descriptiveLinkText} from './descriptive-link-text.js'
import {rule as tableHeader} from './table-header.js'
import {rule as rawHtml} from './raw-html.js'
import {rule as jamaAuthorship} from './jama-authorship.js'
import {rule as jamaAttribution} from './jama-attribution.js'
import {rule as jamaDisclosure} from './jama-disclosure.js'
import {rule as jamaCurrency} from './jama-currency.js'
import {rule as staleReview} from './stale-review.js'
import {rule as readabilityGrade} from './readability-grade.js'
import {rule as analysisFailed} from './analysis-failed.js'

export type {DefaultSeverity, DocumentRule, EngineRule, FileInput, InputRule, Rule, RuleExample, RuleHit, TreeHit, TreeRule} from './types.js'

/** Caveat's own rules (source `caveat`). */
export const caveatRules = [
  fileUnreadable,
  fileTooLarge,
  fileBinary,
  fileEncoding,
  fileEmpty,
  frontmatterMissing,
  frontmatterYaml,
  frontmatterSchema,
  descriptiveLinkText,
  tableHeader,
  rawHtml,
  jamaAuthorship,
  jamaAttribution,
  jamaDisclosure,
  jamaCurrency,
  staleReview,
  readabilityGrade,
  analysisFailed
] as const satisfies readonly Rule[]

/** The id of one of Caveat's own rules. */
export type CaveatRuleId = (typeof caveatRules)[number]['id']

const allRules: readonly Rule[] = caveatRules

/** Judge the file's bytes, in order; the first that fires stops the file. */
export const inputRules: readonly InputRule[] = allRules.filter((rule): rule is InputRule => rule.stage === 'input')
/** Read the parsed tree. */
export const treeRules: readonly TreeRule[] = allRules.filter((rule): rule is TreeRule => rule.stage === 'tree')
/** Judged after the cache, from cached facts (some depend on today's date). */
export const documentRules: readonly DocumentRule[] = allRules.filter((rule): rule is DocumentRule => rule.stage === 'document')
/** Reported by the engine when a check crashes. */
export const engineRules: readonly EngineRule[] = allRules.filter((rule): rule is EngineRule => rule.stage === 'engine')

/** remark-health-claims' rules: its own list. */
export const claimRuleIds: readonly string[] = claimRuleIdList

/**
 * remark-lint rules run by caveat: remark-preset-lint-recommended plus source-level
 * accessibility (heading-increment, no-empty-url, alt-text), with caveat's default severity.
 */
export const remarkLintRules: Record<string, DefaultSeverity> = {
  'final-newline': 'warn',
  'list-item-bullet-indent': 'warn',
  'list-item-indent': 'warn',
  'no-blockquote-without-marker': 'warn',
  'no-literal-urls': 'warn',
  'ordered-list-marker-style': 'warn',
  'hard-break-spaces': 'warn',
  'no-duplicate-definitions': 'warn',
  'no-heading-content-indent': 'warn',
  'no-shortcut-reference-image': 'warn',
  'no-shortcut-reference-link': 'warn',
  'no-undefined-references': 'warn',
  'no-unused-definitions': 'warn',
  'heading-increment': 'error',
  'no-empty-url': 'error',
  'alt-text': 'error'
}

/** What to do, for remark-lint rules whose messages say only what is wrong. */
export const remarkLintNotes: Record<string, string> = {
  'final-newline': 'End the file with a newline',
  'list-item-bullet-indent': 'Remove the spaces before the list bullet',
  'list-item-indent': 'Put one space between the list marker and the text',
  'no-blockquote-without-marker': 'Start every line of the block quote with `>`',
  'no-literal-urls': 'Wrap the URL in a link with descriptive text: [what it is](https://…)',
  'ordered-list-marker-style': 'Use the same marker (`.` or `)`) in every ordered list',
  'hard-break-spaces': 'Use exactly two trailing spaces (or a backslash) for a line break',
  'no-duplicate-definitions': 'Remove or rename the duplicate link definition',
  'no-heading-content-indent': 'Use one space between `#` and the heading text',
  'no-shortcut-reference-image': 'Write the image reference as ![alt][id]',
  'no-shortcut-reference-link': 'Write the link reference as [text][id], or define it',
  'no-undefined-references': 'Define the reference ([id]: https://…) or, if it is a placeholder, replace it with the real source',
  'no-unused-definitions': 'Use the definition or remove it',
  'heading-increment': 'Go down one heading level at a time (## then ###), so screen-reader users can follow the outline',
  'no-empty-url': 'Fill in the link or image URL, or remove the link',
  'alt-text': 'Describe what the image shows in its alt text: ![X-ray of a slipped disc](…); use empty alt only for decoration'
}

const caveatById = new Map<string, Rule>(allRules.map((rule) => [rule.id, rule]))

export function caveatRule(id: string): Rule | undefined {
  return caveatById.get(id)
}

/** The id as written in `lint.rules` and in reports: remark-lint's rules are prefixed `remark-lint:`. */
export function canonicalRuleId(id: string): string {
  if (id.startsWith('remark-lint:')) return id
  if (Object.hasOwn(remarkLintRules, id)) return `remark-lint:${id}`
  return id
}

export function knownRuleIds(): string[] {
  return [...caveatById.keys(), ...claimRuleIds, ...Object.keys(remarkLintRules).map((id) => `remark-lint:${id}`)]
}

export function defaultSeverity(ruleId: string): DefaultSeverity | undefined {
  if (ruleId.startsWith('remark-lint:')) return remarkLintRules[ruleId.slice('remark-lint:'.length)]
  const rule = caveatById.get(ruleId)
  // Rules whose messages each carry a severity: the checker's word stands.
  return rule?.perMessageSeverity ? undefined : rule?.defaultSeverity
}
