import {SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder} from 'node-sarif-builder'
import type {Report} from '../../report-types.js'
import {locationOf} from './shared.js'
import {a11yDocsUrl} from '../../docs.js'

/** SARIF 2.1.0 (GitHub code scanning): one rule per code, results on the source file and line when known. */
export function formatSarif(report: Report, options: {siteDir: string}): string {
  const run = new SarifRunBuilder().initSimple({toolDriverName: 'caveat-a11y', toolDriverVersion: report.version, url: a11yDocsUrl})
  const rules = new Set<string>()
  for (const file of report.files) {
    for (const message of file.messages) {
      if (!rules.has(message.ruleId)) {
        rules.add(message.ruleId)
        const rule = new SarifRuleBuilder().initSimple({ruleId: message.ruleId, shortDescriptionText: message.message.slice(0, 200), ...(message.url ? {helpUri: message.url} : {})})
        run.addRule(rule)
      }
      const location = locationOf(file, message, options.siteDir)
      const text = [message.message, message.selector ? `Element: ${message.selector}` : '', `Page: ${file.path}`, message.wcag ? `WCAG ${message.wcag.criterion} (${message.wcag.level})` : ''].filter(Boolean).join('. ')
      const result = new SarifResultBuilder().initSimple({
        level: message.severity === 'error' ? 'error' : message.severity === 'warning' ? 'warning' : 'note',
        messageText: text,
        ruleId: message.ruleId,
        fileUri: location.file,
        ...(location.line ? {startLine: location.line} : {})
      })
      run.addResult(result)
    }
  }
  const builder = new SarifBuilder()
  builder.addRun(run)
  return builder.buildSarifJsonString({indent: true}) + '\n'
}
