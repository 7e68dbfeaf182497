/** Grading pa11y issues by WCAG criterion (no browser needed). */
import type {Pa11yIssue} from 'pa11y'
import {describe, expect, it} from 'vitest'
import {gradeIssues} from '../src/grade.js'
import {axeTagsFor, criteriaFromAxeTags, criterionFromHtmlcsCode} from '../src/wcag.js'

const options = {standard: 'WCAG2AA' as const, wcagVersion: '2.1' as const, warnings: true, htmlcsWarnings: false, runners: ['axe', 'htmlcs']}
const axe = (code: string, extras: Partial<NonNullable<Pa11yIssue['runnerExtras']>> & {tags?: string[]} = {}, selector = 'html > body > p'): Pa11yIssue => ({
  code,
  type: 'error',
  typeCode: 1,
  message: code,
  context: '<p>',
  selector,
  runner: 'axe',
  runnerExtras: {help: `help for ${code}`, helpUrl: `https://dequeuniversity.com/rules/axe/4.11/${code}?application=axeAPI`, needsFurtherReview: false, impact: 'moderate', ...extras}
})
const htmlcs = (code: string, type: Pa11yIssue['type'] = 'error', selector = 'html > body > p'): Pa11yIssue => ({code, type, typeCode: 1, message: code, context: '<p>', selector, runner: 'htmlcs'})

describe('WCAG mapping', () => {
  it('reads criteria from axe tags and HTML_CodeSniffer codes', () => {
    expect(criteriaFromAxeTags(['cat.color', 'wcag2aa', 'wcag143'])).toEqual([{criterion: '1.4.3', level: 'AA'}])
    expect(criteriaFromAxeTags(['wcag1410'])).toEqual([{criterion: '1.4.10', level: 'AA'}])
    expect(criterionFromHtmlcsCode('WCAG2AA.Principle1.Guideline1_1.1_1_1.H37')).toEqual({criterion: '1.1.1', level: 'A'})
    expect(criterionFromHtmlcsCode('WCAG2AA.Principle1.Guideline1_3.1_3_1_A.G141')).toEqual({criterion: '1.3.1', level: 'A'})
    expect(axeTagsFor('WCAG2AA', '2.2')).toEqual(['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    expect(axeTagsFor('WCAG2A', '2.1')).toEqual(['wcag2a', 'wcag21a'])
  })
})

describe('grading', () => {
  it('makes a "moderate" axe violation of an AA criterion an error (pa11y: warning)', () => {
    const [message] = gradeIssues([axe('meta-viewport', {impact: 'moderate'})], options)
    expect(message).toMatchObject({severity: 'error', wcag: {criterion: '1.4.4', level: 'AA'}, url: 'https://dequeuniversity.com/rules/axe/4.11/meta-viewport'})
  })

  it('keeps needs-review and best-practice results as warnings (pa11y: errors)', () => {
    const [bypass, heading] = gradeIssues([axe('bypass', {needsFurtherReview: true, impact: 'serious'}), axe('heading-order', {impact: 'serious'})], options)
    expect(bypass).toMatchObject({severity: 'warning', message: 'help for bypass (needs review)'})
    expect(heading).toMatchObject({severity: 'warning', message: 'help for heading-order (best practice)', wcag: undefined})
  })

  it('drops frame-tested, HTML_CodeSniffer notices and (by default) its warnings', () => {
    expect(gradeIssues([axe('frame-tested'), htmlcs('WCAG2AA.Principle1.Guideline1_3.1_3_1.H48', 'warning'), htmlcs('WCAG2AA.Principle2.Guideline2_4.2_4_2.H25.2', 'notice')], options)).toEqual([])
    expect(gradeIssues([htmlcs('WCAG2AA.Principle1.Guideline1_3.1_3_1.H48', 'warning')], {...options, htmlcsWarnings: true})).toHaveLength(1)
  })

  it('keeps an HTML_CodeSniffer contrast failure as an error only when axe agrees', () => {
    const code = 'WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail'
    expect(gradeIssues([htmlcs(code)], options)[0]!.severity).toBe('warning')
    expect(gradeIssues([htmlcs(code), axe('color-contrast', {impact: 'serious'})], options).map((m) => m.severity)).toEqual(['error', 'error'])
    expect(gradeIssues([htmlcs(code)], {...options, runners: ['htmlcs']})[0]!.severity).toBe('error')
  })

  it('treats 4.1.1 Parsing as a warning under WCAG 2.2 (obsolete), an error under 2.1', () => {
    const duplicate = htmlcs('WCAG2AA.Principle4.Guideline4_1.4_1_1.F77')
    expect(gradeIssues([duplicate], options)[0]!.severity).toBe('error')
    expect(gradeIssues([duplicate], {...options, wcagVersion: '2.2'})[0]!.severity).toBe('warning')
  })

  it('keeps "form has no submit button" (H32.2) as a warning: not a WCAG failure by itself', () => {
    expect(gradeIssues([htmlcs('WCAG2AA.Principle3.Guideline3_2.3_2_2.H32.2')], options)[0]).toMatchObject({severity: 'warning', wcag: {criterion: '3.2.2'}})
  })

  it('reports the same rule on the same element once', () => {
    expect(gradeIssues([axe('image-alt', {impact: 'critical'}), axe('image-alt', {impact: 'critical'})], options)).toHaveLength(1)
  })
})

describe('the browser checks and the axe rules they switch on', () => {
  it('grades aria-prohibited-attr as a failure even where axe asks for review (the label is ignored either way)', () => {
    const issue = axe('aria-prohibited-attr', {needsFurtherReview: true, tags: ['wcag2a', 'wcag412']})
    expect(gradeIssues([issue], options)[0]?.severity).toBe('warning')
    const [message] = gradeIssues([issue], {...options, promoteNeedsReview: ['aria-prohibited-attr']})
    expect(message?.severity).toBe('error')
    expect(message?.message).not.toMatch(/needs review/)
    expect(message?.wcag).toEqual({criterion: '4.1.2', level: 'A'})
  })

  it('grades a check finding by its criterion: an AA failure is an error at WCAG2AA, a warning at WCAG2A', async () => {
    const {gradeFinding} = await import('../src/runners/index.js')
    const finding = {source: 'reflow', ruleId: 'reflow-scroll', criterion: '1.4.10', message: 'too wide', selector: 'main > div', context: '<div>'}
    expect(gradeFinding(finding, {standard: 'WCAG2AA', warnings: true})).toMatchObject({severity: 'error', wcag: {criterion: '1.4.10', level: 'AA'}, source: 'reflow', selector: 'main > div'})
    expect(gradeFinding(finding, {standard: 'WCAG2A', warnings: true})?.severity).toBe('warning')
    expect(gradeFinding(finding, {standard: 'WCAG2A', warnings: false})).toBeUndefined()
  })
})
