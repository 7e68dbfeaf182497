import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {beforeAll, describe, expect, it} from 'vitest'
import {caveat, cleanArticle, faultyArticle, tempDir, writeFiles} from './helpers.js'
import type {Report} from '../src/report-types.js'
import {escapeData, escapeProperty} from '../src/reporters/github.js'

const require = createRequire(import.meta.url)

describe('reporters', () => {
  let dir: string
  let run: ReturnType<typeof caveat>
  let report: Report

  beforeAll(() => {
    dir = tempDir()
    writeFiles(dir, {
      'content/clean.md': cleanArticle('Sleep better'),
      'content/faulty.md': faultyArticle('Heat for back pain'),
      // Commas and colons in a path must be escaped in workflow command properties.
      'content/odd, name: here.md': faultyArticle('Odd name')
    })
    run = caveat(
      ['lint', 'content', '--format', 'json', '--output', 'out/report.json', '--format', 'sarif', '--output', 'out/report.sarif',
        '--format', 'github', '--output', 'out/github.txt', '--format', 'junit', '--output', 'out/junit.xml', '--format', 'stylish'],
      dir
    )
    report = JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8')) as Report
  })

  it('writes every --format/--output pair in one run, stylish to stdout, and exits 1 on errors', () => {
    expect(run.code).toBe(1)
    expect(report.files.map((f) => f.path)).toEqual(['content/clean.md', 'content/faulty.md', 'content/odd, name: here.md'])
    expect(report.files[0]!.messages).toEqual([])
    expect(run.stdout).toContain('content/faulty.md')
  })

  it('stylish shows line:column, severity, message, rule id, what to do and the docs link', () => {
    const faulty = report.files[1]!
    const link = faulty.messages.find((m) => m.ruleId === 'descriptive-link-text')!
    expect(link.line).toBe(11)
    expect(run.stdout).toMatch(new RegExp(`${link.line}:${link.column}\\s+error\\s+Link text “click here” does not say where the link goes\\s+descriptive-link-text`))
    expect(run.stdout).toContain(`→ ${link.note}`)
    expect(run.stdout).toContain(link.url)
    expect(run.stdout).toMatch(/content\/clean\.md\s+JAMA 4\/4/)
  })

  it('SARIF validates against the SARIF 2.1.0 JSON schema and holds every message', () => {
    const schemaPath = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json')
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
    const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
    addFormats(ajv)
    const validate = ajv.compile(schema)
    const sarif = JSON.parse(readFileSync(path.join(dir, 'out/report.sarif'), 'utf8')) as {
      version: string
      runs: Array<{results: Array<{ruleId: string; level: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number}}}>}>; tool: {driver: {rules: Array<{id: string; helpUri?: string}>}}}>
    }
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    expect(sarif.version).toBe('2.1.0')
    const total = report.summary.errors + report.summary.warnings + report.summary.infos
    expect(sarif.runs[0]!.results).toHaveLength(total)
    const link = sarif.runs[0]!.results.find((r) => r.ruleId === 'descriptive-link-text')!
    expect(link.level).toBe('error')
    expect(link.locations[0]!.physicalLocation.region.startLine).toBe(11)
    expect(sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'descriptive-link-text')!.helpUri).toMatch(/^https:/)
  })

  it('SARIF validation catches an invalid log (the check can fail)', () => {
    const schemaPath = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json')
    const ajv = new Ajv({strict: false, unicodeRegExp: false})
    addFormats(ajv)
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>)
    expect(validate({version: '2.1.0', runs: [{results: [{level: 'fatal'}]}]})).toBe(false)
  })

  it('github: one well-formed, escaped workflow command per message', () => {
    const lines = readFileSync(path.join(dir, 'out/github.txt'), 'utf8').trimEnd().split('\n')
    const total = report.summary.errors + report.summary.warnings + report.summary.infos
    expect(lines).toHaveLength(total)
    const command = /^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+)(?:,endLine=\d+)?(?:,endColumn=\d+)?,title=([^,:]+)::(.+)$/
    for (const line of lines) {
      const match = command.exec(line)
      expect(match, line).not.toBeNull()
      expect(match![6]).not.toMatch(/[\r\n]/)
    }
    expect(lines.some((line) => line.startsWith('::error file=content/odd%2C name%3A here.md,line=11,'))).toBe(true)
    expect(lines.some((line) => line.includes('title=descriptive-link-text::Link text “click here”') && line.includes('%0A'))).toBe(true)
  })

  it('github escaping follows the workflow command rules', () => {
    expect(escapeData('100% sure\r\nnext')).toBe('100%25 sure%0D%0Anext')
    expect(escapeProperty('a,b: c%')).toBe('a%2Cb%3A c%25')
  })

  it('junit is well-formed XML with a failure per error and warning', () => {
    const xml = readFileSync(path.join(dir, 'out/junit.xml'), 'utf8')
    expect(XMLValidator.validate(xml)).toBe(true)
    const parsed = new XMLParser({ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase'}).parse(xml) as {
      testsuites: {testsuite: Array<{'@_name': string; testcase: Array<{failure?: unknown}>}>}
    }
    const suites = parsed.testsuites.testsuite
    expect(suites.map((s) => s['@_name'])).toEqual(report.files.map((f) => f.path))
    const failures = suites.flatMap((s) => s.testcase).filter((c) => c.failure !== undefined).length
    expect(failures).toBe(report.summary.errors + report.summary.warnings)
  })
})
