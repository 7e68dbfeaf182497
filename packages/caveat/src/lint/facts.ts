import type {HealthClaimsLedger} from 'remark-health-claims'
import type {ReadabilityResult} from './readability.js'

/**
 * What analysing one file found, in a form that can be cached as JSON. The
 * document rules (JAMA, currency, readability) are judged from these facts,
 * after the cache, so that date-dependent rules never serve stale answers.
 */
export interface DocumentFacts {
  frontmatter?: Record<string, unknown> | undefined
  /** Whether the front matter passed the schema. */
  frontmatterValid: boolean
  /** Line of each front matter key. */
  keyLines: Record<string, number>
  /** Line of the front matter block (1 when absent). */
  frontmatterLine: number
  /** First affiliate or sponsored link, if any. */
  affiliateLink?: {url: string; line: number} | undefined
  /** A paragraph that discloses sponsorship, affiliate links or conflicts of interest. */
  disclosureLine?: number | undefined
  ledger?: HealthClaimsLedger | undefined
  readability: ReadabilityResult
}
