/**
 * A whole run, as an API (what `caveat a11y` calls): discover pages, pick the ones to check
 * (shard, `--changed-since`, cache), check the rest in one shared Chromium with a
 * pool of tabs, and return the JSON report. No process exits or printing here: progress
 * goes to `onPage`, notes come back in the result.
 */
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import type {Browser, Page} from 'puppeteer'
import {glob} from 'tinyglobby'
import {findBrowser, launchBrowser} from './browser.js'
import {checkPage, PageRunError, runnerAssets, type CheckOptions} from './check-page.js'
import {parseA11yConfig, type A11yConfig, type A11yConfigInput} from './config.js'
import {manifest} from './docs.js'
import {A11yUsageError} from './errors.js'
import {axeVersion} from './grade.js'
import {summarise, type A11yReport, type PageReport, type ReportMessage} from './report.js'
import {PageCache, pageKey} from './site/cache.js'
import {discoverPages, pageMatchesSource, slugOf, sourceFromHtml, type SitePage} from './site/pages.js'
import {serveDirectory, type StaticServer} from './site/server.js'
import {axeTagsFor} from './wcag.js'

/** This package's version: in every report and every cache key. */
export const version = manifest.version
const pa11yVersion = (createRequire(import.meta.url)('pa11y/package.json') as {version: string}).version

export interface Shard {
  index: number
  total: number
}

export interface A11yRunOptions {
  /** The built site folder (relative to `cwd`): served on 127.0.0.1, pages from its sitemap.xml, else every .html file. */
  dir?: string | undefined
  /**
   * Or: pages to check where they are served (a dev server, a deployed site), in this order.
   * No cache and no `changedSince` (there is no file to hash or map); `shard` applies.
   */
  urls?: readonly string[] | undefined
  /** Working directory: `dir`, the cache, `contentDir` and git are relative to it (default: `process.cwd()`). */
  cwd?: string | undefined
  /** Options (the `a11y` section of `caveat.config.*`), validated with `a11yConfigSchema`; defaults for what is left out. */
  config?: A11yConfigInput | A11yConfig | undefined
  /** Tabs checked at once (default: config, else CPU cores). */
  concurrency?: number | undefined
  /** Use and fill the cache (default true). */
  cache?: boolean | undefined
  /** Only pages built from content files changed since this git ref. */
  changedSince?: string | undefined
  shard?: Shard | undefined
  env?: NodeJS.ProcessEnv | undefined
  /** Called after each page: for progress output. */
  onPage?: ((page: PageReport, state: 'checked' | 'cached' | 'failed', done: number, total: number) => void) | undefined
}

export interface A11yRunResult {
  report: A11yReport
  stats: {pages: number; checked: number; cached: number; failed: number; skipped: number; seconds: number; pagesPerSecond: number}
  /** Notes for the user (e.g. why every page was selected). */
  notes: string[]
}

/** `i/n` → {index, total}; 1-based. */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value)
  const index = Number(match?.[1])
  const total = Number(match?.[2])
  if (!match || total < 1 || index < 1 || index > total) throw new A11yUsageError(`--shard must look like i/n with 1 ≤ i ≤ n (e.g. 2/4), got "${value}".`)
  return {index, total}
}

function changedFiles(cwd: string, ref: string): string[] {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
    } catch (error) {
      const stderr = String((error as {stderr?: string}).stderr ?? (error as Error).message).trim()
      throw new A11yUsageError(`--changed-since ${ref}: git ${args.join(' ')} failed: ${stderr}`)
    }
  }
  const tracked = git(['diff', '--name-only', '--relative', ref, '--'])
  const untracked = git(['ls-files', '--others', '--exclude-standard'])
  return [...new Set([...tracked.split('\n'), ...untracked.split('\n')].filter(Boolean))]
}

function settingsKey(config: A11yConfig): string {
  return JSON.stringify({
    standard: config.standard,
    wcagVersion: config.wcagVersion,
    runners: config.runners,
    ignore: [...config.ignore].map((code) => code.toLowerCase()).sort(),
    hideElements: config.hideElements ?? null,
    warnings: config.warnings,
    htmlcsWarnings: config.htmlcsWarnings,
    viewport: config.viewport,
    checks: config.checks,
    caveat: version,
    pa11y: pa11yVersion,
    axe: axeVersion()
  })
}

interface PendingPage {
  page: SitePage
  html: string
  key: string
  sourcePath: string | undefined
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)))
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

async function openTab(browser: Browser, config: A11yConfig, spare: Page[] = []): Promise<Page> {
  // Tabs in the default context: incognito contexts per page make pa11y-ci close other pages' targets (pa11y-ci#354).
  // The about:blank tab the browser starts with is used first: one target fewer to create.
  const tab = spare.pop() ?? (await browser.newPage())
  await tab.setViewport(config.viewport)
  tab.on('dialog', (dialog) => {
    // An alert() or beforeunload prompt would block the tab forever.
    void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()).catch(() => {})
  })
  return tab
}

/** `urls` → the pages a URL run checks: no file, no source, no cache key. */
function urlEntries(urls: readonly string[]): PendingPage[] {
  return urls.map((url) => {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      throw new A11yUsageError(`${url}: not a URL. Pass absolute http(s) URLs, or a folder.`)
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new A11yUsageError(`${url}: only http and https URLs can be checked.`)
    return {page: {path: url, file: '', urlPath: parsed.href}, html: '', key: '', sourcePath: undefined}
  })
}

/** Check a built site (`dir`) or a list of `urls`, and return the report. */
export async function runA11yCheck(options: A11yRunOptions): Promise<A11yRunResult> {
  const started = performance.now()
  const cwd = options.cwd ?? process.cwd()
  const config = parseA11yConfig(options.config)
  const env = options.env ?? process.env
  if (options.urls) {
    if (options.dir !== undefined) throw new A11yUsageError('Pass a site folder or a list of URLs, not both.')
    if (options.changedSince) throw new A11yUsageError('--changed-since maps content files to pages of a site folder; it does not apply to URLs.')
    if (options.urls.length === 0) throw new A11yUsageError('No URLs to check.')
    let entries = urlEntries(options.urls)
    if (options.shard) entries = entries.filter((_, index) => index % options.shard!.total === options.shard!.index - 1)
    return checkEntries(entries, {...options, cache: false}, config, env, started, [], 0, undefined)
  }
  if (options.dir === undefined) throw new A11yUsageError('Pass the folder of the built site (`dir`) or a list of URLs (`urls`).')
  const siteRoot = path.resolve(cwd, options.dir)
  if (!existsSync(siteRoot)) throw new A11yUsageError(`${options.dir}: no such folder. Build the site first (\`npm run build:site\`) or pass the folder to check: \`caveat a11y <dir>\`.`)
  const notes: string[] = []
  const discovered = await discoverPages(siteRoot)
  let pages = discovered.pages
  if (pages.length === 0) throw new A11yUsageError(`${options.dir}: no .html pages found to check.`)
  if (options.shard) pages = pages.filter((_, index) => index % options.shard!.total === options.shard!.index - 1)

  // Read every selected page once: its HTML feeds the cache key, the source mapping and --changed-since.
  const contentDir = config.contentDir
  const contentFiles = existsSync(path.resolve(cwd, contentDir)) ? await glob(`${contentDir}/**/*.md`, {cwd}) : []
  const bySlug = new Map<string, string[]>()
  for (const file of contentFiles) bySlug.set(slugOf(file), [...(bySlug.get(slugOf(file)) ?? []), file])
  const settings = settingsKey(config)
  let entries: PendingPage[] = await Promise.all(
    pages.map(async (page) => {
      const html = await readFile(page.file, 'utf8')
      const declared = sourceFromHtml(html)
      const slug = page.path.endsWith('/index.html') ? path.posix.basename(path.posix.dirname(page.path)) : path.posix.basename(page.path, '.html')
      const conventional = bySlug.get(slug)
      const sourcePath = declared ?? (conventional?.length === 1 ? conventional[0] : undefined)
      return {page, html, key: await pageKey(siteRoot, page.path, html, settings), sourcePath}
    })
  )

  let skipped = 0
  if (options.changedSince) {
    const changed = changedFiles(cwd, options.changedSince)
    const prefix = `${contentDir.replace(/\/+$/, '')}/`
    const content = changed.filter((file) => file.startsWith(prefix))
    const global = changed.filter((file) => file.startsWith('site/') || /^caveat\.config\.[cm]?js$/.test(file))
    if (global.length > 0) {
      notes.push(`--changed-since ${options.changedSince}: site templates or config changed (${global.slice(0, 3).join(', ')}${global.length > 3 ? ', …' : ''}): checking every page.`)
    } else {
      const before = entries.length
      entries = entries.filter((entry) => content.some((file) => pageMatchesSource(entry.page, entry.sourcePath, file)))
      skipped = before - entries.length
      notes.push(`--changed-since ${options.changedSince}: ${content.length} content file(s) changed → ${entries.length} page(s).`)
    }
  }

  return checkEntries(entries, options, config, env, started, notes, skipped, siteRoot)
}

/** Check the selected pages (those not in the cache) in one browser; `siteRoot` is served, else pages are checked at their URLs. */
async function checkEntries(
  entries: PendingPage[],
  options: A11yRunOptions,
  config: A11yConfig,
  env: NodeJS.ProcessEnv,
  started: number,
  notes: string[],
  skipped: number,
  siteRoot: string | undefined
): Promise<A11yRunResult> {
  const useCache = options.cache !== false
  const cache = new PageCache(path.resolve(options.cwd ?? process.cwd(), config.cacheDir))
  const results = new Map<string, PageReport>()
  const toCheck: PendingPage[] = []
  let done = 0
  for (const entry of entries) {
    const cached = useCache ? await cache.get(entry.key) : undefined
    if (cached) {
      const report: PageReport = {path: entry.page.path, sourcePath: entry.sourcePath, messages: cached}
      results.set(entry.page.path, report)
      options.onPage?.(report, 'cached', ++done, entries.length)
    } else {
      toCheck.push(entry)
    }
  }

  let failed = 0
  if (toCheck.length > 0) {
    // Only now do we need a browser: a fully cached run works without one.
    const location = findBrowser({env, configured: config.executablePath})
    const server: StaticServer | undefined = siteRoot === undefined ? undefined : await serveDirectory(siteRoot, {assets: runnerAssets})
    let browser: Browser | undefined
    try {
      browser = await launchBrowser(location.executablePath, env)
      const checkOptions: CheckOptions = {
        standard: config.standard,
        wcagVersion: config.wcagVersion,
        runners: config.runners,
        axeTags: axeTagsFor(config.standard, config.wcagVersion),
        ignore: config.ignore,
        hideElements: config.hideElements,
        timeout: config.timeout,
        viewport: config.viewport,
        checks: config.checks,
        warnings: config.warnings,
        htmlcsWarnings: config.htmlcsWarnings
      }
      const concurrency = Math.max(1, Math.min(options.concurrency ?? config.concurrency ?? os.availableParallelism(), toCheck.length))
      const queue = [...toCheck]
      const spare = (await browser.pages()).filter((tab) => tab.url() === 'about:blank').slice(0, 1)
      const worker = async () => {
        let tab = await openTab(browser!, config, spare)
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          const url = server ? new URL(entry.page.urlPath, server.origin).href : entry.page.urlPath
          let report: PageReport | undefined
          const reasons: string[] = []
          for (let attempt = 0; attempt <= config.retries && !report; attempt++) {
            try {
              // A retry gets twice the time: on a loaded CI machine a slow page is more likely than a hung one.
              const {messages} = await checkPage(browser!, tab, url, attempt === 0 ? checkOptions : {...checkOptions, timeout: checkOptions.timeout * 2})
              report = {path: entry.page.path, sourcePath: entry.sourcePath, messages}
              // Written even under --no-cache: a forced run refreshes the cache. A read-only disk only costs the next run time.
              if (entry.key) await cache.set(entry.key, messages).catch(() => {})
            } catch (error) {
              const reason = error instanceof PageRunError ? `${error.reason}: ${error.message}` : String(error)
              reasons.push(`attempt ${attempt + 1}: ${reason}`)
              // A hung or crashed tab is not reusable: close it (bounded: a frozen renderer may not answer) and open a fresh one.
              await withTimeout(tab.close().catch(() => {}), 5000)
              tab = await openTab(browser!, config)
            }
          }
          if (report) {
            results.set(entry.page.path, report)
            options.onPage?.(report, 'checked', ++done, entries.length)
          } else {
            failed++
            const failure: ReportMessage = {
              ruleId: 'page-failed-to-run',
              source: 'caveat',
              severity: 'error',
              message: `The page could not be checked (${reasons.length} attempt${reasons.length === 1 ? '' : 's'}): ${reasons.join('; ')}`,
              note: 'A page that cannot be checked is not a pass. Open it in a browser: does it hang (an endless script, a resource that never finishes) or crash the tab? Raise `a11y.timeout` if it is only slow.'
            }
            const report: PageReport = {path: entry.page.path, sourcePath: entry.sourcePath, failed: true, messages: [failure]}
            results.set(entry.page.path, report)
            options.onPage?.(report, 'failed', ++done, entries.length)
          }
        }
        await withTimeout(tab.close().catch(() => {}), 5000)
      }
      await Promise.all(Array.from({length: concurrency}, worker))
    } finally {
      if (browser) await withTimeout(browser.close().catch(() => {}), 10_000).then(() => browser!.process()?.kill('SIGKILL'))
      await server?.close()
    }
  }

  const files = entries.map((entry) => results.get(entry.page.path)!).filter(Boolean)
  const seconds = (performance.now() - started) / 1000
  const report: A11yReport = {tool: 'caveat', version, kind: 'a11y', shard: options.shard, files, summary: summarise(files)}
  return {
    report,
    stats: {
      pages: entries.length,
      checked: toCheck.length - failed,
      cached: entries.length - toCheck.length,
      failed,
      skipped,
      seconds,
      pagesPerSecond: seconds > 0 ? entries.length / seconds : 0
    },
    notes
  }
}
