/**
 * `claims` options mean the same in `caveat.config.*` and in the Eleventy plugin: both are
 * validated by remark-health-claims' one schema, so a value one accepts the other accepts.
 */
import {describe, expect, it} from 'vitest'
import {OptionsError, parseOptions, ruleIds} from 'remark-health-claims'
import {resolveConfig} from '../src/config/load.js'
import {normalizeOptions} from '../../eleventy-plugin-health-claims/src/options/normalize.js'

const accepted = (fn: () => unknown): boolean => {
  try {
    fn()
    return true
  } catch {
    return false
  }
}

const samples: Array<{claims: unknown; ok: boolean}> = [
  {claims: {}, ok: true},
  {claims: {scope: 'paragraph', minConfidence: 0.7, locale: 'en-GB'}, ok: true},
  {claims: {rules: {'unsourced-claim': 'warn', 'weak-source': 'off'}}, ok: true},
  {claims: {sources: {trusted: ['*.nhs.uk'], replaceDefaults: false}, disclaimers: ['medical']}, ok: true},
  {claims: {topics: [{id: 'pregnancy', match: ['pregnant'], title: 'Pregnancy', text: 'Ask a midwife.'}]}, ok: true},
  {claims: {annotate: true}, ok: false},
  {claims: {frontmatter: {title: 'x'}}, ok: false},
  {claims: {scope: 'page'}, ok: false},
  {claims: {minConfidence: 2}, ok: false},
  {claims: {rules: {'no-such-rule': 'warn'}}, ok: false},
  {claims: {rules: {'absolute-claim': 'loud'}}, ok: false},
  {claims: {scop: 'paragraph'}, ok: false},
  {claims: {sources: {trustd: ['nhs.uk']}}, ok: false},
  {claims: {topics: [{id: 'medical', match: 'x', title: 'T', text: 'x'}]}, ok: false}
]

describe('claims options', () => {
  it.each(samples)('caveat config and the Eleventy plugin agree on $claims', ({claims, ok}) => {
    const caveat = accepted(() => resolveConfig({claims}, 'caveat.config.mjs'))
    const eleventy = accepted(() => normalizeOptions({claims}, '/tmp'))
    expect({caveat, eleventy}).toEqual({caveat: ok, eleventy: ok})
  })

  it('rejects an unknown key naming it and the known options', () => {
    const error = (() => {
      try {
        parseOptions({scop: 'paragraph'})
      } catch (error) {
        return error
      }
    })()
    expect(error).toBeInstanceOf(OptionsError)
    expect(String((error as Error).message)).toMatch(/`scop` is not an option of remark-health-claims \(known options: scope, /)
    expect(() => normalizeOptions({claims: {scop: 'paragraph'}}, '/tmp')).toThrow(/option `claims.scop` is not an option of remark-health-claims/)
    expect(() => resolveConfig({claims: {scop: 'paragraph'}}, 'caveat.config.mjs')).toThrow(/claims\.scop: unknown option — did you mean "scope"/)
  })

  it('names every problem, not only the first', () => {
    expect(() => parseOptions({scope: 'page', minConfidence: -1})).toThrow(/`scope` must be one of[^\n]*\n[^\n]*`minConfidence` must be a number from 0 to 1/)
  })

  it('accepts exactly the registered rule ids', () => {
    expect(ruleIds).toContain('unsourced-claim')
    for (const id of ruleIds) expect(() => parseOptions({rules: {[id]: 'off'}})).not.toThrow()
    expect(() => parseOptions({rules: {'unsourced-claims': 'off'}})).toThrow(/unknown rule `unsourced-claims`/)
  })
})
