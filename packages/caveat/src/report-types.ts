/**
 * The JSON report: what `caveat lint --format json` and `caveat a11y --format json` write,
 * what `caveat report merge` reads and merges, and what `caveat report` (HTML) renders.
 * Every other reporter (stylish, sarif, github, junit, html) is a view of this.
 */
import type {ClaimCounts, HealthClaimsLedger} from 'remark-health-claims'

export type MessageSeverity = 'error' | 'warning' | 'info'

export interface ReportMessage {
  /** e.g. `unsourced-claim`, `remark-lint:no-undefined-references`, `frontmatter-invalid`, `WCAG2AA.Principle1.Guideline1_1.1_1_1.H37`. */
  ruleId: string
  /** Which checker produced it: `remark-health-claims`, `remark-lint`, `caveat`, `axe`, `htmlcs`. */
  source: string
  severity: MessageSeverity
  /** What is wrong. */
  message: string
  /** What to do about it. */
  note?: string | undefined
  /** Link to the rule's documentation. */
  url?: string | undefined
  line?: number | undefined
  column?: number | undefined
  endLine?: number | undefined
  endColumn?: number | undefined
  /** a11y only: CSS selector and HTML context of the element. */
  selector?: string | undefined
  context?: string | undefined
  /** a11y only: WCAG success criterion (e.g. `1.1.1`) and level. */
  wcag?: {criterion: string; level: 'A' | 'AA' | 'AAA'} | undefined
  /** a11y only: a PNG crop of the failure (a `data:image/png;base64,` URL), when it is visual. */
  screenshot?: string | undefined
}

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
  summary: {files: number; errors: number; warnings: number; infos: number; failed: number}
  /** lint only: how many files were analysed this run and how many were served from the cache. */
  stats?: {analysed: number; cached: number} | undefined
}
