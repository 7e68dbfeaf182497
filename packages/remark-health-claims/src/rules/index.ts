/**
 * The rules, in the order they run and are documented.
 */
import type {RuleId, Severity} from '../types.js'
import type {Rule} from './types.js'
import {unsourcedClaim} from './unsourced-claim.js'
import {absoluteClaim} from './absolute-claim.js'
import {anecdotalEvidence} from './anecdotal-evidence.js'
import {weakSource} from './weak-source.js'
import {adviceWithoutCaution} from './advice-without-caution.js'
import {placeholderText} from './placeholder-text.js'
import {danglingReference} from './dangling-reference.js'
import {repeatedBoilerplate} from './repeated-boilerplate.js'

export type {Rule, RuleContext, RuleExample, Report, AnalyzedSentence} from './types.js'

export const rules: readonly Rule[] = [
  unsourcedClaim,
  absoluteClaim,
  anecdotalEvidence,
  weakSource,
  adviceWithoutCaution,
  placeholderText,
  danglingReference,
  repeatedBoilerplate
]

/** Default severity of every rule. */
export const defaultSeverities: Readonly<Record<RuleId, Exclude<Severity, 'off'>>> = Object.fromEntries(
  rules.map((rule) => [rule.id, rule.defaultSeverity])
) as Record<RuleId, Exclude<Severity, 'off'>>
