/** SARIF 2.1.0 (GitHub code scanning, Azure DevOps…), built with node-sarif-builder. */
import {SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder} from 'node-sarif-builder'
import type {Reporter} from './types.js'
import type {MessageSeverity} from '../report-types.js'
import {caveatRule} from '../rules/index.js'
import {repositoryUrl} from '../docs.js'

const levels: Record<MessageSeverity, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}

/** A relative URI reference: each path segment percent-encoded (spaces, `%`, `#`…). */
function toUri(file: string): string {
  return file.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/')
}

export const sarif: Reporter = (report) => {
  const run = new SarifRunBuilder().initSimple({
    toolDriverName: 'caveat',
    toolDriverVersion: report.version,
    url: repositoryUrl
  })
  const rules = new Map<string, {description: string; url?: string | undefined}>()
  for (const file of report.files) {
    for (const message of file.messages) {
      if (!rules.has(message.ruleId)) {
        rules.set(message.ruleId, {description: caveatRule(message.ruleId)?.description ?? message.ruleId, url: message.url})
      }
    }
  }
  for (const [ruleId, rule] of [...rules].sort(([a], [b]) => a.localeCompare(b))) {
    run.addRule(
      new SarifRuleBuilder().initSimple({ruleId, shortDescriptionText: rule.description, ...(rule.url ? {helpUri: rule.url} : {})})
    )
  }
  for (const file of report.files) {
    for (const message of file.messages) {
      const result = new SarifResultBuilder().initSimple({
        level: levels[message.severity],
        messageText: [message.message, message.note].filter(Boolean).join('. '),
        ruleId: message.ruleId,
        fileUri: toUri(file.path)
      })
      if (message.line !== undefined && message.line >= 1) {
        result.setLocationRegion({
          startLine: message.line,
          startColumn: Math.max(1, message.column ?? 1),
          ...(message.endLine !== undefined && message.endLine >= 1 ? {endLine: message.endLine} : {}),
          ...(message.endColumn !== undefined && message.endColumn >= 1 ? {endColumn: message.endColumn} : {})
        })
      }
      run.addResult(result)
    }
  }
  const builder = new SarifBuilder()
  builder.addRun(run)
  return builder.buildSarifJsonString({indent: true}) + '\n'
}
