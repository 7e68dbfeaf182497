/**
 * The engine (`runA11yCheck`) against a real Chromium (/usr/bin/chromium or CHROME_PATH) on
 * fixture sites with known defects. Each run launches the browser, so runs are shared
 * between assertions where the behaviour allows. The `caveat a11y` command over it (exit
 * codes, formats, flags) is tested in caveat-health (packages/caveat/test/a11y.test.ts).
 */
import {execFile} from 'node:child_process'
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {A11yUsageError} from '../src/errors.js'
import {BrowserNotFoundError} from '../src/browser.js'
import {parseShard, runA11yCheck, type A11yRunOptions} from '../src/run.js'
import type {A11yReport as Report} from '../src/report.js'

const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url))

/** A run with the cache off unless asked for: the report. */
async function check(dir: string | undefined, options: Partial<A11yRunOptions> = {}) {
  return runA11yCheck({dir, cwd: work, cache: false, ...options})
}

let work: string
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'caveat-a11y-'))
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

function find(report: Report, page: string, ruleId: string) {
  return report.files.find((file) => file.path === page)?.messages.filter((message) => message.ruleId === ruleId) ?? []
}

describe('a site with known defects', () => {
  let report: Report
  beforeAll(async () => {
    report = (await check(path.join(fixtures, 'defects'))).report
  })

  it('returns a report of kind a11y with errors, every page checked', () => {
    expect(report).toMatchObject({tool: 'caveat', kind: 'a11y'})
    expect(report.summary.errors).toBe(13)
    expect(report.summary.files).toBe(8)
    expect(report.summary.failed).toBe(0)
  })

  it.each([
    ['image-without-alt.html', 'image-alt', 'html > body > main > img', '1.1.1'],
    ['image-without-alt.html', 'WCAG2AA.Principle1.Guideline1_1.1_1_1.H37', 'html > body > main > img', '1.1.1'],
    ['low-contrast.html', 'color-contrast', 'html > body > main > p', '1.4.3'],
    ['low-contrast.html', 'WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail', 'html > body > main > p', '1.4.3'],
    ['empty-link.html', 'link-name', '#study-link', '2.4.4'],
    ['empty-link.html', 'WCAG2AA.Principle4.Guideline4_1.4_1_2.H91.A.NoContent', '#study-link', '4.1.2'],
    ['unlabeled-field.html', 'label', '#email', '4.1.2'],
    ['missing-lang.html', 'html-has-lang', 'html', '3.1.1'],
    ['missing-lang.html', 'WCAG2AA.Principle3.Guideline3_1.3_1_1.H57.2', 'html', '3.1.1'],
    ['duplicate-id.html', 'WCAG2AA.Principle4.Guideline4_1.4_1_1.F77', '#note', '4.1.1'],
    // axe calls this "moderate" (pa11y: warning), but it fails WCAG 1.4.4 (AA): an error.
    ['zoom-blocked.html', 'meta-viewport', 'html > head > meta:nth-child(5)', '1.4.4']
  ])('%s: %s at %s is an error for WCAG %s', (page, ruleId, selector, criterion) => {
    const [message] = find(report, page, ruleId)
    expect(message, `${ruleId} on ${page}`).toBeDefined()
    expect(message!.severity).toBe('error')
    expect(message!.selector).toBe(selector)
    expect(message!.wcag?.criterion).toBe(criterion)
    expect(message!.url).toMatch(/^https:\/\//)
  })

  it('reports a skipped heading level as a best-practice warning, not a WCAG failure', () => {
    const [message] = find(report, 'skipped-heading.html', 'heading-order')
    expect(message?.severity).toBe('warning')
    expect(message?.selector).toBe('#causes')
    expect(find(report, 'skipped-heading.html', 'heading-order').length + report.files.find((f) => f.path === 'skipped-heading.html')!.messages.filter((m) => m.severity === 'error').length).toBe(1)
  })
})

describe('a preview build page that marks its markdown source lines', () => {
  it('points each finding at the article file and the line its element came from', async () => {
    const {report} = await check(path.join(fixtures, 'source-lines'))
    const [file] = report.files
    expect(file?.sourcePath).toBe('content/articles/dosing.md')
    const missingAlt = file!.messages.filter((message) => message.ruleId === 'image-alt')
    expect(missingAlt).toHaveLength(1)
    expect(missingAlt[0]!.line).toBe(10)
  })
})

describe('pages that pass, hang, crash a runner', () => {
  it('a clean page has no errors from either runner', async () => {
    const {report} = await check(path.join(fixtures, 'clean'))
    expect(report.summary).toMatchObject({files: 1, errors: 0, failed: 0})
  })

  it('a page whose load never fires is retried once, then failed-to-run', async () => {
    const {report, stats} = await check(path.join(fixtures, 'hang'), {config: {timeout: 6000}})
    expect(stats).toMatchObject({pages: 2, checked: 1, failed: 1})
    const hung = report.files.find((file) => file.path === 'index.html')!
    expect(hung.failed).toBe(true)
    expect(hung.messages[0]).toMatchObject({ruleId: 'page-failed-to-run', severity: 'error'})
    expect(hung.messages[0]!.message).toMatch(/attempt 1: timeout: timed out after 6000 ms.*attempt 2: timeout: timed out after 12000 ms/)
    // The other page still gets checked, in a fresh tab of the same browser.
    expect(report.files.find((file) => file.path === 'fine.html')).toMatchObject({messages: []})
    expect(report.summary.failed).toBe(1)
  }, 180_000)

  it('HTML_CodeSniffer crashing (meta refresh without content) still reports axe findings', async () => {
    const {report} = await check(path.join(fixtures, 'runner-crash'))
    const page = report.files[0]!
    expect(page.failed).toBeFalsy()
    expect(page.messages.map((message) => message.ruleId)).toEqual(expect.arrayContaining(['image-alt', 'runner-crashed']))
    expect(page.messages.find((message) => message.ruleId === 'runner-crashed')?.message).toMatch(/htmlcs runner crashed/)
    expect(report.summary.errors).toBeGreaterThan(0)
  })
})

describe('accuracy beyond pa11y', () => {
  let report: Report
  beforeAll(async () => {
    report = (await check(path.join(fixtures, 'accuracy'))).report
  })

  it('checks inside iframes (pa11y injects axe in the top document only)', () => {
    const [message] = find(report, 'iframe.html', 'label')
    expect(message).toMatchObject({severity: 'error', selector: 'iframe >>> #inner-email', wcag: {criterion: '4.1.2', level: 'A'}})
    expect(find(report, 'iframe.html', 'frame-tested')).toEqual([])
  })

  it('catches text made too faint by opacity, and not visually-hidden text', () => {
    const errors = report.files.find((file) => file.path === 'visually-hidden.html')!.messages.filter((message) => message.severity === 'error')
    expect(errors.map((message) => [message.ruleId, message.selector])).toEqual([['color-contrast', 'html > body > main > p:nth-child(3)']])
  })
})

describe('a tab that crashes', () => {
  it('is reported as a crash at once, not after the timeout', async () => {
    const {findBrowser, launchBrowser} = await import('../src/browser.js')
    const {serveDirectory} = await import('../src/site/server.js')
    const {checkPage, PageRunError} = await import('../src/check-page.js')
    const browser = await launchBrowser(findBrowser().executablePath)
    const server = await serveDirectory(path.join(fixtures, 'hang'))
    try {
      const page = await browser.newPage()
      const session = await page.createCDPSession()
      const started = Date.now()
      const check = checkPage(browser, page, `${server.origin}index.html`, {
        standard: 'WCAG2AA',
        wcagVersion: '2.1',
        runners: ['axe', 'htmlcs'],
        axeTags: ['wcag2a'],
        ignore: [],
        hideElements: undefined,
        timeout: 30_000,
        warnings: true,
        htmlcsWarnings: false
      })
      // Page.crash kills the renderer, as an out-of-memory page would.
      setTimeout(() => void session.send('Page.crash').catch(() => {}), 1000)
      const error = await check.then(() => undefined, (error: unknown) => error)
      expect(error).toBeInstanceOf(PageRunError)
      expect((error as InstanceType<typeof PageRunError>).reason).toBe('crash')
      expect(Date.now() - started).toBeLessThan(15_000)
    } finally {
      await browser.close()
      await server.close()
    }
  })
})

describe('without a browser', () => {
  it('throws BrowserNotFoundError (a usage error) with the install hint when CHROME_PATH points at nothing', async () => {
    const error = await check(path.join(fixtures, 'clean'), {env: {PATH: '/nonexistent', CHROME_PATH: '/nonexistent/chrome'}}).then(() => undefined, (error: unknown) => error)
    expect(error).toBeInstanceOf(BrowserNotFoundError)
    expect(error).toBeInstanceOf(A11yUsageError)
    expect((error as Error).message).toContain('CHROME_PATH points at /nonexistent/chrome')
    expect((error as Error).message).toContain('apt-get install chromium')
  })

  it('needs no browser when every page comes from the cache', async () => {
    const cwd = await mkdtemp(path.join(work, 'cached-'))
    await check(path.join(fixtures, 'clean'), {cwd, cache: true})
    const {stats} = await check(path.join(fixtures, 'clean'), {cwd, cache: true, env: {PATH: '/nonexistent', CHROME_PATH: '/nonexistent/chrome'}})
    expect(stats).toMatchObject({pages: 1, checked: 0, cached: 1})
  })
})

// Five browser runs in a row: room for a loaded CI machine.
describe('incremental runs', () => {
  let cwd: string
  let site: string
  const run = (options: Partial<A11yRunOptions> = {}) => check('_site', {cwd, cache: true, ...options})
  beforeAll(async () => {
    cwd = await mkdtemp(path.join(work, 'cache-'))
    site = path.join(cwd, '_site')
    await cp(path.join(fixtures, 'defects'), site, {recursive: true})
  })

  it('re-checks no page on a second run, and only a changed page after an edit', async () => {
    const first = await run()
    expect(first.stats).toMatchObject({pages: 8, checked: 8, cached: 0})
    const second = await run()
    expect(second.stats).toMatchObject({pages: 8, checked: 0, cached: 8})
    // Cached results are the same findings.
    expect(second.report.files).toEqual(first.report.files)

    const page = path.join(site, 'empty-link.html')
    await writeFile(page, (await readFile(page, 'utf8')).replace('href="/study/"></a>', 'href="/study/">the study</a>'))
    const third = await run()
    expect(third.stats).toMatchObject({pages: 8, checked: 1, cached: 7})
    expect(find(third.report, 'empty-link.html', 'link-name')).toEqual([])

    // A change to linked CSS invalidates every page that links it.
    await writeFile(path.join(site, 'css/site.css'), 'body { color: #1b1b1b; background: #fff; }\n')
    const fourth = await run({shard: parseShard('1/2')})
    expect(fourth.stats).toMatchObject({pages: 4, checked: 4, cached: 0})
    const fifth = await run({shard: parseShard('2/2')})
    expect(fifth.report.shard).toEqual({index: 2, total: 2})
    expect(fifth.report.files.map((file) => file.path)).toEqual(['empty-link.html', 'low-contrast.html', 'skipped-heading.html', 'zoom-blocked.html'])
  }, 300_000)

  it('cache: false re-checks everything', async () => {
    const {stats} = await run({cache: false, shard: parseShard('1/4')})
    expect(stats).toMatchObject({pages: 2, checked: 2, cached: 0})
  })

  it('changedSince maps changed content files to their pages', async () => {
    const git = (...args: string[]) => promisify(execFile)('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], {cwd})
    await writeFile(path.join(cwd, '.gitignore'), '.cache/\n')
    await git('init', '-q')
    const {mkdir} = await import('node:fs/promises')
    await mkdir(path.join(cwd, 'content/articles'), {recursive: true})
    await writeFile(path.join(cwd, 'content/articles/low-contrast.md'), '# Dosing\n')
    await writeFile(path.join(cwd, 'content/articles/empty-link.md'), '# Sources\n')
    await git('add', '.')
    await git('commit', '-q', '-m', 'init')
    await writeFile(path.join(cwd, 'content/articles/low-contrast.md'), '# Dosing, revised\n')
    const {report, notes, stats} = await run({changedSince: 'HEAD'})
    expect(report.files.map((file) => [file.path, file.sourcePath])).toEqual([['low-contrast.html', 'content/articles/low-contrast.md']])
    expect(stats.skipped).toBe(7)
    expect(notes).toEqual(['--changed-since HEAD: 1 content file(s) changed → 1 page(s).'])
  })
})

describe('a list of URLs instead of a folder', () => {
  it('checks each page where it is served, graded as in a folder run', async () => {
    const {serveDirectory} = await import('../src/site/server.js')
    const server = await serveDirectory(path.join(fixtures, 'defects'))
    try {
      const urls = ['image-without-alt.html', 'missing-lang.html'].map((page) => `${server.origin}${page}`)
      const {report, stats} = await check(undefined, {urls})
      expect(stats).toMatchObject({pages: 2, checked: 2, cached: 0, failed: 0})
      expect(report.files.map((file) => file.path)).toEqual(urls)
      const rules = (page: string) => report.files.find((file) => file.path.endsWith(page))!.messages.map((m) => `${m.severity} ${m.ruleId}`).sort()
      expect(rules('image-without-alt.html')).toEqual(expect.arrayContaining(['error WCAG2AA.Principle1.Guideline1_1.1_1_1.H37', 'error image-alt']))
      expect(rules('missing-lang.html')).toEqual(expect.arrayContaining(['error WCAG2AA.Principle3.Guideline3_1.3_1_1.H57.2', 'error html-has-lang']))
    } finally {
      await server.close()
    }
  })

  it('refuses what is not an http(s) URL, a folder and URLs together, and changedSince', async () => {
    const reject = (options: Partial<A11yRunOptions>) => check(undefined, options).then(() => undefined, (error: unknown) => error)
    expect(await reject({urls: ['file:///etc/passwd']})).toBeInstanceOf(A11yUsageError)
    expect(await reject({urls: ['not a url']})).toBeInstanceOf(A11yUsageError)
    expect(await reject({urls: ['http://127.0.0.1:1/'], dir: '_site'})).toBeInstanceOf(A11yUsageError)
    expect(await reject({urls: ['http://127.0.0.1:1/'], changedSince: 'HEAD'})).toBeInstanceOf(A11yUsageError)
  })
})

describe('usage', () => {
  it('a bad shard, a missing site, a site without pages or bad options are usage errors that say what to do', async () => {
    expect(() => parseShard('3/2')).toThrow(/--shard must look like i\/n/)
    const missing = await check('no-such-site').then(() => undefined, (error: unknown) => error)
    expect(missing).toBeInstanceOf(A11yUsageError)
    expect((missing as Error).message).toContain('no-such-site: no such folder')
    const empty = await mkdtemp(path.join(work, 'empty-'))
    await expect(check(empty)).rejects.toThrow(/no \.html pages found/)
    const bad = await check(path.join(fixtures, 'clean'), {config: {standard: 'WCAG3'} as never}).then(() => undefined, (error: unknown) => error)
    expect(bad).toBeInstanceOf(A11yUsageError)
    expect((bad as Error).message).toMatch(/a11y\.standard/)
  })
})
