import type {DocumentRule} from './types.js'

/** JAMA benchmark 2: claims are attributed to sources (from remark-health-claims' ledger). */
export const rule: DocumentRule = {
  id: 'jama-attribution',
  description: 'Every health claim found by remark-health-claims cites a source',
  rationale:
    'Attribution is the second JAMA benchmark: references and sources for all content. Each unsourced claim is also reported on its own line by `unsourced-claim`; this rule scores the article as a whole.',
  severity: 'warn',
  note: 'Cite a source for each claim reported by `unsourced-claim` (a link or footnote to a study or guideline)',
  examples: {
    ok: [{markdown: 'Heat wraps relieve back pain.[^1]\n\n[^1]: Nadler SF. Continuous low-level heat wrap therapy. Spine 2002. https://pubmed.ncbi.nlm.nih.gov/11805650/\n'}],
    notOk: [{markdown: 'Kratom relieves back pain and cures anxiety.\n', lines: [1]}]
  },
  check(facts) {
    // Advice-only sentences (strength 'none') are in the ledger too, but they assert no relationship to source.
    const unsourced =
      facts.ledger?.claims.filter((claim) => claim.strength !== 'none' && claim.status === 'unsourced') ?? []
    if (unsourced.length === 0) return []
    const first = unsourced[0]!
    return [
      {
        message: `Attribution: ${unsourced.length} health claim${unsourced.length === 1 ? ' has' : 's have'} no source (first: “${first.text.slice(0, 80)}”)`,
        line: first.position.start.line,
        column: first.position.start.column
      }
    ]
  }
}
