/**
 * The reporters are views of one report: SARIF places every message of the seed exactly where
 * the JSON report does, GitLab fingerprints are stable across runs, and lint and a11y reports
 * go through the one SARIF writer (one tool, one URL: package.json's).
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'
import {caveat, packageRoot, repoRoot, seedArticle, tempDir} from './helpers.js'
import type {Report} from '../src/report-types.js'
import type {CodeQualityIssue} from '../src/reporters/gitlab.js'
import {formats, loadReporter} from '../src/reporters/index.js'

const require = createRequire(import.meta.url)

interface SarifLog {
  version: string
  runs: Array<{
    tool: {driver: {name: string; informationUri?: string}}
    results: Array<{ruleId: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region?: {startLine: number; startColumn?: number; endLine?: number; endColumn?: number}}}>}>
  }>
}

const out = tempDir('caveat-reporters-agree-')
const at = (name: string) => path.join(out, name)
const first = caveat(
  ['lint', seedArticle, 'content', '--no-cache', '--format', 'json', '--output', at('lint.json'), '--format', 'sarif', '--output', at('lint.sarif'), '--format', 'gitlab', '--output', at('gl-1.json')],
  repoRoot
)
// A second run, from the cache this time: what a CI pipeline on the next commit does.
const second = caveat(['lint', seedArticle, 'content', '--format', 'gitlab', '--output', at('gl-2.json')], repoRoot)
const report = JSON.parse(readFileSync(at('lint.json'), 'utf8')) as Report
const sarif = JSON.parse(readFileSync(at('lint.sarif'), 'utf8')) as SarifLog

const a11yReport: Report = {
  tool: 'caveat',
  version: '0.0.0-test',
  kind: 'a11y',
  files: [
    {
      path: 'articles/dosing/index.html',
      sourcePath: 'content/articles/dosing.md',
      messages: [{ruleId: 'image-alt', source: 'axe', severity: 'error', message: 'Images must have alternative text', line: 10, selector: 'main > img', wcag: {criterion: '1.1.1', level: 'A'}, url: 'https://dequeuniversity.com/rules/axe/4.10/image-alt'}]
    },
    {path: 'search/index.html', messages: [{ruleId: 'color-contrast', source: 'axe', severity: 'error', message: 'Elements must meet contrast', selector: '#q', wcag: {criterion: '1.4.3', level: 'AA'}}]},
    {path: 'broken/index.html', failed: true, messages: [{ruleId: 'page-failed', source: 'caveat', severity: 'error', message: 'The page failed to load'}]}
  ],
  summary: {files: 3, errors: 3, warnings: 0, infos: 0, failed: 1}
}

describe('one set of reporters', () => {
  it('lint ran twice, the second time from the cache', () => {
    expect(first.stderr).not.toMatch(/internal error/)
    expect(second.stderr).not.toMatch(/internal error/)
    expect(report.files.some((file) => file.path.endsWith('000_b2823957736016dd.txt'))).toBe(true)
  })

  it('SARIF regions equal the JSON report’s line, column, end line and end column for every message of the seed', () => {
    const seed = report.files.find((file) => file.path.endsWith('000_b2823957736016dd.txt'))!
    expect(seed.messages.length).toBeGreaterThan(100)
    const uri = seed.path.split('/').map((part) => (part === '..' ? part : encodeURIComponent(part))).join('/')
    const results = sarif.runs[0]!.results.filter((result) => result.locations[0]!.physicalLocation.artifactLocation.uri === uri)
    expect(results).toHaveLength(seed.messages.length)
    const fromJson = seed.messages.map((m) => ({ruleId: m.ruleId, startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn}))
    const fromSarif = results.map((result) => {
      const region = result.locations[0]!.physicalLocation.region
      return {ruleId: result.ruleId, startLine: region?.startLine, startColumn: region?.startColumn, endLine: region?.endLine, endColumn: region?.endColumn}
    })
    expect(fromSarif).toEqual(fromJson)
    // Messages about a passage carry its end: the seed's unsourced claims are whole sentences.
    expect(seed.messages.filter((m) => m.ruleId === 'unsourced-claim').every((m) => m.endLine !== undefined && m.endColumn !== undefined)).toBe(true)
  })

  it('GitLab fingerprints are identical across two runs, and unique within one', () => {
    const one = JSON.parse(readFileSync(at('gl-1.json'), 'utf8')) as CodeQualityIssue[]
    const two = JSON.parse(readFileSync(at('gl-2.json'), 'utf8')) as CodeQualityIssue[]
    expect(one.length).toBeGreaterThan(100)
    expect(two.map((issue) => issue.fingerprint)).toEqual(one.map((issue) => issue.fingerprint))
    expect(new Set(one.map((issue) => issue.fingerprint)).size).toBe(one.length)
  })

  it('lint and a11y reports go through the one SARIF writer: same tool, same URL (package.json’s)', async () => {
    const pkg = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {homepage?: string; repository?: string | {url: string}}
    const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url.replace(/^git\+/, '').replace(/\.git$/, '')
    // The repository package.json names (its homepage is a page of it, not the tool's home).
    const expected = repository
    const a11y = JSON.parse((await loadReporter('sarif'))(a11yReport, {color: false, siteDir: '_site'})) as SarifLog
    expect(sarif.runs[0]!.tool.driver).toMatchObject({name: 'caveat', informationUri: expected})
    expect(a11y.runs[0]!.tool.driver).toMatchObject({name: 'caveat', informationUri: expected})
    const [dosing, search] = a11y.runs[0]!.results
    expect(dosing!.locations[0]!.physicalLocation).toMatchObject({artifactLocation: {uri: 'content/articles/dosing.md'}, region: {startLine: 10, startColumn: 1}})
    expect(search!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('_site/search/index.html')
  })

  it('every format renders an a11y report, and each stays valid', async () => {
    const schemaPath = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json')
    const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
    addFormats(ajv)
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>)
    for (const format of formats) {
      const text = await (await loadReporter(format))(a11yReport, {color: false, siteDir: '_site'})
      expect(text.length, format).toBeGreaterThan(0)
      if (format === 'sarif') expect(validate(JSON.parse(text)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
      if (format === 'json') expect(JSON.parse(text)).toMatchObject({kind: 'a11y', summary: a11yReport.summary})
      if (format === 'gitlab') expect((JSON.parse(text) as CodeQualityIssue[]).map((issue) => issue.location.path)).toEqual(['content/articles/dosing.md', '_site/search/index.html', '_site/broken/index.html'])
      if (format === 'junit') {
        expect(XMLValidator.validate(text)).toBe(true)
        const parsed = new XMLParser({ignoreAttributes: false}).parse(text) as {testsuites: {'@_failures': string; '@_errors': string}}
        expect(parsed.testsuites).toMatchObject({'@_failures': '2', '@_errors': '1'})
      }
      if (format === 'github') expect(text).toContain('::error file=content/articles/dosing.md,line=10,title=image-alt (WCAG 1.1.1)::')
      if (format === 'stylish') expect(text).toMatch(/image-alt \[axe\] WCAG 1\.1\.1 \(A\)\n\s+at main > img/)
      if (format === 'html') expect(text).toMatch(/^<!doctype html>/)
    }
  })
})
