import type {DocumentRule} from './types.js'

export function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth()) - (to.getUTCDate() < from.getUTCDate() ? 1 : 0)
}

/** Medical content must be re-checked regularly. */
export const rule: DocumentRule = {
  id: 'stale-review',
  description: '`lastReviewed` is no older than `lint.staleReviewMonths` (default 12 months)',
  rationale: 'Guidance, doses and evidence change. An article nobody has checked for a year may give outdated advice.',
  severity: 'warn',
  note: 'Have a clinician review the article again, then update `lastReviewed:`',
  examples: {
    ok: [{markdown: '---\ntitle: T\ndescription: D\nlastReviewed: 2025-03-01\n---\n\nText.\n', today: '2025-06-01'}],
    notOk: [{markdown: '---\ntitle: T\ndescription: D\nlastReviewed: 2023-03-01\n---\n\nText.\n', lines: [4], today: '2025-06-01'}]
  },
  check(facts, {lint, now}) {
    const value = facts.frontmatter?.['lastReviewed']
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined
    if (!date || Number.isNaN(date.getTime())) return []
    const months = monthsBetween(date, now)
    if (months < lint.staleReviewMonths) return []
    return [
      {
        message: `Last reviewed ${months} months ago (${date.toISOString().slice(0, 10)}); the limit is ${lint.staleReviewMonths}`,
        line: facts.keyLines['lastReviewed'] ?? facts.frontmatterLine
      }
    ]
  }
}
