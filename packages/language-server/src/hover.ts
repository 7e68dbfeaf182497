/** Hover on a claim: status, strength, confidence, and the citations bound to it. */
import {MarkupKind, type Hover, type Position} from 'vscode-languageserver'
import type {HealthClaimsLedger} from './caveat-api.js'
import {contains, toRange} from './positions.js'

type Claim = HealthClaimsLedger['claims'][number]
type Citation = Claim['citations'][number]

const statusText: Record<Claim['status'], string> = {
  sourced: 'sourced',
  unsourced: 'unsourced — no source is bound to it',
  weak: 'weak source — only weak sources are bound to it'
}

function describeCitation(citation: Citation): string {
  const what = citation.url ?? citation.label ?? citation.identifier ?? citation.doi ?? citation.pmid ?? citation.type
  const ids = [citation.doi ? `DOI ${citation.doi}` : undefined, citation.pmid ? `PMID ${citation.pmid}` : undefined].filter(Boolean).join(', ')
  return `- ${citation.type}: ${what}${ids ? ` (${ids})` : ''} — ${citation.trust} source`
}

export function claimAt(ledger: HealthClaimsLedger | undefined, position: Position): Claim | undefined {
  return ledger?.claims.find((claim) => contains(toRange(claim.position), position))
}

export function hoverText(claim: Claim): string {
  const lines = [
    `**Health claim** (${claim.kind}): ${statusText[claim.status]}`,
    '',
    `- Strength: ${claim.strength}`,
    `- Confidence: ${Math.round(claim.confidence * 100)}%`,
    `- Advice: ${claim.advice}`
  ]
  if (claim.rules.length > 0) lines.push(`- Rules: ${claim.rules.join(', ')}`)
  lines.push('', claim.citations.length > 0 ? `**Citations** (${claim.citations.length}):` : '**Citations**: none', ...claim.citations.map(describeCitation))
  return lines.join('\n')
}

export function hoverAt(ledger: HealthClaimsLedger | undefined, position: Position): Hover | null {
  const claim = claimAt(ledger, position)
  if (!claim) return null
  return {contents: {kind: MarkupKind.Markdown, value: hoverText(claim)}, range: toRange(claim.position)}
}
