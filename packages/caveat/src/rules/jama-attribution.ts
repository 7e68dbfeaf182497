import type {DocumentRule} from './types.js'

/** JAMA benchmark 2: claims are attributed to sources (from remark-health-claims' ledger). */
export const rule: DocumentRule<'jama-attribution'> = {
  id: 'jama-attribution',
  stage: 'document',
  description: 'Every health claim found by remark-health-claims cites a source',
  why:
    'Attribution is the second JAMA benchmark: references and sources for all content. Each unsourced claim is also reported on its own line by `unsourced-claim`; this rule scores the article as a whole.',
  defaultSeverity: 'warn',
  fix: 'Cite a source for each claim reported by `unsourced-claim` (a link or footnote to a study or guideline)',
  examples: {
    ok: [{title: 'A claim with a footnote to a study', markdown: 'Heat wraps relieve back pain.[^1]\n\n[^1]: Nadler SF. Continuous low-level heat wrap therapy. Spine 2002. https://pubmed.ncbi.nlm.nih.gov/11805650/\n'}],
    notOk: [{title: 'Claims with no source', markdown: 'Kratom relieves back pain and cures anxiety.\n', lines: [1]}]
  },
  check(facts) {
    const attribution = facts.attribution
    const first = attribution?.firstUnsourced
    if (!attribution || !first) return []
    const {unsourced} = attribution
    return [
      {
        message: `Attribution: ${unsourced} health claim${unsourced === 1 ? ' has' : 's have'} no source (first: “${first.text}”)`,
        line: first.line,
        column: first.column
      }
    ]
  }
}
