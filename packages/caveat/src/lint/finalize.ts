/**
 * Turn an analysis (fresh or cached) into the file's report: judge the document
 * rules (JAMA benchmarks, stale review, readability) against today's date.
 */
import type {FileReport, JamaScore, ReportMessage} from '../report-types.js'
import type {ResolvedConfig} from '../config/schema.js'
import {documentRules} from '../rules/index.js'
import {ruleDocsUrl} from '../docs.js'
import {resolveSeverity} from './severity.js'
import type {Analysis} from './analyse.js'

export function finalize(path: string, analysis: Analysis, config: ResolvedConfig, now: Date): FileReport {
  const {facts} = analysis
  const messages: ReportMessage[] = [...analysis.messages]
  const fired = new Set<string>()
  for (const rule of documentRules) {
    const hits = rule.check(facts, {lint: config.lint, now})
    if (hits.length === 0) continue
    fired.add(rule.id)
    const severity = resolveSeverity(rule.id, config.lint.rules, rule.severity)
    if (!severity) continue
    for (const hit of hits) {
      messages.push({
        ruleId: rule.id,
        source: 'caveat',
        severity,
        message: hit.message,
        note: hit.note ?? rule.note,
        url: ruleDocsUrl(rule.id, config.lint.docsUrl),
        line: hit.line,
        column: hit.column ?? 1
      })
    }
  }
  messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId))

  const hasFrontmatter = facts.frontmatter !== undefined
  const jama: JamaScore = {
    score: 0,
    authorship: hasFrontmatter && !fired.has('jama-authorship'),
    attribution: facts.ledger !== undefined && !fired.has('jama-attribution'),
    disclosure: !fired.has('jama-disclosure'),
    currency: hasFrontmatter && !fired.has('jama-currency') && !fired.has('stale-review')
  }
  jama.score = [jama.authorship, jama.attribution, jama.disclosure, jama.currency].filter(Boolean).length

  return {
    path,
    draft: analysis.draft || undefined,
    messages,
    frontmatter: facts.frontmatter,
    ledger: facts.ledger,
    jama,
    readability: {grade: facts.readability.grade, hardest: facts.readability.hardest}
  }
}
