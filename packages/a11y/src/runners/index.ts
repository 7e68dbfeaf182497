/**
 * Runs Caveat's browser checks on a page axe and HTML_CodeSniffer have just checked, and
 * grades their findings by WCAG criterion like the rest. A check that throws (a page script
 * fighting the check) costs only its own findings: the page gets a `check-crashed` warning.
 */
import type {Page} from 'puppeteer'
import type {ReportMessage} from '../report.js'
import {isRequired, levelOf, type Standard} from '../wcag.js'
import {browserChecksDocs, checkDocs, probe, probeCall, type CheckContext, type CheckFinding} from './checks.js'
import type {LayoutRun} from './probe.js'
import {keyboardCheck} from './keyboard.js'
import {orientationCheck, reflowCheck, textSpacingCheck} from './layout.js'
import {timed} from '../timing.js'

export interface BrowserChecks {
  keyboard: boolean
  reflow: boolean
  textSpacing: boolean
  orientation: boolean
}

export interface BrowserCheckOptions {
  checks: BrowserChecks
  standard: Standard
  warnings: boolean
  ignore: string[]
  hideElements: string | undefined
  viewport: {width: number; height: number}
}

// Order matters: the read-only check first, the keyboard (which may close a dialog with Escape) last.
const order: Array<[keyof BrowserChecks, (context: CheckContext) => Promise<CheckFinding[]>]> = [
  ['orientation', orientationCheck],
  ['textSpacing', textSpacingCheck],
  ['reflow', reflowCheck],
  ['keyboard', keyboardCheck]
]

export function anyBrowserCheck(checks: BrowserChecks): boolean {
  return order.some(([id]) => checks[id])
}

export function gradeFinding(finding: CheckFinding, options: Pick<BrowserCheckOptions, 'standard' | 'warnings'>): ReportMessage | undefined {
  const level = levelOf(finding.criterion)
  const severity = level && isRequired(level, options.standard) ? 'error' : 'warning'
  if (severity === 'warning' && !options.warnings) return undefined
  return {
    ruleId: finding.ruleId,
    source: finding.source,
    severity,
    message: finding.message,
    note: finding.note,
    url: checkDocs[finding.source] ?? browserChecksDocs,
    selector: finding.selector,
    context: finding.context,
    wcag: level ? {criterion: finding.criterion, level} : undefined,
    screenshot: finding.screenshot
  }
}

export async function runBrowserChecks(page: Page, options: BrowserCheckOptions): Promise<ReportMessage[]> {
  if (!anyBrowserCheck(options.checks)) return []
  const context: CheckContext = {page, viewport: options.viewport, hideElements: options.hideElements ?? null, shots: {count: 0}}
  // Findings inside `hideElements` (third-party embeds) are dropped by every check.
  const {orientation, textSpacing, reflow} = options.checks
  if (orientation || textSpacing || reflow) {
    // The layout checks' in-page work for this page in one call (each check then reports its part).
    try {
      context.layout = await timed('layout (in page)', () =>
        probeCall<LayoutRun>(page, 'layoutRun', {hideElements: context.hideElements, orientation, textSpacing, textSize: reflow})
      )
    } catch (error) {
      if (page.isClosed()) throw error
      const failed = {error: String((error as Error)?.message ?? error)}
      context.layout = {orientation: failed, textSpacing: failed, textSize: failed}
    }
  } else {
    await timed('probe', () => probe(page))
  }
  const ignored = new Set(options.ignore.map((code) => code.toLowerCase()))
  const messages: ReportMessage[] = []
  const seen = new Set<string>()
  for (const [id, check] of order) {
    if (!options.checks[id]) continue
    let findings: CheckFinding[]
    try {
      findings = await timed(id, () => check(context))
    } catch (error) {
      if (page.isClosed()) throw error
      messages.push({
        ruleId: 'check-crashed',
        source: 'caveat',
        severity: 'warning',
        message: `The ${id} check crashed on this page, so its findings are missing: ${String((error as Error)?.message ?? error).split('\n')[0]}`,
        note: `Turn it off for this site with \`a11y.checks.${id}: false\` if the page fights it, and report the page to Caveat.`
      })
      continue
    }
    for (const finding of findings) {
      if (ignored.has(finding.ruleId.toLowerCase())) continue
      const message = gradeFinding(finding, options)
      if (!message) continue
      const key = `${message.ruleId}\0${message.selector ?? ''}`
      if (seen.has(key)) continue
      seen.add(key)
      messages.push(message)
    }
  }
  return messages
}
