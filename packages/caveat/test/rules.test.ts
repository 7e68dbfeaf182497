/**
 * One loop runs every example of every Caveat rule through the real engine: the file is
 * written to disk, read by the input rules, parsed and checked by the tree rules, and
 * judged by the document rules, exactly as `caveat lint` does.
 */
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {caveatRules, engineRules, type RuleExample} from '../src/rules/index.js'
import {createAnalyser} from '../src/lint/analyse.js'
import {finalize} from '../src/lint/finalize.js'
import {readArticle} from '../src/lint/read-file.js'
import {resolveConfig} from '../src/config/load.js'
import {analysisFailure} from '../src/rules/engine.js'
import type {ReportMessage} from '../src/report-types.js'
import {tempDir} from './helpers.js'

const {config} = resolveConfig({}, undefined)
const analyser = createAnalyser(config)
const dir = tempDir('caveat-rules-')
let count = 0

async function lint(example: RuleExample): Promise<ReportMessage[]> {
  const file = path.join(dir, `example-${++count}.md`)
  if (!example.missing) writeFileSync(file, example.bytes ? Buffer.from(example.bytes) : example.markdown)
  const lintSettings = {...config.lint, ...example.lint}
  const read = await readArticle(file, lintSettings)
  if (!read.ok) return [read.message]
  const analysis = await (await analyser)({path: 'example.md', content: read.content})
  const now = example.today ? new Date(`${example.today}T12:00:00Z`) : new Date()
  return finalize('example.md', analysis, {...config, lint: lintSettings}, now).messages
}

describe('rule examples', () => {
  for (const rule of caveatRules) {
    describe(rule.id, () => {
      it('documents what it checks, why, and what to do, with examples', () => {
        expect(rule.description.length).toBeGreaterThan(10)
        expect(rule.why.length).toBeGreaterThan(10)
        expect(rule.fix.length).toBeGreaterThan(10)
        expect(rule.examples.ok.length).toBeGreaterThan(0)
        // Only the engine's own rule has no markdown that triggers it (tested below with an error).
        if (rule.stage !== 'engine') expect(rule.examples.notOk.length).toBeGreaterThan(0)
      })
      for (const example of rule.examples.ok) {
        it(`ok: ${example.title}`, async () => {
          expect((await lint(example)).filter((m) => m.ruleId === rule.id)).toEqual([])
        })
      }
      for (const example of rule.examples.notOk) {
        it(`not ok: ${example.title} (line ${example.lines?.join(', ')})`, async () => {
          const hits = (await lint(example)).filter((m) => m.ruleId === rule.id)
          expect(hits.map((m) => m.line)).toEqual(example.lines)
          for (const hit of hits) {
            expect(hit.source).toBe('caveat')
            expect(hit.url).toMatch(new RegExp(`/docs/rules/${rule.id}\\.md$`))
            expect(hit.note).toBeTruthy()
          }
        })
      }
    })
  }

  it('analysis-failed reports the crash, with its stack under --debug', () => {
    expect(engineRules.map((rule) => rule.id)).toEqual(['analysis-failed'])
    const error = new Error('boom')
    expect(analysisFailure(error, {debug: false})).toMatchObject({ruleId: 'analysis-failed', severity: 'error', message: 'Could not analyse the file: boom', line: 1})
    expect(analysisFailure(error, {debug: true}).message).toContain('at ')
  })

  it('each rule is registered once, and its file is named after it', async () => {
    const ids = caveatRules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) {
      const module = (await import(`../src/rules/${id}.ts`)) as {rule: {id: string}}
      expect(module.rule.id).toBe(id)
    }
  })
})
