/**
 * Every rule's documented "ok" / "not ok" examples, run through the real
 * pipeline; the messages must match the documentation exactly.
 */
import {readFile} from 'node:fs/promises'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkHealthClaims, {defaultDocsUrl, ruleDocumentation, rules} from '../src/index.js'
import type {Options} from '../src/index.js'

async function lint(markdown: string, options: Options = {}): Promise<VFile> {
  const file = new VFile({path: 'example.md', value: markdown})
  await unified().use(remarkParse).use(remarkGfm).use(remarkHealthClaims, options).use(remarkRehype).use(rehypeStringify).process(file)
  return file
}

function format(file: VFile, ruleId: string): string[] {
  return file.messages
    .filter((message) => message.ruleId === ruleId)
    .map((message) => `${message.place && 'start' in message.place ? `${message.place.start.line}:${message.place.start.column}-${message.place.end.line}:${message.place.end.column}` : '?'}: ${message.reason}`)
}

describe('rule examples', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      it('documents at least one ok and one not-ok example, each not-ok with a message', () => {
        expect(rule.examples.ok.length).toBeGreaterThan(0)
        expect(rule.examples.notOk.length).toBeGreaterThan(0)
        for (const example of rule.examples.notOk) expect(example.messages.length).toBeGreaterThan(0)
        for (const example of rule.examples.ok) expect(example.messages).toEqual([])
      })

      for (const example of rule.examples.ok) {
        it(`ok: ${example.title}`, async () => {
          expect(format(await lint(example.markdown, example.options), rule.id)).toEqual([])
        })
      }

      for (const example of rule.examples.notOk) {
        it(`not ok: ${example.title}`, async () => {
          const file = await lint(example.markdown, example.options)
          expect(format(file, rule.id)).toEqual(example.messages)
          for (const message of file.messages.filter((message) => message.ruleId === rule.id)) {
            expect(message.source).toBe('remark-health-claims')
            expect(message.url).toBe(`${defaultDocsUrl}${rule.id}.md`)
            expect(message.fatal).toBe(rule.defaultSeverity === 'error')
            expect(message.note).toBeTruthy()
          }
        })

        it(`not ok, turned off: ${example.title}`, async () => {
          const file = await lint(example.markdown, {...example.options, rules: {[rule.id]: 'off'}})
          expect(format(file, rule.id)).toEqual([])
        })
      }
    })
  }
})

describe('severity and docs options', () => {
  it('reports an error rule as a warning when configured so, with a custom docs URL', async () => {
    const file = await lint('Kratom is 100% safe.\n', {rules: {'absolute-claim': 'warn'}, docsUrl: 'https://example.org/rules/'})
    const message = file.messages.find((message) => message.ruleId === 'absolute-claim')
    expect(message?.fatal).toBe(false)
    expect(message?.url).toBe('https://example.org/rules/absolute-claim.md')
  })

  it('rejects unknown rules, severities and scopes with a helpful error', () => {
    expect(() => unified().use(remarkHealthClaims, {rules: {'no-such-rule': 'warn'} as never}).freeze()).toThrow(/unknown rule `no-such-rule`/)
    expect(() => unified().use(remarkHealthClaims, {rules: {'absolute-claim': 'loud' as never}}).freeze()).toThrow(/'error', 'warn' or 'off'/)
    expect(() => unified().use(remarkHealthClaims, {scope: 'page' as never}).freeze()).toThrow(/`scope` must be one of/)
  })
})

describe('generated rule docs', () => {
  for (const rule of rules) {
    it(`docs/rules/${rule.id}.md is up to date (run npm run docs -w remark-health-claims)`, async () => {
      const committed = await readFile(new URL(`../docs/rules/${rule.id}.md`, import.meta.url), 'utf8')
      expect(committed).toBe(ruleDocumentation(rule))
    })
  }
})
