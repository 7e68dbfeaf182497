/**
 * Caveat's browser checks (keyboard, reflow and resize text, text spacing, orientation, label
 * in name, prohibited ARIA) in a real Chromium on fixture pages that fail and pages that pass,
 * including the tricky passes: a modal dialog that keeps focus on purpose and closes with
 * Escape, a carousel that scrolls horizontally by design, overflow: hidden on text that fits.
 * One run over the whole fixture folder (one browser, pages checked concurrently).
 */
import {cp, mkdtemp, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseA11yConfig} from '../src/config.js'
import {runA11yCheck} from '../src/run.js'
import type {A11yReport, ReportMessage} from '../src/report.js'

const fixtures = fileURLToPath(new URL('fixtures/checks/', import.meta.url))
const checkSources = new Set(['keyboard', 'reflow', 'text-spacing', 'orientation'])
const axeChecks = new Set(['label-content-name-mismatch', 'aria-prohibited-attr'])
const checks = new Set(['keyboard-trap', 'keyboard-not-focusable', 'keyboard-unreachable', 'focus-order', 'focus-not-visible', 'reflow-scroll', 'reflow-clipped', 'resize-text-clipped', 'text-spacing-clipped', 'text-spacing-overlap', 'orientation-lock'])
// Where the checks' docs are: this package's docs/checks.md in the repository its package.json names.
const checksDocs = 'https://github.com/caveat-health/caveat/blob/main/packages/a11y/docs/checks.md'

let work: string
let report: A11yReport
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'caveat-a11y-checks-'))
  report = (await runA11yCheck({dir: fixtures, cwd: work, cache: false, concurrency: 2})).report
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

const messagesOf = (page: string): ReportMessage[] => report.files.find((file) => file.path === page)?.messages ?? []
const ours = (page: string) => messagesOf(page).filter((message) => checkSources.has(message.source) || axeChecks.has(message.ruleId) || message.ruleId === 'check-crashed')

describe('pages that fail each check', () => {
  it('finds errors and checks every page', () => {
    expect(report.summary.errors).toBeGreaterThan(0)
    expect(report.summary.failed).toBe(0)
    expect(report.files).toHaveLength(17)
  })

  it.each([
    ['keyboard-trap.html', 'keyboard-trap', '#widget', '2.1.2', true],
    ['keyboard-mouse-only.html', 'keyboard-not-focusable', '#small', '2.1.1', false],
    ['keyboard-mouse-only.html', 'keyboard-not-focusable', '#large', '2.1.1', false],
    ['keyboard-skipped.html', 'keyboard-unreachable', '#b', '2.1.1', false],
    ['focus-order.html', 'focus-order', '#help', '2.4.3', false],
    ['focus-not-visible.html', 'focus-not-visible', '#hidden-focus', '2.4.7', true],
    ['focus-not-visible.html', 'focus-not-visible', '#plain', '2.4.7', true],
    ['reflow-wide.html', 'reflow-scroll', 'html > body > main > div', '1.4.10', true],
    ['reflow-clipped.html', 'reflow-clipped', 'html > body > main > p:nth-child(2)', '1.4.10', true],
    ['resize-clipped.html', 'resize-text-clipped', 'html > body > main > div', '1.4.4', true],
    ['text-spacing-clipped.html', 'text-spacing-clipped', 'html > body > main > div', '1.4.12', true],
    ['text-spacing-overlap.html', 'text-spacing-overlap', 'html > body > main > div:nth-child(3)', '1.4.12', true],
    ['orientation-locked.html', 'orientation-lock', 'html', '1.3.4', false],
    ['names.html', 'label-content-name-mismatch', '#mismatch', '2.5.3', false],
    ['names.html', 'aria-prohibited-attr', '#prohibited', '4.1.2', false]
  ])('%s: %s on %s, an error for WCAG %s', (page, ruleId, selector, criterion, visual) => {
    const message = messagesOf(page).find((m) => m.ruleId === ruleId && m.selector === selector)
    expect(message, `${ruleId} at ${selector} in ${JSON.stringify(ours(page).map((m) => [m.ruleId, m.selector]))}`).toBeDefined()
    expect(message!.severity).toBe('error')
    expect(message!.wcag?.criterion).toBe(criterion)
    expect(message!.context).toMatch(/^</)
    expect(message!.url).toMatch(checks.has(ruleId) ? `${checksDocs}#` : /^https:\/\/dequeuniversity\.com\//)
    if (visual) expect(message!.screenshot).toMatch(/^data:image\/png;base64,/)
  })

  it('shows the element as the page wrote it, not with the styles a check applied', () => {
    const message = messagesOf('text-spacing-overlap.html').find((m) => m.ruleId === 'text-spacing-overlap')
    expect(message?.context).toBe('<div class="after">Read the leaflet that comes with the pack before you start.</div>')
  })
})

describe('pages that pass', () => {
  it.each([
    // A modal dialog that keeps focus inside on purpose and closes with Escape.
    'keyboard-modal.html',
    // Focus shown by a box-shadow, by a :focus-within outline on the card, by a ring that fades in; a search field (its caret).
    'focus-styled.html',
    // A carousel that scrolls sideways by design, a code block in its own scroll container, a data table,
    // overflow: hidden on a badge whose text fits, visually-hidden text.
    'reflow-ok.html',
    // overflow: hidden with a min-height: the box grows with the text.
    'text-spacing-ok.html',
    // A side note hidden in portrait and an arrow turned in landscape: responsive, not locked.
    'orientation-ok.html'
  ])('%s: no findings from the browser checks', (page) => {
    expect(ours(page).map((m) => `${m.ruleId} ${m.selector}`)).toEqual([])
  })

  it('a page that fails one check is not flagged by the others', () => {
    expect(ours('reflow-wide.html').map((m) => m.ruleId)).toEqual(['reflow-scroll'])
    expect(ours('keyboard-trap.html').map((m) => m.ruleId)).toEqual(['keyboard-trap'])
    expect(ours('orientation-locked.html').map((m) => m.ruleId)).toEqual(['orientation-lock'])
  })

  it('a matching label and a permitted aria-label are not flagged', () => {
    expect(ours('names.html').map((m) => m.selector)).not.toContain('#match')
    expect(ours('names.html').filter((m) => m.selector?.includes('nav'))).toEqual([])
  })
})

describe('links to the docs', () => {
  it('each check links to its section of docs/checks.md, which exists', async () => {
    const {readFile} = await import('node:fs/promises')
    const doc = await readFile(new URL('../docs/checks.md', import.meta.url), 'utf8')
    const anchors = new Set([...doc.matchAll(/^#+ (.+)$/gm)].map((match) => match[1]!.toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-')))
    const urls = new Set(report.files.flatMap((file) => file.messages).filter((m) => checkSources.has(m.source)).map((m) => m.url!))
    expect(urls.size).toBeGreaterThan(0)
    for (const url of urls) {
      expect(url.startsWith(`${checksDocs}#`), url).toBe(true)
      expect(anchors, url).toContain(url.slice(url.indexOf('#') + 1))
    }
  })
})

describe('turning checks off', () => {
  it('a11y.checks: false for a check drops its findings, and the others still run', async () => {
    const site = path.join(work, 'site')
    for (const page of ['keyboard-trap.html', 'reflow-wide.html', 'names.html']) await cp(path.join(fixtures, page), path.join(site, page))
    const {report: result} = await runA11yCheck({dir: site, cwd: work, cache: false, config: {checks: {keyboard: false, labelInName: false}}})
    const rules = result.files.flatMap((file) => file.messages.map((m) => m.ruleId))
    expect(rules).not.toContain('keyboard-trap')
    expect(rules).not.toContain('label-content-name-mismatch')
    expect(rules).toContain('reflow-scroll')
    expect(rules).toContain('aria-prohibited-attr')
  })

  it('every check is on by default; an unknown check is a config error', () => {
    expect(parseA11yConfig({}).checks).toEqual({keyboard: true, reflow: true, textSpacing: true, orientation: true, labelInName: true, ariaProhibited: true})
    expect(parseA11yConfig({checks: {reflow: false}}).checks.reflow).toBe(false)
    expect(() => parseA11yConfig({checks: {zoom: false}})).toThrow(/a11y\.checks/)
  })
})
