/**
 * The report a run returns: the shape of Caveat's JSON report (`kind: 'a11y'`), which
 * `caveat a11y` prints in every format and `caveat report merge` joins. The message type is
 * the one every Caveat report uses (lint's too: caveat-health imports it from here).
 */

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

/** One checked page. */
export interface PageReport {
  /** The page's path in the site, `/` separators (`articles/heat-or-ice/index.html`); for a checked URL, the URL. */
  path: string
  /** The source markdown file the page was built from, when known. */
  sourcePath?: string | undefined
  /** The page could not be checked (timeout, crash…): `messages` says why. A failed page is never a pass. */
  failed?: boolean | undefined
  messages: ReportMessage[]
}

export interface ReportSummary {
  files: number
  errors: number
  warnings: number
  infos: number
  failed: number
}

export interface A11yReport {
  tool: 'caveat'
  version: string
  kind: 'a11y'
  /** Present on a shard's report: `{index, total}` (1-based index). */
  shard?: {index: number; total: number} | undefined
  files: PageReport[]
  summary: ReportSummary
}

/** Pages, messages by severity and pages that failed to run. */
export function summarise(files: readonly PageReport[]): ReportSummary {
  const summary = {files: files.length, errors: 0, warnings: 0, infos: 0, failed: 0}
  for (const file of files) {
    if (file.failed) summary.failed++
    for (const {severity} of file.messages) {
      if (severity === 'error') summary.errors++
      else if (severity === 'warning') summary.warnings++
      else summary.infos++
    }
  }
  return summary
}
