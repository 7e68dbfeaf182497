/**
 * The JSON report: what `caveat lint --format json` and `caveat a11y --format json` write,
 * what `caveat report merge` reads and merges, and what `caveat report` (HTML) renders.
 * Every other reporter (stylish, sarif, github, junit, html) is a view of this.
 */
import type {ReportMessage, ReportSummary} from 'caveat-a11y'
import type {ClaimCounts, HealthClaimsLedger} from 'remark-health-claims'

// The message every report carries, lint's and a11y's alike: defined by the a11y engine, whose
// reports caveat prints unchanged.
export type {MessageSeverity, ReportMessage} from 'caveat-a11y'

export interface JamaScore {
  /** 0–4 */
  score: number
  authorship: boolean
  attribution: boolean
  disclosure: boolean
  currency: boolean
}

export interface FileReport {
  /** Path relative to the working directory, with `/` separators (for a11y: the page's path in the site, e.g. `articles/heat-or-ice/index.html`). */
  path: string
  /** a11y: the source markdown file the page was built from, when known. */
  sourcePath?: string | undefined
  draft?: boolean | undefined
  /** The file could not be analysed (unreadable, binary, page failed to run…): `messages` says why. */
  failed?: boolean | undefined
  messages: ReportMessage[]
  frontmatter?: Record<string, unknown> | undefined
  ledger?: HealthClaimsLedger | undefined
  jama?: JamaScore | undefined
  readability?: {grade: number; hardest: Array<{line: number; grade: number; text: string}>} | undefined
  /**
   * lint: the ledger counted by remark-health-claims' `countClaims` (claims, sourced, weak,
   * unsourced, advice): the numbers stylish, the HTML report and the preview show too.
   */
  counts?: ClaimCounts | undefined
}

export interface Report {
  tool: 'caveat'
  version: string
  kind: 'lint' | 'a11y'
  /** Present on a shard's report: `{index, total}` (1-based index). */
  shard?: {index: number; total: number} | undefined
  files: FileReport[]
  summary: ReportSummary
  /** lint only: how many files were analysed this run and how many were served from the cache. */
  stats?: {analysed: number; cached: number} | undefined
}
