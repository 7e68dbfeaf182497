import type {MessageSeverity} from '../report-types.js'
import type {RuleSeverity} from '../config/schema.js'
import {defaultSeverity} from '../rules/index.js'

/**
 * A message's final severity: the config's setting for its rule, else the
 * rule's default in caveat, else what the checker said. `undefined` = off.
 */
export function resolveSeverity(
  ruleId: string,
  configured: Record<string, RuleSeverity>,
  fromChecker: 'error' | 'warn' | 'info'
): MessageSeverity | undefined {
  const level = configured[ruleId] ?? defaultSeverity(ruleId) ?? fromChecker
  if (level === 'off') return undefined
  return level === 'warn' ? 'warning' : level
}
