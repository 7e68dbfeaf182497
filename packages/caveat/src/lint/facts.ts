import type {HealthClaimsLedger} from 'remark-health-claims'
import type {ReadabilityResult} from './readability.js'
import {assertsRelationship, countClaims, type ClaimCounts} from 'remark-health-claims/counts'

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
  /** The full ledger: present on a fresh analysis, kept apart (as JSON) in the cache. */
  ledger?: HealthClaimsLedger | undefined
  /** What the attribution rule needs from the ledger; absent when claims were not analysed. */
  attribution?: AttributionFacts | undefined
  readability: ReadabilityResult
}

export interface AttributionFacts extends ClaimCounts {
  firstUnsourced?: {text: string; line: number; column: number} | undefined
}

export function attributionFacts(ledger: HealthClaimsLedger): AttributionFacts {
  const first = ledger.claims.find((claim) => assertsRelationship(claim) && claim.status === 'unsourced')
  return {
    ...countClaims(ledger),
    firstUnsourced: first ? {text: first.text.slice(0, 80), line: first.position.start.line, column: first.position.start.column} : undefined
  }
}
