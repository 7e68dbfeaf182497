import type {DocumentRule} from './types.js'

export function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth()) - (to.getUTCDate() < from.getUTCDate() ? 1 : 0)
}

/**
 * The date a review is next due: `lastReviewed` plus `months`, the 31st landing on the last day
 * of a shorter month. The site shows the same date as “Next review due” (site/lib/filters.js).
 */
export function nextReviewDue(lastReviewed: Date, months: number): Date {
  const target = new Date(Date.UTC(lastReviewed.getUTCFullYear(), lastReviewed.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(lastReviewed.getUTCDate(), lastDay))
  return target
}

/** Medical content must be re-checked regularly. */
export const rule: DocumentRule<'stale-review'> = {
  id: 'stale-review',
  stage: 'document',
  description: 'The article’s next review (`lastReviewed` + `lint.staleReviewMonths`, default 12 months; shown on the page as “Next review due”) has not passed',
  why: 'Guidance, doses and evidence change. An article nobody has checked for a year may give outdated advice.',
  defaultSeverity: 'warn',
  fix: 'Have a clinician review the article again, then update `lastReviewed:`',
  examples: {
    ok: [{title: 'Reviewed three months ago', markdown: '---\ntitle: T\ndescription: D\nlastReviewed: 2025-03-01\n---\n\nText.\n', today: '2025-06-01'}],
    notOk: [{title: 'Reviewed two years ago', markdown: '---\ntitle: T\ndescription: D\nlastReviewed: 2023-03-01\n---\n\nText.\n', lines: [4], today: '2025-06-01'}]
  },
  check(facts, {lint, now}) {
    const value = facts.frontmatter?.['lastReviewed']
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined
    if (!date || Number.isNaN(date.getTime())) return []
    const months = monthsBetween(date, now)
    if (months < lint.staleReviewMonths) return []
    return [
      {
        message: `Next review was due on ${nextReviewDue(date, lint.staleReviewMonths).toISOString().slice(0, 10)}: last reviewed ${date.toISOString().slice(0, 10)} (${months} months ago), and articles are reviewed every ${lint.staleReviewMonths} months`,
        line: facts.keyLines['lastReviewed'] ?? facts.frontmatterLine
      }
    ]
  }
}
