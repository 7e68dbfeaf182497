import {caveatRules, claimRuleIds, remarkLintRules} from '../rules/index.js'

export function listRules(): string {
  const rows: string[] = []
  for (const rule of caveatRules) rows.push(`${rule.id.padEnd(34)} ${(rule.perMessageSeverity ? 'mixed' : rule.defaultSeverity).padEnd(6)} caveat: ${rule.description}`)
  for (const id of claimRuleIds) rows.push(`${id.padEnd(34)} ${'plugin'.padEnd(6)} remark-health-claims (severity from claims.rules)`)
  for (const [id, severity] of Object.entries(remarkLintRules)) rows.push(`${('remark-lint:' + id).padEnd(34)} ${severity.padEnd(6)} remark-lint`)
  return rows.join('\n') + '\n'
}
