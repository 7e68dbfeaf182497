/**
 * How the lint engine runs each stage of rules: input rules on the bytes, tree rules as one
 * unified plugin reporting through `file.message` (with ruleId, source, note and url), and the
 * engine's own `analysis-failed`.
 */
import type {HtmlPolicyOptions} from 'caveat-html-policy'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {ReportMessage} from '../report-types.js'
import type {LintSettings} from '../config/schema.js'
import {ruleDocsUrl} from '../docs.js'
import {engineRules, inputRules, treeRules} from './index.js'
import type {FileInput, RuleHit} from './types.js'

/** The first problem that stops a file from being parsed, as a report message; `undefined` when it can be parsed. */
export function checkInput(input: FileInput, lint: LintSettings): ReportMessage | undefined {
  for (const rule of inputRules) {
    const hit = rule.check(input, lint)
    if (hit) return errorMessage(rule, hit, lint.docsUrl)
  }
  return undefined
}

/** A finding that stops a file (unreadable input, a crashed analysis) as a report message. */
function errorMessage(rule: {id: string; fix: string}, hit: RuleHit, docsUrl: string | undefined): ReportMessage {
  return {
    ruleId: rule.id,
    source: 'caveat',
    severity: 'error',
    message: hit.message,
    note: hit.note ?? rule.fix,
    url: ruleDocsUrl(rule.id, docsUrl),
    line: hit.line,
    column: hit.column ?? 1
  }
}

/** unified plugin: every tree rule, each message on the file with its rule id, source `caveat`, what to do and its docs. */
export function treeRulesPlugin(options: {html: HtmlPolicyOptions; docsUrl?: string | undefined}) {
  let loaded: Promise<unknown> | undefined
  return async function (tree: Root, file: VFile): Promise<void> {
    loaded ??= Promise.all(treeRules.map((rule) => rule.load?.()))
    await loaded
    for (const rule of treeRules) {
      rule.check(tree, {
        file,
        html: options.html,
        report(hit) {
          const message = file.message(hit.message, {place: hit.place, ruleId: rule.id, source: 'caveat'})
          const severity = hit.severity ?? rule.defaultSeverity
          message.fatal = severity === 'error' ? true : severity === 'warn' ? false : undefined
          message.note = hit.note ?? rule.fix
          message.url = ruleDocsUrl(rule.id, options.docsUrl)
        }
      })
    }
  }
}

/** The message for a file whose analysis crashed. */
export function analysisFailure(error: Error, options: {debug: boolean; docsUrl?: string | undefined}): ReportMessage {
  const rule = engineRules[0]!
  return errorMessage(rule, rule.check(error, {debug: options.debug}), options.docsUrl)
}
