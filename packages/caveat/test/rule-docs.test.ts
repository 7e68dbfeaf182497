/** The committed rule docs are what scripts/docs.js generates from the rules (run `npm run docs -w caveat-health`). */
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {caveatRules} from '../src/rules/index.js'
import {ruleDocumentation, rulesIndex} from '../src/rules/docs.js'

const folder = new URL('../docs/rules/', import.meta.url)

describe('docs/rules', () => {
  it('holds one page per rule and an index, nothing else', () => {
    expect(readdirSync(folder).sort()).toEqual([...caveatRules.map((rule) => `${rule.id}.md`), 'readme.md'].sort())
  })

  it.each(caveatRules.map((rule) => ({id: rule.id, rule})))('$id.md is up to date', ({id, rule}) => {
    expect(readFileSync(new URL(`${id}.md`, folder), 'utf8')).toBe(ruleDocumentation(rule))
  })

  it('readme.md is up to date', () => {
    expect(readFileSync(new URL('readme.md', folder), 'utf8')).toBe(rulesIndex(caveatRules))
  })

  it('the package readme links every rule to its page', () => {
    const readme = readFileSync(new URL('../readme.md', import.meta.url), 'utf8')
    for (const rule of caveatRules) expect(readme).toContain(`(docs/rules/${rule.id}.md)`)
  })
})
