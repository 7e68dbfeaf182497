/**
 * Turn an analysis (fresh or cached) into the file's report: judge the document
 * rules (JAMA benchmarks, stale review, readability) against today's date.
 */
import type {ClaimCounts} from 'remark-health-claims'
import type {FileReport, JamaScore, ReportMessage} from '../report-types.js'
import type {ResolvedConfig} from '../config/schema.js'
import {documentRules} from '../rules/index.js'
import {ruleDocsUrl} from '../docs.js'
import {resolveSeverity} from './severity.js'
import type {Analysis} from './analyse.js'
import type {CachedAnalysis} from './cache.js'
import {compareMessages, lazyFileReport, messageOrder} from '../report/raw.js'

export function finalize(path: string, analysis: Analysis | CachedAnalysis, config: ResolvedConfig, now: Date): FileReport {
  const {facts} = analysis
  const messages: ReportMessage[] = []
  const fired = new Set<string>()
  for (const rule of documentRules) {
    const hits = rule.check(facts, {lint: config.lint, now})
    if (hits.length === 0) continue
    fired.add(rule.id)
    const severity = resolveSeverity(rule.id, config.lint.rules, rule.defaultSeverity)
    if (!severity) continue
    for (const hit of hits) {
      messages.push({
        ruleId: rule.id,
        source: 'caveat',
        severity,
        message: hit.message,
        note: hit.note ?? rule.fix,
        url: ruleDocsUrl(rule.id, config.lint.docsUrl),
        line: hit.line,
        column: hit.column ?? 1
      })
    }
  }

  const hasFrontmatter = facts.frontmatter !== undefined
  const jama: JamaScore = {
    score: 0,
    authorship: hasFrontmatter && !fired.has('jama-authorship'),
    attribution: facts.attribution !== undefined && !fired.has('jama-attribution'),
    disclosure: !fired.has('jama-disclosure'),
    currency: hasFrontmatter && !fired.has('jama-currency') && !fired.has('stale-review')
  }
  jama.score = [jama.authorship, jama.attribution, jama.disclosure, jama.currency].filter(Boolean).length

  const readability = {grade: facts.readability.grade, hardest: facts.readability.hardest}
  const counts = countsOf(facts.attribution)
  if (Buffer.isBuffer(analysis.messages)) {
    const cached = analysis as CachedAnalysis
    return lazyFileReport(
      {path, draft: analysis.draft || undefined, frontmatter: facts.frontmatter, jama, readability, counts},
      {messages: cached.messages, index: cached.index, extra: messages, order: messageOrder(cached.index, messages), ledger: cached.ledger, claimCounts: counts}
    )
  }
  const fresh = analysis as Analysis
  return {
    path,
    draft: analysis.draft || undefined,
    messages: [...fresh.messages, ...messages].sort(compareMessages),
    frontmatter: facts.frontmatter,
    ledger: fresh.facts.ledger,
    jama,
    readability,
    counts
  }
}

/** Only the counts (the attribution facts carry the first unsourced claim too). */
function countsOf(facts: ClaimCounts | undefined): ClaimCounts | undefined {
  if (!facts) return undefined
  const {claims, sourced, weak, unsourced, advice} = facts
  return {claims, sourced, weak, unsourced, advice}
}
