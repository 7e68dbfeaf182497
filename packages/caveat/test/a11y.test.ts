/**
 * `caveat a11y` against a real Chromium (/usr/bin/chromium or CHROME_PATH) on fixture
 * sites with known defects. Each run launches the browser, so runs are shared
 * between assertions where the behaviour allows.
 */
import {execFile} from 'node:child_process'
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {main} from '../src/cli.js'
import type {Report} from '../src/report-types.js'

const fixtures = fileURLToPath(new URL('fixtures/a11y/', import.meta.url))
const commandModule = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function a11y(args: string[], cwd: string): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await main(['a11y', ...args], {stdout: {write: (chunk: string) => (stdout += chunk)}, stderr: {write: (chunk: string) => (stderr += chunk)}, cwd, env: process.env})
  return {code, stdout, stderr}
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
  let run: Run
  let report: Report
  beforeAll(async () => {
    run = await a11y([path.join(fixtures, 'defects'), '--format', 'json', '--no-cache'], work)
    report = JSON.parse(run.stdout) as Report
  })

  it('exits 1 with a JSON report of kind a11y', () => {
    expect(run.code).toBe(1)
    expect(report.kind).toBe('a11y')
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

  it('renders every reporter from the same report', async () => {
    const reportFile = path.join(work, 'defects.json')
    await writeFile(reportFile, run.stdout)
    const {formatReport} = await import('../src/a11y/reporters/index.js')
    const html = formatReport(report, 'html', {siteDir: '_site'})
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/)
    expect(html).toContain('<h1>Fails: 13 errors on 8 pages</h1>')
    // Pages sorted by issue count: the unlabeled field (3 issues) before the zoom-blocked page (1).
    expect(html.indexOf('>unlabeled-field.html</a>')).toBeLessThan(html.indexOf('>zoom-blocked.html</a>'))
    expect(html).toContain('<code>WCAG2AA.Principle1.Guideline1_1.1_1_1.H37</code>')
    expect(html).toContain('&lt;img src=&quot;/knee.png&quot;')
    const junit = formatReport(report, 'junit', {siteDir: '_site'})
    // One suite per page; like lint's, errors and warnings are failures (7 pages have errors, the
    // skipped heading a warning); no page failed to run.
    const suites = [...junit.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)" errors="(\d+)"/g)]
    expect(junit).toMatch(/<testsuites name="caveat a11y"/)
    expect(suites).toHaveLength(8)
    const failing = report.files.filter((file) => file.messages.some((m) => m.severity !== 'info')).map((file) => file.path)
    expect(failing).toHaveLength(8)
    expect(suites.filter((suite) => Number(suite[3]) > 0).map((suite) => suite[1])).toEqual(failing)
    expect(suites.every((suite) => suite[4] === '0')).toBe(true)
    const sarif = JSON.parse(formatReport(report, 'sarif', {siteDir: '_site'})) as {runs: Array<{results: Array<{ruleId: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}>}>}
    const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'image-alt')
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('_site/image-without-alt.html')
    const github = formatReport(report, 'github', {siteDir: '_site'})
    expect(github).toContain('::error file=_site/empty-link.html,title=link-name (WCAG 2.4.4)::Links must have discernible text')
  })
})

describe('a preview build page that marks its markdown source lines', () => {
  it('points each finding at the article file and the line its element came from', async () => {
    const run = await a11y([path.join(fixtures, 'source-lines'), '--format', 'json', '--no-cache'], work)
    const report = JSON.parse(run.stdout) as Report
    expect(run.code).toBe(1)
    const [file] = report.files
    expect(file?.sourcePath).toBe('content/articles/dosing.md')
    const missingAlt = file!.messages.filter((message) => message.ruleId === 'image-alt')
    expect(missingAlt).toHaveLength(1)
    expect(missingAlt[0]!.line).toBe(10)
    const {formatReport} = await import('../src/a11y/reporters/index.js')
    expect(formatReport(report, 'github', {siteDir: '_site'})).toMatch(/^::error file=content\/articles\/dosing\.md,line=10,title=image-alt \(WCAG 1\.1\.1\)::/m)
  })
})

describe('pages that pass, hang, crash a runner', () => {
  it('a clean page exits 0 with no errors from either runner', async () => {
    const run = await a11y([path.join(fixtures, 'clean'), '--format', 'json', '--no-cache'], work)
    const report = JSON.parse(run.stdout) as Report
    expect(report.summary).toMatchObject({files: 1, errors: 0, failed: 0})
    expect(run.code).toBe(0)
  })

  it('a page whose load never fires is retried once, then failed-to-run: exit 1', async () => {
    const run = await a11y([path.join(fixtures, 'hang'), '--format', 'json', '--no-cache', '--timeout', '6000'], work)
    const report = JSON.parse(run.stdout) as Report
    expect(run.code).toBe(1)
    const hung = report.files.find((file) => file.path === 'index.html')!
    expect(hung.failed).toBe(true)
    expect(hung.messages[0]).toMatchObject({ruleId: 'page-failed-to-run', severity: 'error'})
    expect(hung.messages[0]!.message).toMatch(/attempt 1: timeout: timed out after 6000 ms.*attempt 2: timeout: timed out after 12000 ms/)
    // The other page still gets checked, in a fresh tab of the same browser.
    expect(report.files.find((file) => file.path === 'fine.html')).toMatchObject({messages: []})
    expect(report.summary.failed).toBe(1)
  }, 180_000)

  it('HTML_CodeSniffer crashing (meta refresh without content) still reports axe findings', async () => {
    const run = await a11y([path.join(fixtures, 'runner-crash'), '--format', 'json', '--no-cache'], work)
    const report = JSON.parse(run.stdout) as Report
    const page = report.files[0]!
    expect(page.failed).toBeFalsy()
    expect(page.messages.map((message) => message.ruleId)).toEqual(expect.arrayContaining(['image-alt', 'runner-crashed']))
    expect(page.messages.find((message) => message.ruleId === 'runner-crashed')?.message).toMatch(/htmlcs runner crashed/)
    expect(run.code).toBe(1)
  })
})

describe('accuracy beyond pa11y', () => {
  let report: Report
  beforeAll(async () => {
    const run = await a11y([path.join(fixtures, 'accuracy'), '--format', 'json', '--no-cache'], work)
    report = JSON.parse(run.stdout) as Report
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
    const {findBrowser, launchBrowser} = await import('../src/a11y/browser.js')
    const {serveDirectory} = await import('../src/a11y/server.js')
    const {checkPage, PageRunError} = await import('../src/a11y/check-page.js')
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
  const runIsolated = (env: NodeJS.ProcessEnv) =>
    promisify(execFile)(process.execPath, ['--input-type=module', '-e', `import {main} from ${JSON.stringify(commandModule)}; process.exitCode = await main(['a11y', ${JSON.stringify(path.join(fixtures, 'clean'))}, '--no-cache'])`], {env, cwd: os.tmpdir()}).then(
      (result) => ({code: 0, ...result}),
      (error: {code: number; stdout: string; stderr: string}) => error
    )

  it('exits 2 with the install hint when CHROME_PATH points at nothing', async () => {
    const result = await runIsolated({PATH: '/nonexistent', HOME: work, CHROME_PATH: '/nonexistent/chrome'})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('CHROME_PATH points at /nonexistent/chrome')
    expect(result.stderr).toContain('apt-get install chromium')
  })

  it('exits 2 with the install hint when nothing is on PATH or in puppeteer’s cache', async () => {
    const result = await runIsolated({PATH: '/nonexistent', HOME: work})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/No Chrome or Chromium found/)
    expect(result.stderr).toContain('apt-get install chromium')
  })
})

// Five browser runs in a row: room for a loaded CI machine.
describe('incremental runs', () => {
  let cwd: string
  let site: string
  beforeAll(async () => {
    cwd = await mkdtemp(path.join(work, 'cache-'))
    site = path.join(cwd, '_site')
    await cp(path.join(fixtures, 'defects'), site, {recursive: true})
  })

  it('re-checks no page on a second run, and only a changed page after an edit', async () => {
    const first = await a11y(['--format', 'json'], cwd)
    expect(first.stderr).toContain('8 page(s): 8 checked, 0 from cache')
    const second = await a11y(['--format', 'json'], cwd)
    expect(second.stderr).toContain('8 page(s): 0 checked, 8 from cache')
    // Cached results are the same findings.
    expect((JSON.parse(second.stdout) as Report).summary).toEqual((JSON.parse(first.stdout) as Report).summary)

    const page = path.join(site, 'empty-link.html')
    await writeFile(page, (await readFile(page, 'utf8')).replace('href="/study/"></a>', 'href="/study/">the study</a>'))
    const third = await a11y(['--format', 'json'], cwd)
    expect(third.stderr).toContain('8 page(s): 1 checked, 7 from cache')
    expect(find(JSON.parse(third.stdout) as Report, 'empty-link.html', 'link-name')).toEqual([])

    // A change to linked CSS invalidates every page that links it.
    await writeFile(path.join(site, 'css/site.css'), 'body { color: #1b1b1b; background: #fff; }\n')
    const fourth = await a11y(['--format', 'json', '--shard', '1/2'], cwd)
    expect(fourth.stderr).toContain('4 page(s): 4 checked, 0 from cache')
    const fifth = await a11y(['--format', 'json', '--shard', '2/2'], cwd)
    const shard = JSON.parse(fifth.stdout) as Report
    expect(shard.shard).toEqual({index: 2, total: 2})
    expect(shard.files.map((file) => file.path)).toEqual(['empty-link.html', 'low-contrast.html', 'skipped-heading.html', 'zoom-blocked.html'])
  }, 300_000)

  it('--no-cache re-checks everything', async () => {
    const run = await a11y(['--format', 'json', '--no-cache', '--shard', '1/4'], cwd)
    expect(run.stderr).toContain('2 page(s): 2 checked, 0 from cache')
  })

  it('writes several reports in one run: --format/--output pairs, as caveat lint takes them', async () => {
    const run = await a11y(['--format', 'github', '--format', 'json', '--output', 'out/a11y.json', '--output', 'out/a11y.html', '--report', 'junit=out/a11y.xml'], cwd)
    expect(run.stdout).toMatch(/^::error file=_site\/image-without-alt\.html,title=image-alt \(WCAG 1\.1\.1\)::/m)
    const report = JSON.parse(await readFile(path.join(cwd, 'out/a11y.json'), 'utf8')) as Report
    expect(report.summary.files).toBe(8)
    expect(await readFile(path.join(cwd, 'out/a11y.html'), 'utf8')).toContain('<html lang="en">')
    const junit = await readFile(path.join(cwd, 'out/a11y.xml'), 'utf8')
    expect(junit).toContain('<testsuites name="caveat a11y"')
    expect(junit.match(/<testsuite /g)).toHaveLength(8)
    expect(run.stderr).toContain('0 checked, 8 from cache')
  })

  it('--changed-since maps changed content files to their pages', async () => {
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
    const run = await a11y(['--format', 'json', '--changed-since', 'HEAD'], cwd)
    const report = JSON.parse(run.stdout) as Report
    expect(report.files.map((file) => [file.path, file.sourcePath])).toEqual([['low-contrast.html', 'content/articles/low-contrast.md']])
    expect(run.code).toBe(1)
  })
})

describe('usage', () => {
  it('prints --help and exits 0', async () => {
    const run = await a11y(['--help'], work)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Usage: caveat a11y [options] [dir]')
    expect(run.stdout).toContain('--changed-since <ref>')
  })

  it('exits 2 on a bad flag or a missing site, naming the problem', async () => {
    expect((await a11y(['--shard', '3/2'], work)).stderr).toContain('--shard must look like i/n')
    const missing = await a11y(['no-such-site'], work)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('no-such-site: no such folder')
    expect((await a11y(['--bogus'], work)).code).toBe(2)
  })
})
