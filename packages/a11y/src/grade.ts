/**
 * Turns pa11y's issues into Caveat's messages, graded by WCAG criterion rather
 * than by pa11y's defaults:
 * - axe: a violation of a rule tagged with an A/AA criterion (at WCAG2AA) is an error
 *   whatever axe's impact (pa11y makes "moderate" a warning: meta-viewport, etc.);
 *   best-practice rules and needs-review ("incomplete") results are warnings
 *   (pa11y makes them errors: `bypass` on small pages, `color-contrast` over images);
 *   `frame-tested` is dropped: it says axe was not injected into an iframe, nothing about the page.
 * - htmlcs: errors stay errors, warnings are kept only with `htmlcsWarnings`, notices dropped.
 * Every message carries its criterion and level when it has one.
 */
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import type {Pa11yIssue} from 'pa11y'
import type {ReportMessage} from './report.js'
import {criteriaFromAxeTags, criterionFromHtmlcsCode, htmlcsTechniqueUrl, isRequired, type Standard, type WcagCriterion} from './wcag.js'

interface AxeRuleInfo {
  ruleId: string
  tags: string[]
  helpUrl: string
}

// Use the axe-core pa11y itself loads, so tags match the rules that ran.
const requireFromPa11y = createRequire(createRequire(import.meta.url).resolve('pa11y'))
let axeRules: Map<string, AxeRuleInfo> | undefined
export function axeRule(id: string): AxeRuleInfo | undefined {
  if (!axeRules) {
    const axe = requireFromPa11y('axe-core') as {getRules(): AxeRuleInfo[]}
    axeRules = new Map(axe.getRules().map((rule) => [rule.ruleId, rule]))
  }
  return axeRules.get(id)
}

export function axeVersion(): string {
  return (requireFromPa11y('axe-core/package.json') as {version: string}).version
}

/** Caveat's runners, which pa11y loads by path (compiled; from src/ under vitest, use dist/'s). */
function runnerPath(name: string): string {
  const compiled = fileURLToPath(new URL(`./runners/${name}.cjs`, import.meta.url))
  return existsSync(compiled) ? compiled : fileURLToPath(new URL(`../dist/runners/${name}.cjs`, import.meta.url))
}
export const axeRunnerPath = runnerPath('axe')
export const htmlcsRunnerPath = runnerPath('htmlcs')

/** Axe rules that speak about the tool, not the page. */
const toolingRules = new Set(['frame-tested'])

export interface GradeOptions {
  standard: Standard
  wcagVersion: '2.0' | '2.1' | '2.2'
  warnings: boolean
  htmlcsWarnings: boolean
  /**
   * axe rules whose needs-review results are failures for Caveat: `aria-prohibited-attr` asks for
   * review when the element has text, but the prohibited label is still ignored by assistive technology.
   */
  promoteNeedsReview?: string[] | undefined
}

function strongest(criteria: WcagCriterion[]): WcagCriterion | undefined {
  const rank = {A: 1, AA: 2, AAA: 3}
  return [...criteria].sort((a, b) => rank[a.level] - rank[b.level])[0]
}

export function gradeIssue(issue: Pa11yIssue, options: GradeOptions): ReportMessage | undefined {
  const selector = issue.selector || undefined
  const context = issue.context || undefined
  if (issue.runner === 'axe') {
    if (toolingRules.has(issue.code)) return undefined
    const rule = axeRule(issue.code)
    const extras = issue.runnerExtras as {tags?: string[]; target?: string} | undefined
    const criteria = criteriaFromAxeTags(extras?.tags ?? rule?.tags ?? [])
    const required = criteria.filter((criterion) => isRequired(criterion.level, options.standard))
    const needsReview = issue.runnerExtras?.needsFurtherReview === true && !options.promoteNeedsReview?.includes(issue.code)
    const severity = !needsReview && required.length > 0 ? 'error' : 'warning'
    if (severity === 'warning' && !options.warnings) return undefined
    const wcag = strongest(required) ?? strongest(criteria)
    const help = issue.runnerExtras?.help ?? issue.message
    const kind = needsReview ? 'needs review' : required.length > 0 ? undefined : 'best practice'
    return {
      ruleId: issue.code,
      source: 'axe',
      severity,
      message: kind ? `${help} (${kind})` : help,
      note: issue.runnerExtras?.description,
      url: (issue.runnerExtras?.helpUrl ?? rule?.helpUrl)?.replace(/\?application=axeAPI$/, ''),
      // Elements inside iframes or shadow roots: axe's own target path, joined with ` >>> `.
      selector: selector ?? targetSelector(extras?.target),
      context,
      wcag
    }
  }
  // HTML_CodeSniffer (or a custom runner: graded by its own type).
  if (issue.type === 'notice' || issue.type === 'unknown') return undefined
  if (issue.type === 'warning' && (!options.warnings || (issue.runner === 'htmlcs' && !options.htmlcsWarnings))) return undefined
  const wcag = issue.runner === 'htmlcs' ? criterionFromHtmlcsCode(issue.code) : undefined
  // 4.1.1 Parsing is obsolete in WCAG 2.2 (always satisfied for HTML): only a warning there.
  // H32.2 ("form has no submit button") is not a failure of 3.2.2 by itself (F36 is about a
  // change of context on input): a search form submitted with Enter passes. Needs review.
  const demoted = (options.wcagVersion === '2.2' && wcag?.criterion === '4.1.1') || /\.H32\.2$/.test(issue.code)
  const severity = issue.type === 'error' && !demoted && (!wcag || isRequired(wcag.level, options.standard)) ? 'error' : 'warning'
  return {
    ruleId: issue.code,
    source: issue.runner,
    severity,
    message: issue.message,
    url: htmlcsTechniqueUrl(issue.code),
    selector,
    context,
    wcag
  }
}

function targetSelector(target: string | undefined): string | undefined {
  if (!target) return undefined
  try {
    const parts = (JSON.parse(target) as unknown[]).flat(2).map(String)
    return parts.length ? parts.join(' >>> ') : undefined
  } catch {
    return undefined
  }
}

/** HTML_CodeSniffer's contrast failures (1.4.3, 1.4.6). */
const htmlcsContrast = /\.(G18|G145|G17)\.Fail$/

/**
 * Grade and de-duplicate (the same rule on the same element is reported once).
 * HTML_CodeSniffer's contrast check ignores opacity, clipping (visually-hidden text),
 * overlapping elements and text shadows; axe's handles them. When axe ran too and did
 * not find a contrast failure on the same element, HTML_CodeSniffer's failure is kept
 * as a warning (needs review) rather than an error.
 */
export function gradeIssues(issues: Pa11yIssue[], options: GradeOptions & {runners?: string[]}): ReportMessage[] {
  const axeRan = options.runners?.includes('axe') ?? false
  const axeContrastFailures = new Set(issues.filter((issue) => issue.runner === 'axe' && issue.code === 'color-contrast' && !issue.runnerExtras?.needsFurtherReview).map((issue) => issue.selector))
  return gradeAll(issues, options).map((message) => {
    if (axeRan && message.source === 'htmlcs' && message.severity === 'error' && htmlcsContrast.test(message.ruleId) && !axeContrastFailures.has(message.selector ?? '')) {
      return {...message, severity: 'warning' as const, message: `${message.message} (needs review: axe found no contrast failure on this element)`}
    }
    return message
  })
}

/** Grade and de-duplicate (the same rule on the same element is reported once). */
function gradeAll(issues: Pa11yIssue[], options: GradeOptions): ReportMessage[] {
  const seen = new Set<string>()
  const messages: ReportMessage[] = []
  for (const issue of issues) {
    const message = gradeIssue(issue, options)
    if (!message) continue
    const key = `${message.source}\0${message.ruleId}\0${message.selector ?? ''}\0${message.severity}`
    if (seen.has(key)) continue
    seen.add(key)
    messages.push(message)
  }
  return messages
}
