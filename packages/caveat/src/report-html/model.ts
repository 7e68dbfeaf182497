/**
 * The numbers the reviewer's report shows for one article, computed from the
 * JSON report alone, so the HTML and `caveat lint --format json` always agree.
 */
import type {Claim} from 'remark-health-claims'
import {assertsRelationship, countClaims} from 'remark-health-claims/counts'
import type {FileReport, Report, ReportMessage} from '../report-types.js'

/** How a highlighted claim is styled and labelled; a claim has one status and any of the other categories. */
export type HighlightCategory = 'sourced' | 'weak' | 'unsourced' | 'anecdotal' | 'absolute' | 'advice'

export const categoryLabels: Record<HighlightCategory, string> = {
  sourced: 'Sourced',
  weak: 'Weak source',
  unsourced: 'Unsourced',
  anecdotal: 'Anecdote',
  absolute: 'Absolute',
  advice: 'Advice'
}

/** The rule whose finding explains each category (status categories link to it). */
export const categoryRules: Partial<Record<HighlightCategory, string>> = {
  weak: 'weak-source',
  unsourced: 'unsourced-claim',
  anecdotal: 'anecdotal-evidence',
  absolute: 'absolute-claim',
  advice: 'advice-without-caution'
}

export interface ArticleCounts {
  claims: number
  sourced: number
  weak: number
  unsourced: number
  /** `anecdotal-evidence` findings. */
  anecdotes: number
  /** `absolute-claim` findings. */
  absolute: number
  /** Claims that tell the reader what to do. */
  advice: number
  disclaimers: number
  errors: number
  warnings: number
  infos: number
  /** Accessibility findings of the built page, when an a11y report was given. */
  a11yErrors?: number | undefined
  a11yWarnings?: number | undefined
}

export interface ArticleSummary {
  file: FileReport
  /** Page path inside the report folder, e.g. `articles/content-articles-kratom.html`. */
  href: string
  /** Front matter title, else the file name. */
  title: string
  jama?: number | undefined
  grade?: number | undefined
  counts: ArticleCounts
  /** Higher is riskier; see `riskFormula`. */
  risk: number
  /** a11y findings on the page built from this file. */
  a11y: ReportMessage[]
  /** The a11y report's page path(s) for this file. */
  a11yPages: string[]
}

export const riskFormula = '3 × errors + warnings + 2 × (4 − JAMA score) + 3 × accessibility errors'

export function claimCategories(claim: Claim): HighlightCategory[] {
  // Advice alone asserts nothing to source: it is highlighted as advice, never as unsourced
  // (countClaims leaves it out of the claims too).
  const categories: HighlightCategory[] = assertsRelationship(claim) ? [claim.status] : []
  if (claim.rules.includes('anecdotal-evidence')) categories.push('anecdotal')
  if (claim.rules.includes('absolute-claim')) categories.push('absolute')
  if (claim.advice !== 'none' || claim.kind === 'advice') categories.push('advice')
  return categories
}

export function countArticle(file: FileReport, a11y: ReportMessage[] | undefined): ArticleCounts {
  const claims = file.counts ?? countClaims(file.ledger ?? {claims: []})
  const byRule = (id: string) => file.messages.filter((message) => message.ruleId === id).length
  const bySeverity = (severity: ReportMessage['severity'], messages: ReportMessage[]) => messages.filter((message) => message.severity === severity).length
  return {
    claims: claims.claims,
    sourced: claims.sourced,
    weak: claims.weak,
    unsourced: claims.unsourced,
    anecdotes: byRule('anecdotal-evidence'),
    absolute: byRule('absolute-claim'),
    advice: claims.advice,
    disclaimers: file.ledger?.disclaimers.length ?? 0,
    errors: bySeverity('error', file.messages),
    warnings: bySeverity('warning', file.messages),
    infos: bySeverity('info', file.messages),
    a11yErrors: a11y ? bySeverity('error', a11y) : undefined,
    a11yWarnings: a11y ? bySeverity('warning', a11y) : undefined
  }
}

export function riskOf(counts: ArticleCounts, jama: number | undefined): number {
  return 3 * counts.errors + counts.warnings + 2 * (4 - (jama ?? 0)) + 3 * (counts.a11yErrors ?? 0)
}

function normalise(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '')
}

/** A file name that is safe in a URL and unique within the report. */
export function pageSlug(file: string, taken: Set<string>): string {
  const base =
    normalise(file)
      .replace(/\.[^./]+$/, '')
      .replace(/^(\.\.\/)+/, '')
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'article'
  let slug = base
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
  taken.add(slug)
  return slug
}

function titleOf(file: FileReport): string {
  const title = file.frontmatter?.['title']
  if (typeof title === 'string' && title.trim()) return title.trim()
  return normalise(file.path).split('/').pop() ?? file.path
}

/** Summaries of every article, riskiest first (then by path). */
export function summarise(report: Report, a11y?: Report): ArticleSummary[] {
  const a11yBySource = new Map<string, FileReport[]>()
  for (const page of a11y?.files ?? []) {
    if (!page.sourcePath) continue
    const key = normalise(page.sourcePath)
    a11yBySource.set(key, [...(a11yBySource.get(key) ?? []), page])
  }
  const taken = new Set<string>()
  const summaries = report.files.map((file): ArticleSummary => {
    const pages = a11y ? (a11yBySource.get(normalise(file.path)) ?? []) : undefined
    const a11yMessages = pages?.flatMap((page) => page.messages)
    const counts = countArticle(file, a11yMessages)
    return {
      file,
      href: `articles/${pageSlug(file.path, taken)}.html`,
      title: titleOf(file),
      jama: file.jama?.score,
      grade: file.readability?.grade,
      counts,
      risk: riskOf(counts, file.jama?.score),
      a11y: a11yMessages ?? [],
      a11yPages: pages?.map((page) => page.path) ?? []
    }
  })
  return summaries.sort((a, b) => b.risk - a.risk || a.file.path.localeCompare(b.file.path))
}

/** a11y pages that no linted article maps to (site pages, or pages without a known source). */
export function unmatchedA11yPages(report: Report, a11y: Report | undefined): FileReport[] {
  if (!a11y) return []
  const linted = new Set(report.files.map((file) => normalise(file.path)))
  return a11y.files.filter((page) => !page.sourcePath || !linted.has(normalise(page.sourcePath)))
}
