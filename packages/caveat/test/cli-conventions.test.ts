/** The conventions every `caveat` command follows, checked on the built CLI as a user runs it. */
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {bin, caveat, repoRoot, cleanArticle, faultyArticle, seedArticle, tempDir, writeFiles} from './helpers.js'
import type {Report} from '../src/report-types.js'

const json = (stdout: string) => JSON.parse(stdout) as Report
const stackTrace = /\n\s+at .+:\d+:\d+/
const draft = (title: string) => faultyArticle(title).replace('author: Sam Lee', 'author: Sam Lee\ndraft: true')
const ruleIds = (report: Report) => report.files.flatMap((file) => file.messages.map((m) => m.ruleId))

describe('config: one loader, searched up from the working directory', () => {
  let dir: string
  beforeAll(() => {
    dir = tempDir()
    writeFiles(dir, {
      'caveat.config.json': JSON.stringify({lint: {rules: {'descriptive-link-text': 'off'}}}),
      'content/articles/faulty.md': faultyArticle('Heat for back pain')
    })
  })

  it('run from a subfolder, the project config applies and the cache goes to the project root', () => {
    const sub = path.join(dir, 'content/articles')
    const run = caveat(['lint', 'faulty.md', '--format', 'json'], sub)
    expect(run.stderr).not.toMatch(stackTrace)
    const report = json(run.stdout)
    expect(report.files.map((f) => f.path)).toEqual(['faulty.md'])
    expect(ruleIds(report)).not.toContain('descriptive-link-text')
    expect(ruleIds(report)).toContain('remark-lint:heading-increment')
    expect(existsSync(path.join(dir, '.cache/caveat'))).toBe(true)
    expect(existsSync(path.join(sub, '.cache'))).toBe(false)
  })

  it('with no paths, a subfolder lints the config\'s content, relative to the project root', () => {
    const run = caveat(['lint', '--format', 'json'], path.join(dir, 'content/articles'))
    expect(json(run.stdout).files.map((f) => f.path)).toEqual(['faulty.md'])
  })

  it('reads a `caveat` key in package.json', () => {
    const project = tempDir()
    writeFiles(project, {
      'package.json': JSON.stringify({name: 'site', caveat: {lint: {rules: {'remark-lint:heading-increment': 'off'}}}}),
      'docs/faulty.md': faultyArticle('Heat for back pain')
    })
    const report = json(caveat(['lint', 'faulty.md', '--format', 'json'], path.join(project, 'docs')).stdout)
    expect(ruleIds(report)).toContain('descriptive-link-text')
    expect(ruleIds(report)).not.toContain('remark-lint:heading-increment')
  })

  it('an unknown key names the config file and the key, and suggests the likely one (exit 2)', () => {
    const project = tempDir()
    writeFiles(project, {'caveat.config.json': JSON.stringify({lint: {cacheDri: 'x'}, a11y: {standard: 'WCAG2AA'}, repot: {}}), 'a.md': cleanArticle('Sleep')})
    const run = caveat(['lint', 'a.md'], project)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(path.join(project, 'caveat.config.json'))
    expect(run.stderr).toContain('lint.cacheDri: unknown option — did you mean "cacheDir"?')
    expect(run.stderr).toContain('repot: unknown option — did you mean "report"?')
    expect(run.stdout).toBe('')
  })

  it('--print-config FILE prints the configuration that applies to it, with --rule overrides', () => {
    const run = caveat(['lint', '--print-config', 'content/articles/faulty.md', '--rule', 'unsourced-claim:warn'], dir)
    expect(run.code).toBe(0)
    const printed = JSON.parse(run.stdout) as {configFile: string; root: string; ignored: boolean; lint: {rules: Record<string, string>}; a11y: {standard: string}}
    expect(printed.configFile).toBe(path.join(dir, 'caveat.config.json'))
    expect(printed.root).toBe(dir)
    expect(printed.ignored).toBe(false)
    expect(printed.lint.rules).toEqual({'descriptive-link-text': 'off', 'unsourced-claim': 'warn'})
    expect(printed.a11y.standard).toBe('WCAG2AA')
  })
})

describe('lint conventions', () => {
  let dir: string
  beforeAll(() => {
    dir = tempDir()
    writeFiles(dir, {
      'content/articles/clean.md': cleanArticle('Sleep better'),
      'content/articles/stale.md': cleanArticle('Sleep better').replace(/lastReviewed: .*/, 'lastReviewed: 2020-01-15'),
      'content/drafts/heat.md': draft('Heat for back pain'),
      'content/notes/todo.md': faultyArticle('Notes')
    })
  })

  it('--quiet reports errors only, and its warnings do not count for --max-warnings', () => {
    const loud = caveat(['lint', 'content/articles', '--max-warnings', '0'], dir)
    expect(loud.stdout).toContain('stale-review')
    expect(loud.code).toBe(1)
    const quiet = caveat(['lint', 'content/articles', '--max-warnings', '0', '--quiet'], dir)
    expect(quiet.stdout).not.toContain('stale-review')
    expect(quiet.code).toBe(0)
  })

  it('--rule id:severity sets a severity for the run (repeatable); an unknown id is exit 2 with a suggestion', () => {
    const run = caveat(['lint', 'content/articles/stale.md', '--rule', 'stale-review:error', '--rule', 'final-newline:off', '--format', 'json'], dir)
    expect(run.code).toBe(1)
    expect(json(run.stdout).files[0]!.messages.map((m) => `${m.ruleId}:${m.severity}`)).toEqual(['stale-review:error'])
    const bad = caveat(['lint', 'content/articles', '--rule', 'stale-reviews:off'], dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('unknown rule "stale-reviews" (did you mean "stale-review"?)')
    expect(bad.stdout).toBe('')
  })

  it('--stdin lints the text piped in, as --stdin-filename (a named draft counts)', () => {
    const run = spawnSync(process.execPath, [bin, 'lint', '--stdin', '--stdin-filename', 'content/drafts/new.md', '--format', 'json'], {
      cwd: dir,
      input: draft('Heat'),
      encoding: 'utf8',
      env: {...process.env, CI: 'true', NO_COLOR: '1'}
    })
    const report = json(run.stdout)
    expect(report.files.map((f) => f.path)).toEqual(['content/drafts/new.md'])
    expect(ruleIds(report)).toContain('unsourced-claim')
    expect(run.status).toBe(1)
    expect(existsSync(path.join(dir, 'content/drafts/new.md'))).toBe(false)
  })

  it('.caveatignore (gitignore syntax) leaves files out of folders and globs; --ignore-path names another file', () => {
    writeFileSync(path.join(dir, '.caveatignore'), '# scratch notes\nnotes/\n')
    const run = json(caveat(['lint', 'content', '--format', 'json'], dir).stdout)
    expect(run.files.map((f) => f.path)).not.toContain('content/notes/todo.md')
    expect(run.files.map((f) => f.path)).toContain('content/articles/clean.md')
    writeFileSync(path.join(dir, 'other-ignore'), '*.md\n!clean.md\n')
    const other = json(caveat(['lint', 'content', '--ignore-path', 'other-ignore', '--format', 'json'], dir).stdout)
    expect(other.files.map((f) => f.path)).toEqual(['content/articles/clean.md'])
    const missing = caveat(['lint', 'content', '--ignore-path', 'nope'], dir)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Ignore file not found: nope')
  })

  it('a reader that goes away (| head -1) ends the run quietly, without a stack trace', () => {
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" lint "${seedArticle}" --no-cache --format json | head -1; echo "status \${PIPESTATUS[0]}" >&2`], {
      cwd: tempDir(),
      encoding: 'utf8',
      env: {...process.env, CI: 'true', NO_COLOR: '1'}
    })
    expect(run.stdout.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).not.toMatch(/EPIPE|Error|\n\s+at /)
    expect(run.stderr).toMatch(/status [01]\b/)
  })

  it('exit 2 prints nothing success-like; an empty glob says what to check', () => {
    const run = caveat(['lint', 'nothing/**/*.md'], dir)
    expect(run.code).toBe(2)
    expect(run.stdout).not.toContain('✔')
    expect(run.stdout).not.toMatch(/no problems/i)
    expect(run.stderr).toContain('no files match "nothing/**/*.md". Check the path')
  })

  it('every --output says "wrote FILE" on stderr', () => {
    const run = caveat(['lint', 'content/articles', '--format', 'json', '--output', 'out/lint.json', '--format', 'sarif', '--output', 'out/lint.sarif'], dir)
    expect(run.stderr).toContain('caveat: wrote out/lint.json')
    expect(run.stderr).toContain('caveat: wrote out/lint.sarif')
    expect(run.stdout).toBe('')
    const merge = caveat(['report', 'merge', 'out/lint.json', '--format', 'junit', '--output', 'out/merged.xml'], dir)
    expect(merge.stderr).toContain('caveat: wrote out/merged.xml')
    const report = caveat(['report', '--lint-report', 'out/lint.json', '--output', 'out/review'], dir)
    expect(report.code).toBe(0)
    expect(report.stderr).toContain(`caveat: wrote ${path.join('out/review', 'index.html')}`)
  })
})

describe('drafts: named, a draft fails like any file; found by a glob, one line', () => {
  let dir: string
  beforeAll(() => {
    dir = tempDir()
    writeFiles(dir, {'content/articles/clean.md': cleanArticle('Sleep better'), 'content/drafts/heat.md': draft('Heat for back pain')})
  })

  it('found through a folder: summarised in one line, exit 0, also with --max-warnings 0', () => {
    const run = caveat(['lint', 'content', '--max-warnings', '0'], dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Drafts, not counted above[^\n]*\n {2}content\/drafts\/heat\.md {2}\d+ errors?, \d+ warnings?\n/)
    expect(run.stdout).not.toContain('unsourced-claim')
    const full = caveat(['lint', 'content', '--drafts=full'], dir)
    expect(full.code).toBe(0)
    expect(full.stdout).toContain('unsourced-claim')
    expect(full.stdout).toContain('(draft: does not fail the run)')
  })

  it('named on the command line: linted like any file and fails on errors (exit 1)', () => {
    const run = caveat(['lint', 'content/drafts/heat.md'], dir)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('unsourced-claim')
    expect(run.stdout).not.toContain('does not fail the run')
    expect(caveat(['lint', 'content/drafts/heat.md', '--max-warnings', '0', '--quiet'], dir).code).toBe(1)
  })

  it('the seed draft named on the command line fails (exit 1), as the README says', () => {
    const run = caveat(['lint', 'content/drafts/kratom-back-pain.md', '--no-cache'], repoRoot)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/✖ \d{3} problems \(\d{3} errors/)
  })

  it('findings of one rule in a row give their shared "how to fix" once', () => {
    const project = tempDir()
    const claims = ['Garlic cures colds.', 'Ginger cures nausea.', 'Turmeric cures arthritis.'].join(' ')
    writeFiles(project, {'a.md': cleanArticle('Remedies').replace('This page is about sleep.', claims)})
    const run = caveat(['lint', 'a.md'], project)
    const unsourced = run.stdout.split('\n').filter((line) => line.includes('Unsourced health claim'))
    expect(unsourced.length).toBeGreaterThanOrEqual(2)
    expect(unsourced).toHaveLength(3)
    const fixes = run.stdout.split('\n').filter((line) => line.includes('→ Cite the evidence for this claim'))
    expect(fixes).toHaveLength(1)
    expect(fixes[0]).toContain('(also for the 2 below)')
  })
})
