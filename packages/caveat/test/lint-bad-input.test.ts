import {readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {caveat, cleanArticle, tempDir, writeFiles, type CliResult} from './helpers.js'
import type {FileReport, Report} from '../src/report-types.js'

const stackTrace = /\n\s+at .+:\d+:\d+/

describe('bad input: one clear message per file, the other files still linted', () => {
  let dir: string
  let run: CliResult
  let report: Report
  const file = (name: string): FileReport => report.files.find((f) => f.path === name)!

  beforeAll(() => {
    dir = tempDir()
    const tenMegabytes = ('Heat can ease stiff muscles. '.repeat(30) + '\n\n').repeat(Math.ceil((10 * 1024 * 1024) / 872))
    writeFiles(dir, {
      'content/good.md': cleanArticle('Sleep better'),
      'content/binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      'content/latin1.md': Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n\nText.\n')]),
      'content/bad-yaml.md': '---\ntitle: Heat or ice\ndescription: "unclosed\ntags: [a, b\n---\n\n# Heat or ice\n\nText.\n',
      'content/empty.md': '',
      'content/huge.md': tenMegabytes
    })
    symlinkSync(path.join(dir, 'content/nowhere.md'), path.join(dir, 'content/broken.md'))
    run = caveat(['lint', 'content', 'content/broken.md', 'missing.md', '--format', 'json', '--output', 'report.json', '--format', 'stylish'], dir)
    report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report
  })

  it('exits 1, lints the good file, and prints no stack trace', () => {
    expect(run.code).toBe(1)
    expect(file('content/good.md').messages).toEqual([])
    expect(file('content/good.md').jama?.score).toBe(4)
    expect(run.stderr).not.toMatch(stackTrace)
    expect(run.stdout).not.toMatch(stackTrace)
  })

  const cases: Array<[string, string, RegExp]> = [
    ['content/binary.md', 'file-binary', /binary/],
    ['content/latin1.md', 'file-encoding', /not valid UTF-8 \(first invalid byte on line 2\)/],
    ['content/empty.md', 'file-empty', /empty/],
    ['content/huge.md', 'file-too-large', /too large to lint \(10\.0 MB; the limit is 2\.0 MB\)/],
    ['content/broken.md', 'file-unreadable', /not found/],
    ['missing.md', 'file-unreadable', /not found/]
  ]
  for (const [name, ruleId, text] of cases) {
    it(`${name}: one ${ruleId} error saying what to do`, () => {
      const report = file(name)
      expect(report.failed).toBe(true)
      expect(report.messages).toHaveLength(1)
      const [message] = report.messages
      expect(message).toMatchObject({ruleId, severity: 'error'})
      expect(message!.message).toMatch(text)
      expect(message!.note).toBeTruthy()
      expect(run.stdout).toContain(name)
    })
  }

  it('invalid YAML front matter: an error at the line of the problem, not a crash', () => {
    const messages = file('content/bad-yaml.md').messages
    const yaml = messages.filter((m) => m.ruleId === 'frontmatter-yaml')
    expect(yaml).toHaveLength(1)
    expect(yaml[0]!.line).toBeGreaterThanOrEqual(3)
    expect(yaml[0]!.line).toBeLessThanOrEqual(4)
    expect(yaml[0]!.message).toMatch(/^Invalid YAML in front matter/)
  })
})

describe('bad usage and config: exit 2, one clear message', () => {
  let dir: string
  beforeAll(() => {
    dir = tempDir()
    writeFiles(dir, {'content/good.md': cleanArticle('Sleep better')})
  })

  it('a glob that matches nothing names the glob; the other paths are still linted', () => {
    const run = caveat(['lint', 'nothing/**/*.md', 'content/good.md', '--format', 'json'], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('no files match "nothing/**/*.md"')
    expect((JSON.parse(run.stdout) as Report).files.map((f) => f.path)).toEqual(['content/good.md'])
    expect(run.stderr).not.toMatch(stackTrace)
  })

  it('an unknown rule id in the config names the config file, the rule and the likely fix; files are still linted', () => {
    writeFileSync(path.join(dir, 'caveat.config.json'), JSON.stringify({lint: {rules: {'unsourced-claims': 'off', 'no-literal-urls': 'error'}}}))
    const run = caveat(['lint', '--format', 'json'], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`${path.join(dir, 'caveat.config.json')}: lint.rules: unknown rule "unsourced-claims" (did you mean "unsourced-claim"?)`)
    expect(run.stderr).not.toContain('no-literal-urls')
    expect((JSON.parse(run.stdout) as Report).files.map((f) => f.path)).toEqual(['content/good.md'])
  })

  it('an invalid config value names the file and the option', () => {
    const config = path.join(dir, 'bad.config.json')
    writeFileSync(config, JSON.stringify({lint: {readability: {targetGrade: 'eight'}, colour: true}}))
    const run = caveat(['lint', '--config', 'bad.config.json'], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`Invalid ${path.join(dir, 'bad.config.json')}`)
    expect(run.stderr).toContain('lint.readability.targetGrade')
    expect(run.stderr).toMatch(/lint\.colour: unknown option — remove it \(known: content, ignore, rules/)
    expect(run.stderr).not.toMatch(stackTrace)
  })

  it('a config file that does not load is exit 2 without a stack trace (unless --debug)', () => {
    writeFileSync(path.join(dir, 'broken.config.mjs'), 'export default {lint: {')
    const run = caveat(['lint', '--config', 'broken.config.mjs'], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/Cannot load .*broken\.config\.mjs/)
    expect(run.stderr).not.toMatch(stackTrace)
  })

  it('an unknown --format is exit 2', () => {
    const run = caveat(['lint', 'content', '--format', 'yaml'], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/yaml/)
  })
})
