import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {caveat, cleanArticle, faultyArticle, tempDir, writeFiles} from './helpers.js'
import type {Report} from '../src/report-types.js'

const json = (stdout: string) => JSON.parse(stdout) as Report

describe('caveat lint options', () => {
  let dir: string
  beforeAll(() => {
    dir = tempDir()
    writeFiles(dir, {
      'content/clean.md': cleanArticle('Sleep better'),
      'drafts/draft.md': faultyArticle('Heat for back pain').replace('author: Sam Lee', 'author: Sam Lee\ndraft: true'),
      'warn/stale.md': cleanArticle('Sleep better').replace(/lastReviewed: .*/, 'lastReviewed: 2020-01-15'),
      'literal/literal.md': cleanArticle('Sleep better').replace('the [NHS page on sleep](https://www.nhs.uk/live-well/sleep-and-tiredness/)', 'the NHS (see the sleep page).\n\nNHS sleep page: https://www.nhs.uk/live-well/sleep-and-tiredness/'),
      'inline/disabled.md': [
        cleanArticle('Sleep better'),
        '<!-- caveat-disable descriptive-link-text remark-lint:heading-increment -->',
        '',
        'See [click here](https://www.nhs.uk/) too.',
        '',
        '#### Deep heading',
        '',
        '<!-- caveat-enable descriptive-link-text -->',
        '',
        'And [here](https://www.nhs.uk/).',
        ''
      ].join('\n')
    })
  })

  it('a clean file exits 0', () => {
    const run = caveat(['lint', 'content'], dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('✔ No problems in 1 file')
  })

  it('drafts are reported but do not fail the run, unless --strict-drafts', () => {
    const run = caveat(['lint', 'drafts', '--format', 'json'], dir)
    const report = json(run.stdout)
    expect(report.files[0]!.draft).toBe(true)
    expect(report.summary.errors).toBeGreaterThan(0)
    expect(run.code).toBe(0)
    expect(caveat(['lint', 'drafts', '--strict-drafts'], dir).code).toBe(1)
  })

  it('warnings pass unless above --max-warnings', () => {
    const run = caveat(['lint', 'warn', '--format', 'json'], dir)
    const report = json(run.stdout)
    expect(report.summary).toMatchObject({errors: 0, warnings: 1})
    expect(report.files[0]!.messages[0]).toMatchObject({ruleId: 'stale-review', line: 7})
    expect(run.code).toBe(0)
    expect(caveat(['lint', 'warn', `--max-warnings`, String(report.summary.warnings)], dir).code).toBe(0)
    expect(caveat(['lint', 'warn', `--max-warnings`, String(report.summary.warnings - 1)], dir).code).toBe(1)
  })

  it('inline comments turn rules off and on again', () => {
    const report = json(caveat(['lint', 'inline', '--format', 'json'], dir).stdout)
    const messages = report.files[0]!.messages
    const link = messages.filter((m) => m.ruleId === 'descriptive-link-text')
    expect(link.map((m) => m.line)).toEqual([23])
    expect(messages.filter((m) => m.ruleId === 'remark-lint:heading-increment')).toEqual([])
  })

  it('the config re-levels and turns off rules (remark-lint ids with or without prefix)', () => {
    const config = path.join(dir, 'levels.config.json')
    writeFileSync(config, JSON.stringify({lint: {rules: {'no-literal-urls': 'error', 'descriptive-link-text': 'off', 'heading-increment': 'info'}}}))
    const literal = json(caveat(['lint', 'literal', '--config', config, '--format', 'json'], dir).stdout)
    expect(literal.files[0]!.messages.find((m) => m.ruleId === 'remark-lint:no-literal-urls')?.severity).toBe('error')
    const inline = json(caveat(['lint', 'inline', '--config', config, '--format', 'json', '--no-cache'], dir).stdout)
    expect(inline.files[0]!.messages.filter((m) => m.ruleId === 'descriptive-link-text')).toEqual([])
  })

  it('--list-rules lists caveat, plugin and remark-lint rules', () => {
    const run = caveat(['lint', '--list-rules'], dir)
    expect(run.code).toBe(0)
    for (const id of ['descriptive-link-text', 'stale-review', 'unsourced-claim', 'remark-lint:alt-text']) expect(run.stdout).toContain(id)
  })

  it('--help lists every flag; an unknown flag is exit 2', () => {
    const help = caveat(['lint', '--help'], dir)
    expect(help.code).toBe(0)
    for (const flag of ['--format', '--output', '--max-warnings', '--concurrency', '--no-cache', '--shard', '--strict-drafts', '--config', '--debug']) {
      expect(help.stdout).toContain(flag)
    }
    expect(caveat(['lint', '--frobnicate'], dir).code).toBe(2)
  })
})
