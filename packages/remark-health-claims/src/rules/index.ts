/**
 * The rules, in the order they run and are documented.
 */
import type {Severity} from '../types.js'
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

/** Every rule, registered here and only here: `RuleId` is derived from this list. */
export const rules = [
  unsourcedClaim,
  absoluteClaim,
  anecdotalEvidence,
  weakSource,
  adviceWithoutCaution,
  placeholderText,
  danglingReference,
  repeatedBoilerplate
] as const satisfies readonly Rule<string>[]

/** Rule ids, exactly as reported in `message.ruleId`. */
export type RuleId = (typeof rules)[number]['id']

/** Every rule id, in the order the rules run. */
export const ruleIds: readonly RuleId[] = rules.map((rule) => rule.id)

/** Default severity of every rule. */
export const defaultSeverities: Readonly<Record<RuleId, Exclude<Severity, 'off'>>> = Object.fromEntries(
  rules.map((rule) => [rule.id, rule.defaultSeverity])
) as Record<RuleId, Exclude<Severity, 'off'>>
