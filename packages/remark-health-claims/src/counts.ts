/**
 * The one way to count a ledger. Every tool that shows claim numbers (caveat's stylish summary
 * and JSON report, the reviewer's HTML report, the preview build) counts with this, so an
 * editor sees the same numbers everywhere.
 */
import type {Claim, HealthClaimsLedger} from './types.js'

export interface ClaimCounts {
  /** Sentences that assert something to source: the ledger's entries but advice alone. */
  claims: number
  /** Of those: with a strong or neutral citation in scope. */
  sourced: number
  /** Of those: with only weak citations. */
  weak: number
  /** Of those: with no citation. */
  unsourced: number
  /**
   * Entries that tell the reader what to do (“Keep moving”, “Take ibuprofen with food”), claims
   * or not. Advice alone is in the ledger but asserts nothing to source: it is not in `claims`.
   */
  advice: number
}

/**
 * Whether a ledger entry asserts something a reader would ask "source?" for. Advice alone
 * (kind `advice`) is recorded so that the advice disclaimer and `advice-without-caution` can
 * use it, but it is not a claim and is never counted as unsourced.
 */
export function assertsRelationship(claim: Pick<Claim, 'kind'>): boolean {
  return claim.kind !== 'advice'
}

export function countClaims(ledger: Pick<HealthClaimsLedger, 'claims'>): ClaimCounts {
  const counts: ClaimCounts = {claims: 0, sourced: 0, weak: 0, unsourced: 0, advice: 0}
  for (const claim of ledger.claims) {
    if (claim.advice !== 'none' || claim.kind === 'advice') counts.advice++
    if (!assertsRelationship(claim)) continue
    counts.claims++
    counts[claim.status]++
  }
  return counts
}
