/**
 * Every Caveat rule documents "ok" and "not ok" examples (like remark-lint);
 * run each one through the real engine.
 */
import {describe, expect, it} from 'vitest'
import {caveatRules} from '../src/rules/index.js'
import {createAnalyser} from '../src/lint/analyse.js'
import {finalize} from '../src/lint/finalize.js'
import {resolveConfig} from '../src/config/load.js'

const {config} = resolveConfig({}, undefined)
const analyser = createAnalyser(config)

async function lint(markdown: string, today?: string) {
  const analysis = await (await analyser)({path: 'example.md', content: markdown})
  return finalize('example.md', analysis, config, today ? new Date(`${today}T12:00:00Z`) : new Date())
}

describe('rule examples', () => {
  for (const rule of caveatRules) {
    describe(rule.id, () => {
      it('documents what it checks, why, and what to do', () => {
        expect(rule.description.length).toBeGreaterThan(10)
        expect(rule.rationale.length).toBeGreaterThan(10)
        expect(rule.note.length).toBeGreaterThan(10)
      })
      rule.examples.ok.forEach((example, index) => {
        it(`ok example ${index + 1} is not reported`, async () => {
          const report = await lint(example.markdown, example.today)
          expect(report.messages.filter((m) => m.ruleId === rule.id)).toEqual([])
        })
      })
      rule.examples.notOk.forEach((example, index) => {
        it(`not-ok example ${index + 1} is reported on line(s) ${example.lines?.join(', ')}`, async () => {
          const report = await lint(example.markdown, example.today)
          const hits = report.messages.filter((m) => m.ruleId === rule.id)
          expect(hits.map((m) => m.line)).toEqual(example.lines)
          for (const hit of hits) {
            expect(hit.url).toContain(`#${rule.id}`)
            expect(hit.note).toBeTruthy()
          }
        })
      })
    })
  }

  it('rules that need the parse or the date have examples', () => {
    const withExamples = caveatRules.filter((rule) => rule.examples.notOk.length > 0).map((rule) => rule.id)
    expect(withExamples).toEqual(expect.arrayContaining(['descriptive-link-text', 'table-header', 'frontmatter-yaml', 'frontmatter-schema', 'jama-authorship', 'jama-disclosure', 'jama-currency', 'stale-review', 'readability-grade']))
  })
})
