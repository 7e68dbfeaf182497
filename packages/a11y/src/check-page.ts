/**
 * Checking one page in a pooled browser tab: navigate once, then run each pa11y
 * runner separately on the loaded page (pa11y's `page` + `ignoreUrl`), so one
 * runner throwing (HTML_CodeSniffer on `<meta http-equiv="refresh">` without
 * `content`) still leaves the other's findings. The attempt as a whole races a
 * timeout and the tab's crash event; the caller retries it in a fresh tab.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import pa11y, {type Pa11yIssue, type Pa11yOptions} from 'pa11y'
import type {Browser, Page} from 'puppeteer'
import type {ReportMessage} from './report.js'
import type {A11yConfig} from './config.js'
import {axeRunnerPath, gradeIssues, htmlcsRunnerPath, type GradeOptions} from './grade.js'
import {prepareTab} from './runners/checks.js'
import {runBrowserChecks} from './runners/index.js'
import {timed} from './timing.js'

export interface CheckOptions extends GradeOptions {
  runners: string[]
  /** axe tags to run (WCAG levels + best-practice are added by the runner). */
  axeTags: string[]
  ignore: string[]
  hideElements: string | undefined
  timeout: number
  viewport?: {width: number; height: number} | undefined
  /** Caveat's checks beyond the two runners (`a11y.checks`); all on when absent. */
  checks?: A11yConfig['checks'] | undefined
}

const allChecks: A11yConfig['checks'] = {keyboard: true, reflow: true, textSpacing: true, orientation: true, labelInName: true, ariaProhibited: true}

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
const silentLog = {debug: noop, error: noop, info: noop}

interface RunnerModule {
  library: {file: string; global: string}
}
const requireRunner = createRequire(import.meta.url)
const runnerPaths: Record<string, string> = {axe: axeRunnerPath, htmlcs: htmlcsRunnerPath}
const libraries: Record<string, RunnerModule['library']> = Object.fromEntries(Object.entries(runnerPaths).map(([name, file]) => [name, (requireRunner(file) as RunnerModule).library]))
const sources = new Map<string, string>()
const sourceOf = (runner: string) => {
  if (!sources.has(runner)) sources.set(runner, readFileSync(libraries[runner]!.file, 'utf8'))
  return sources.get(runner)!
}

/** Where the static server serves each runner's library (see `runnerAssets`). */
const libraryPath = (runner: string) => `/.caveat-a11y/${runner}.js`

/** The runners' libraries, for `serveDirectory(dir, {assets})`. */
export const runnerAssets: Record<string, string> = Object.fromEntries(Object.entries(libraries).map(([runner, library]) => [libraryPath(runner), library.file]))

export interface PageCheck {
  messages: ReportMessage[]
}

const runnerName = (runner: string) => Object.keys(runnerPaths).find((name) => runnerPaths[name] === runner) ?? runner

function pa11yOptions(browser: Browser, page: Page, runners: string[], options: CheckOptions, deadline: number): Pa11yOptions {
  return {
    browser,
    page,
    ignoreUrl: true,
    // Caveat's axe runner (runners/axe.cts) and pa11y's HTML_CodeSniffer runner (runners/htmlcs.cts), libraries preloaded.
    runners: runners.map((runner) => runnerPaths[runner] ?? runner),
    standard: options.standard,
    ignore: options.ignore.map((code) => code.toLowerCase()),
    hideElements: options.hideElements ?? null,
    includeWarnings: true,
    includeNotices: false,
    levelCapWhenNeedsReview: 'warning',
    // pa11y sets the viewport on every call: give it ours, not its default.
    ...(options.viewport ? {viewport: options.viewport} : {}),
    timeout: Math.max(1, deadline - Date.now()),
    log: silentLog
  }
}

async function load(page: Page, url: string, runners: string[], options: CheckOptions, deadline: number): Promise<void> {
  // The keyboard check's record of click handlers must be in place before the page's scripts run.
  if ((options.checks ?? allChecks).keyboard) await prepareTab(page)
  const response = await timed('navigation', () => page.goto(url, {waitUntil: 'load', timeout: Math.max(1, deadline - Date.now())}))
  if (response && !response.ok()) throw new PageRunError(`HTTP ${response.status()} for ${url}`, 'navigation')
  await timed('libraries', () => loadLibraries(page, url, runners))
  if (runners.includes('axe')) {
    const checks = options.checks ?? allChecks
    // label-content-name-mismatch (2.5.3) ships disabled in axe (experimental); aria-prohibited-attr runs with the WCAG tags.
    const rules = {'label-content-name-mismatch': checks.labelInName, 'aria-prohibited-attr': checks.ariaProhibited}
    await page.evaluate(
      (tags: string[], rules: Record<string, boolean>) => {
        const w = globalThis as Record<string, unknown>
        w['__caveatAxeTags'] = tags
        w['__caveatAxeRules'] = rules
      },
      options.axeTags,
      rules
    )
    await injectAxeIntoFrames(page)
  }
}

/**
 * Load the runners' libraries (axe-core, HTML_CodeSniffer) into the page as `<script src>`
 * from Caveat's server, each element removed again once it has run, so the DOM under test is
 * the page's own. Served with a long cache lifetime, they are compiled once per run and
 * then come from V8's code cache: ~3x cheaper per page than evaluating the source, which
 * is what pa11y does. Where a script cannot load that way (a Content-Security-Policy, an
 * AMD loader on the page that would capture them), the source is evaluated, as pa11y would.
 */
async function loadLibraries(page: Page, url: string, runners: string[]): Promise<void> {
  const wanted = runners.filter((runner) => libraries[runner])
  const urls = wanted.map((runner) => new URL(libraryPath(runner), url).href)
  const globals = wanted.map((runner) => libraries[runner]!.global)
  const missing = await page.evaluate(
    async (urls: string[], globals: string[]) => {
      // Runs in the page; typed minimally because this package does not compile against the DOM lib.
      interface ScriptElement {
        src: string
        onload: (() => void) | null
        onerror: (() => void) | null
        remove(): void
      }
      const w = globalThis as unknown as Record<string, unknown> & {
        define?: ((...args: unknown[]) => unknown) & {amd?: unknown}
        document: {createElement(name: 'script'): ScriptElement; head: {append(node: ScriptElement): void} | null; documentElement: {append(node: ScriptElement): void}}
      }
      if (!(typeof w.define === 'function' && w.define.amd)) {
        await Promise.all(
          urls.map(
            (src) =>
              new Promise<void>((resolve) => {
                const script = w.document.createElement('script')
                script.src = src
                script.onload = script.onerror = () => {
                  script.remove()
                  resolve()
                }
                ;(w.document.head ?? w.document.documentElement).append(script)
              })
          )
        )
      }
      return globals.map((name, index) => (w[name] === undefined ? index : -1)).filter((index) => index >= 0)
    },
    urls,
    globals
  )
  for (const index of missing) await page.evaluate(sourceOf(wanted[index]!))
}

async function runRunners(browser: Browser, page: Page, url: string, options: CheckOptions, deadline: number): Promise<PageCheck> {
  await load(page, url, options.runners, options, deadline)
  const issues: Pa11yIssue[] = []
  const crashed: ReportMessage[] = []
  const crashedRunners: string[] = []
  try {
    // Every runner in one pa11y call: pa11y injects its client and the runners' scripts,
    // sets the viewport and runs them in a single evaluation — once per page, not once per runner.
    const results = await timed('axe+htmlcs', () => pa11y(url, pa11yOptions(browser, page, options.runners, options, deadline)))
    issues.push(...results.issues.map((issue) => ({...issue, runner: runnerName(issue.runner)})))
  } catch (error) {
    if (page.isClosed()) throw error
    // One runner threw (HTML_CodeSniffer on `<meta http-equiv="refresh">` without `content`), which
    // rejects the whole call: run each runner alone so the other's findings are not lost.
    for (const runner of options.runners) {
      // A fresh load: the other runner may still be running in the page the failed call left behind.
      await load(page, url, [runner], options, deadline)
      try {
        const results = await pa11y(url, pa11yOptions(browser, page, [runner], options, deadline))
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
  }
  if (crashed.length === options.runners.length) {
    throw new PageRunError(`every runner crashed: ${crashed.map((message) => message.message).join('; ')}`, 'runners')
  }
  const ran = options.runners.filter((runner) => !crashedRunners.includes(runner))
  const checks = options.checks ?? allChecks
  const messages = [...gradeIssues(issues, {...options, runners: ran, promoteNeedsReview: checks.ariaProhibited ? ['aria-prohibited-attr'] : []}), ...crashed]
  messages.push(
    ...(await runBrowserChecks(page, {
      checks,
      standard: options.standard,
      warnings: options.warnings,
      ignore: options.ignore,
      hideElements: options.hideElements,
      viewport: options.viewport ?? page.viewport() ?? {width: 1280, height: 1024}
    }))
  )
  await timed('source lines', () => addSourceLines(page, messages))
  return {messages}
}

/**
 * pa11y injects axe into the top document only, so iframes go unchecked (and axe
 * reports `frame-tested`). Injecting it into every child frame first lets the top
 * axe run test them through its frame messenger; findings come back with
 * `iframe-selector >>> element-selector` targets.
 */
async function injectAxeIntoFrames(page: Page): Promise<void> {
  const frames = page.frames().filter((frame) => frame !== page.mainFrame() && !frame.detached)
  if (frames.length === 0) return
  const axeSource = sourceOf('axe')
  await Promise.all(frames.map((frame) => frame.evaluate(axeSource).catch(() => {})))
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
    // Puppeteer's navigation timeout runs on the same deadline as the guard and may fire a
    // millisecond first: report a timeout the same way whichever timer won.
    throw new PageRunError(reason === 'timeout' ? `timed out after ${options.timeout} ms` : message, reason)
  })
  return Promise.race([work, guard]).finally(() => {
    clearTimeout(timer)
    if (onCrash) page.off('error', onCrash)
    // The loser of the race must not become an unhandled rejection.
    work.catch(noop)
    guard.catch(noop)
  })
}
