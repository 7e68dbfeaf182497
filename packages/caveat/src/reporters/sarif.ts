/**
 * SARIF 2.1.0 (GitHub code scanning, Azure DevOps…), built with node-sarif-builder: the one
 * SARIF writer, for lint and a11y reports alike. Each result's region is the message's own
 * line, column, end line and end column (the JSON report's), so code scanning underlines
 * exactly what the report names.
 */
import {SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder} from 'node-sarif-builder'
import {rules as claimRules} from 'remark-health-claims/rules'
import type {Reporter} from './types.js'
import type {MessageSeverity} from '../report-types.js'
import {caveatRule} from '../rules/index.js'
import {a11yDetails, locate} from './location.js'
import {tool} from './tool.js'

const levels: Record<MessageSeverity, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}

/** A relative URI reference: each path segment percent-encoded (spaces, `%`, `#`…). */
function toUri(file: string): string {
  return file.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/')
}

function describeRule(ruleId: string, firstMessage: string): string {
  return caveatRule(ruleId)?.description ?? claimRules.find((rule) => rule.id === ruleId)?.description ?? firstMessage.slice(0, 200)
}

export const sarif: Reporter = (report, options) => {
  const run = new SarifRunBuilder().initSimple({toolDriverName: tool.name, toolDriverVersion: report.version, url: tool.url})
  const rules = new Map<string, {description: string; url?: string | undefined}>()
  for (const file of report.files) {
    for (const message of file.messages) {
      if (!rules.has(message.ruleId)) rules.set(message.ruleId, {description: describeRule(message.ruleId, message.message), url: message.url})
    }
  }
  for (const [ruleId, rule] of [...rules].sort(([a], [b]) => a.localeCompare(b))) {
    run.addRule(new SarifRuleBuilder().initSimple({ruleId, shortDescriptionText: rule.description, ...(rule.url ? {helpUri: rule.url} : {})}))
  }
  for (const file of report.files) {
    for (const message of file.messages) {
      const where = locate(file, message, options, report.kind)
      const details = report.kind === 'a11y' ? a11yDetails(file, message) : []
      const result = new SarifResultBuilder().initSimple({
        level: levels[message.severity],
        messageText: [message.message, message.note, ...details].filter(Boolean).join('. '),
        ruleId: message.ruleId,
        fileUri: toUri(where.path)
      })
      if (where.line !== undefined && where.line >= 1) {
        result.setLocationRegion({
          startLine: where.line,
          startColumn: Math.max(1, where.column ?? 1),
          ...(where.endLine !== undefined && where.endLine >= 1 ? {endLine: where.endLine} : {}),
          ...(where.endColumn !== undefined && where.endColumn >= 1 ? {endColumn: where.endColumn} : {})
        })
      }
      run.addResult(result)
    }
  }
  const builder = new SarifBuilder()
  builder.addRun(run)
  return builder.buildSarifJsonString({indent: true}) + '\n'
}
