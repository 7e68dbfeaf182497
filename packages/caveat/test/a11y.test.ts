/**
 * `caveat a11y`: the command over the caveat-a11y engine (whose checks are tested in
 * packages/a11y/test) — exit codes, every format from one report, several outputs in one run,
 * the progress notes, the config's `a11y` section, usage errors. Needs a real Chromium
 * (/usr/bin/chromium or CHROME_PATH); runs are shared between assertions.
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

const fixtures = fileURLToPath(new URL('../../a11y/test/fixtures/', import.meta.url))
const commandModule = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const caveatVersion = (JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version

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
  work = await mkdtemp(path.join(os.tmpdir(), 'caveat-a11y-cli-'))
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('a site with known defects', () => {
  let cwd: string
  let first: Run
  let report: Report
  beforeAll(async () => {
    cwd = await mkdtemp(path.join(work, 'defects-'))
    await cp(path.join(fixtures, 'defects'), path.join(cwd, '_site'), {recursive: true})
    first = await a11y(['--format', 'json'], cwd)
    report = JSON.parse(first.stdout) as Report
  })

  it('exits 1 with caveat’s JSON report of kind a11y, and says what it checked on stderr', () => {
    expect(first.code).toBe(1)
    expect(report).toMatchObject({tool: 'caveat', version: caveatVersion, kind: 'a11y'})
    expect(report.summary).toEqual({files: 8, errors: 13, warnings: 1, infos: 0, failed: 0})
    expect(first.stderr).toMatch(/^caveat a11y: 8 page\(s\): 8 checked, 0 from cache, 0 failed to run in \d+\.\d s\n$/)
  })

  it('renders every reporter from the same report', async () => {
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

  it('writes several reports in one run (--format/--output pairs, --report), from the cache the first run filled', async () => {
    const run = await a11y(['--format', 'github', '--format', 'json', '--output', 'out/a11y.json', '--output', 'out/a11y.html', '--report', 'junit=out/a11y.xml'], cwd)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error file=_site\/image-without-alt\.html,title=image-alt \(WCAG 1\.1\.1\)::/m)
    const written = JSON.parse(await readFile(path.join(cwd, 'out/a11y.json'), 'utf8')) as Report
    expect(written.files).toEqual(report.files)
    expect(await readFile(path.join(cwd, 'out/a11y.html'), 'utf8')).toContain('<html lang="en">')
    const junit = await readFile(path.join(cwd, 'out/a11y.xml'), 'utf8')
    expect(junit).toContain('<testsuites name="caveat a11y"')
    expect(junit.match(/<testsuite /g)).toHaveLength(8)
    expect(run.stderr).toContain('8 page(s): 0 checked, 8 from cache, 0 failed to run')
    expect(run.stderr).toContain('wrote out/a11y.json')
  })

  it('--quiet prints no notes; --shard says which shard; the cache lives at the project root', async () => {
    const quiet = await a11y(['--format', 'json', '--quiet', '--shard', '2/2'], cwd)
    expect(quiet.stderr).toBe('')
    expect((JSON.parse(quiet.stdout) as Report).shard).toEqual({index: 2, total: 2})
    const noted = await a11y(['--format', 'json', '--shard', '1/2'], cwd)
    expect(noted.stderr).toMatch(/4 page\(s\): 0 checked, 4 from cache, 0 failed to run \(shard 1\/2\)/)
  })
})

describe('a source-mapped page, a clean page, the config', () => {
  it('github annotations point at the markdown file and line', async () => {
    const run = await a11y([path.join(fixtures, 'source-lines'), '--format', 'github', '--no-cache'], work)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error file=content\/articles\/dosing\.md,line=10,title=image-alt \(WCAG 1\.1\.1\)::/m)
  })

  it('a clean site exits 0', async () => {
    const run = await a11y([path.join(fixtures, 'clean'), '--format', 'json', '--no-cache'], work)
    expect((JSON.parse(run.stdout) as Report).summary).toMatchObject({files: 1, errors: 0, failed: 0})
    expect(run.code).toBe(0)
  })

  it('the config’s a11y section reaches the engine (a11y.checks), and a bad one exits 2 naming the option', async () => {
    const cwd = await mkdtemp(path.join(work, 'config-'))
    await cp(path.join(fixtures, 'checks/reflow-wide.html'), path.join(cwd, '_site/reflow-wide.html'))
    await writeFile(path.join(cwd, 'caveat.config.mjs'), 'export default {a11y: {checks: {reflow: false}}}\n')
    const off = await a11y(['--format', 'json', '--no-cache'], cwd)
    expect((JSON.parse(off.stdout) as Report).files[0]!.messages.map((m) => m.ruleId)).not.toContain('reflow-scroll')
    // Another folder: a config module is loaded once per process.
    const other = await mkdtemp(path.join(work, 'bad-config-'))
    await writeFile(path.join(other, 'caveat.config.mjs'), "export default {a11y: {standard: 'WCAG3'}}\n")
    const bad = await a11y(['--format', 'json', '--no-cache', path.join(cwd, '_site')], other)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/a11y\.standard/)
  })
})

describe('the HTML report of a visual failure', () => {
  it('shows the screenshot crop, with a text alternative', async () => {
    const {formatReport} = await import('../src/a11y/reporters/index.js')
    const shot = 'data:image/png;base64,iVBORw0KGgo='
    const report: Report = {
      tool: 'caveat',
      version: caveatVersion,
      kind: 'a11y',
      files: [{path: 'wide.html', messages: [{ruleId: 'reflow-scroll', source: 'reflow', severity: 'error', message: 'Scrolls in two dimensions at 320 CSS px', selector: 'main > div', wcag: {criterion: '1.4.10', level: 'AA'}, screenshot: shot}]}],
      summary: {files: 1, errors: 1, warnings: 0, infos: 0, failed: 0}
    }
    expect(formatReport(report, 'html', {siteDir: '_site'})).toContain(`<img class="shot" src="${shot}" alt="The failure as the check saw it (reflow-scroll)">`)
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
    expect(result.stderr).toContain('caveat a11y: CHROME_PATH points at /nonexistent/chrome')
    expect(result.stderr).toContain('apt-get install chromium')
  })

  it('exits 2 with the install hint when nothing is on PATH or in puppeteer’s cache', async () => {
    const result = await runIsolated({PATH: '/nonexistent', HOME: work})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/No Chrome or Chromium found/)
    expect(result.stderr).toContain('apt-get install chromium')
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
    const shard = await a11y(['--shard', '3/2'], work)
    expect(shard.code).toBe(2)
    expect(shard.stderr).toContain('--shard must look like i/n')
    const missing = await a11y(['no-such-site'], work)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('caveat a11y: no-such-site: no such folder. Build the site first (`npm run build:site`) or pass the folder to check: `caveat a11y <dir>`.\n')
    expect((await a11y(['--bogus'], work)).code).toBe(2)
    expect((await a11y(['--runner', 'lighthouse'], work)).stderr).toContain('--runner must be axe or htmlcs')
  })
})
