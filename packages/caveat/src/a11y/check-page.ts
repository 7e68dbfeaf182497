/**
 * Checking one page in a pooled browser tab: navigate once, then run each pa11y
 * runner separately on the loaded page (pa11y's `page` + `ignoreUrl`), so one
 * runner throwing (HTML_CodeSniffer on `<meta http-equiv="refresh">` without
 * `content`) still leaves the other's findings. The attempt as a whole races a
 * timeout and the tab's crash event; the caller retries it in a fresh tab.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import pa11y, {type Pa11yIssue} from 'pa11y'
import type {Browser, Page} from 'puppeteer'
import type {ReportMessage} from '../report-types.js'
import {axeRunnerPath, gradeIssues, type GradeOptions} from './grade.js'

export interface CheckOptions extends GradeOptions {
  runners: string[]
  /** axe tags to run (WCAG levels + best-practice are added by the runner). */
  axeTags: string[]
  ignore: string[]
  hideElements: string | undefined
  timeout: number
}

export class PageRunError extends Error {
  constructor(
    message: string,
    readonly reason: 'timeout' | 'crash' | 'navigation' | 'runners'
  ) {
    super(message)
    this.name = 'PageRunError'
  }
}

const noop = () => {}
const axeRunner = createRequire(import.meta.url)(axeRunnerPath) as unknown
const silentLog = {debug: noop, error: noop, info: noop}

export interface PageCheck {
  messages: ReportMessage[]
}

async function runRunners(browser: Browser, page: Page, url: string, options: CheckOptions, deadline: number): Promise<PageCheck> {
  const response = await page.goto(url, {waitUntil: 'load', timeout: Math.max(1, deadline - Date.now())})
  if (response && !response.ok()) throw new PageRunError(`HTTP ${response.status()} for ${url}`, 'navigation')
  const issues: Pa11yIssue[] = []
  const crashed: ReportMessage[] = []
  const crashedRunners: string[] = []
  for (const runner of options.runners) {
    try {
      if (runner === 'axe') {
        await page.evaluate((tags: string[]) => void ((globalThis as Record<string, unknown>)['__caveatAxeTags'] = tags), options.axeTags)
        await injectAxeIntoFrames(page)
      }
      const results = await pa11y(url, {
        browser,
        page,
        ignoreUrl: true,
        // Caveat's own axe runner (see runners/axe.cts); HTML_CodeSniffer is pa11y's.
        runners: [runner === 'axe' ? axeRunnerPath : runner],
        standard: options.standard,
        ignore: options.ignore.map((code) => code.toLowerCase()),
        hideElements: options.hideElements ?? null,
        includeWarnings: true,
        includeNotices: false,
        levelCapWhenNeedsReview: 'warning',
        timeout: Math.max(1, deadline - Date.now()),
        log: silentLog
      })
      issues.push(...results.issues.map((issue) => ({...issue, runner})))
    } catch (error) {
      if (page.isClosed()) throw error
      crashedRunners.push(runner)
      crashed.push({
        ruleId: 'runner-crashed',
        source: 'caveat',
        severity: 'warning',
        message: `The ${runner} runner crashed on this page, so its checks are missing: ${firstLine(error)}`,
        note: `The other runner's findings are reported. Run \`caveat a11y --runner ${runner}\` to reproduce.`
      })
    }
  }
  if (crashed.length === options.runners.length) {
    throw new PageRunError(`every runner crashed: ${crashed.map((message) => message.message).join('; ')}`, 'runners')
  }
  const ran = options.runners.filter((runner) => !crashedRunners.includes(runner))
  const messages = [...gradeIssues(issues, {...options, runners: ran}), ...crashed]
  await addSourceLines(page, messages)
  return {messages}
}

let axeSource: string | undefined

/**
 * pa11y injects axe into the top document only, so iframes go unchecked (and axe
 * reports `frame-tested`). Injecting it into every child frame first lets the top
 * axe run test them through its frame messenger; findings come back with
 * `iframe-selector >>> element-selector` targets.
 */
async function injectAxeIntoFrames(page: Page): Promise<void> {
  const frames = page.frames().filter((frame) => frame !== page.mainFrame() && !frame.detached)
  if (frames.length === 0) return
  axeSource ??= readFileSync((axeRunner as {scripts: string[]}).scripts[0]!, 'utf8')
  await Promise.all(frames.map((frame) => frame.evaluate(axeSource!).catch(() => {})))
}

/**
 * Preview builds mark elements with `data-source-line` (the markdown line they came from):
 * point each finding at the nearest marked ancestor's line.
 */
async function addSourceLines(page: Page, messages: ReportMessage[]): Promise<void> {
  const selectors = messages.map((message) => message.selector ?? '')
  if (!selectors.some(Boolean)) return
  const lines = await page.evaluate((list: string[]) => {
    // Runs in the page; typed minimally because this package does not compile against the DOM lib.
    interface Marked {
      closest(selector: string): {getAttribute(name: string): string | null} | null
    }
    const document = (globalThis as unknown as {document: {querySelector(selector: string): Marked | null}}).document
    if (!document.querySelector('[data-source-line]')) return []
    return list.map((selector) => {
      if (!selector) return null
      try {
        const marked = document.querySelector(selector)?.closest('[data-source-line]')
        const line = Number(marked?.getAttribute('data-source-line'))
        return Number.isInteger(line) && line > 0 ? line : null
      } catch {
        return null
      }
    })
  }, selectors)
  lines.forEach((line, index) => {
    if (line) messages[index]!.line = line
  })
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!
}

/** One attempt: resolves with the findings or rejects with a PageRunError (timeout, crash, navigation). */
export function checkPage(browser: Browser, page: Page, url: string, options: CheckOptions): Promise<PageCheck> {
  const deadline = Date.now() + options.timeout
  let timer: NodeJS.Timeout | undefined
  let onCrash: ((error: Error) => void) | undefined
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PageRunError(`timed out after ${options.timeout} ms`, 'timeout')), options.timeout)
    onCrash = (error: Error) => reject(new PageRunError(`the tab crashed (${firstLine(error)})`, 'crash'))
    page.once('error', onCrash)
  })
  const work = runRunners(browser, page, url, options, deadline).catch((error: unknown) => {
    if (error instanceof PageRunError) throw error
    const message = firstLine(error)
    const reason = /timeout|timed out/i.test(message) ? 'timeout' : /crash|Target closed|detached|Session closed/i.test(message) ? 'crash' : 'navigation'
    throw new PageRunError(message, reason)
  })
  return Promise.race([work, guard]).finally(() => {
    clearTimeout(timer)
    if (onCrash) page.off('error', onCrash)
    // The loser of the race must not become an unhandled rejection.
    work.catch(noop)
    guard.catch(noop)
  })
}
