/**
 * The reviewer's report in a real Chromium: it passes `caveat a11y` (pa11y:
 * axe + HTML_CodeSniffer) with 0 errors, its table sorts with the keyboard,
 * and claim tags jump to their findings. With UPDATE_SCREENSHOTS=1 it also
 * saves .github/screenshots/report-index.png and report-seed.png.
 */
import {copyFileSync, mkdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {main} from '../src/cli.js'
import type {Report} from '../src/report-types.js'
import {caveat, repoRoot, tempDir} from './helpers.js'

const seed = '../shared/seed/000_b2823957736016dd.txt'
const executablePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium'

let dir: string
let browser: Browser
let page: Page

beforeAll(async () => {
  dir = path.join(tempDir('caveat-report-browser-'), 'review')
  const result = caveat(['report', seed, 'content/articles', '--output', dir, '--quiet'], repoRoot)
  expect(result.code, result.stderr).toBe(0)
  browser = await chromium.launch({executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']})
  page = await browser.newPage({viewport: {width: 1400, height: 1000}})
})

afterAll(async () => {
  await browser?.close()
})

const url = (file: string) => pathToFileURL(path.join(dir, file)).href

async function column(name: string): Promise<number[]> {
  return page.$$eval(`table[data-sortable] tbody td[data-column="${name}"]`, (cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))))
}

describe('the index in a browser', () => {
  it('lists the riskiest article first, and sorts by any column from the keyboard', async () => {
    await page.goto(url('index.html'))
    const risks = await column('risk')
    expect(risks).toEqual([...risks].sort((a, b) => b - a))
    expect(await page.textContent('table[data-sortable] tbody tr:first-child th')).toContain('000_b2823957736016dd')

    const header = page.locator('th[data-sort]', {hasText: 'Sourced'}).first()
    await header.locator('button').focus()
    await page.keyboard.press('Enter')
    expect(await header.getAttribute('aria-sort')).toBe('descending')
    const sourced = await column('sourced')
    expect(sourced).toEqual([...sourced].sort((a, b) => b - a))
    expect(sourced[0]).toBeGreaterThan(sourced.at(-1)!)
    expect(await page.textContent('#sort-status')).toBe('Sorted by Sourced, descending.')
    expect(await page.locator('th[aria-sort]').count()).toBe(1)

    await page.keyboard.press('Enter')
    expect(await header.getAttribute('aria-sort')).toBe('ascending')
    const ascending = await column('sourced')
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
  })

  it('filters the articles by title or path', async () => {
    await page.goto(url('index.html'))
    const total = await page.locator('table[data-sortable] tbody tr').count()
    await page.getByLabel('Filter articles by title or path').fill('kratom')
    const visible = page.locator('table[data-sortable] tbody tr:not([hidden])')
    expect(await visible.count()).toBeLessThan(total)
    for (const text of await visible.locator('th').allTextContents()) expect(text.toLowerCase()).toContain('kratom')
    expect(await page.textContent('#sort-status')).toBe(`${await visible.count()} of ${total} articles shown.`)
    await page.getByLabel('Filter articles by title or path').fill('')
    expect(await visible.count()).toBe(total)
  })

  it('takes the reader from a claim tag to its finding and back', async () => {
    await page.goto(url('index.html'))
    await page.click('a:has-text("000_b2823957736016dd")')
    const tag = page.locator('a.tag--unsourced').first()
    const href = (await tag.getAttribute('href'))!
    await tag.click()
    expect(new URL(page.url()).hash).toBe(href)
    const finding = page.locator(href)
    expect(await finding.textContent()).toContain('unsourced-claim')
    await finding.locator('a:has-text("Show in text")').click()
    const mark = page.locator(new URL(page.url()).hash)
    expect(await mark.evaluate((node) => node.tagName)).toBe('MARK')
    expect(await mark.evaluate((node) => node.className)).toContain('claim--unsourced')
  })

  it('saves the screenshots when asked (UPDATE_SCREENSHOTS=1)', async () => {
    const out = tempDir('caveat-report-shots-')
    await page.goto(url('index.html'))
    await page.screenshot({path: path.join(out, 'report-index.png'), fullPage: true})
    await page.goto(url('index.html'))
    await page.click('a:has-text("000_b2823957736016dd")')
    // Scroll to the "real-life examples" passage: unsourced claims, anecdotes and advice side by side.
    await page.locator('.claim-tags .tag--anecdotal').first().evaluate((node) => node.scrollIntoView({block: 'center'}))
    await page.evaluate(() => window.scrollBy(0, 250))
    await page.screenshot({path: path.join(out, 'report-seed.png')})
    for (const name of ['report-index.png', 'report-seed.png']) expect(readFileSync(path.join(out, name)).subarray(1, 4).toString()).toBe('PNG')
    if (process.env['UPDATE_SCREENSHOTS'] === '1') {
      const target = path.join(repoRoot, '.github/screenshots')
      mkdirSync(target, {recursive: true})
      for (const name of ['report-index.png', 'report-seed.png']) copyFileSync(path.join(out, name), path.join(target, name))
    }
  })
})

describe('caveat a11y on the report', () => {
  it('finds 0 accessibility errors on any page (WCAG 2 AA, axe + HTML_CodeSniffer)', async () => {
    const work = tempDir('caveat-report-a11y-')
    const output = path.join(work, 'a11y.json')
    let stderr = ''
    const code = await main(['a11y', dir, '--format', 'json', '--output', output, '--no-cache', '--quiet', '--timeout', '300000', '--concurrency', '2'], {
      stdout: {write: () => true},
      stderr: {write: (chunk: string) => (stderr += chunk)},
      cwd: work,
      env: {...process.env, CHROME_PATH: executablePath}
    })
    const report = JSON.parse(readFileSync(output, 'utf8')) as Report
    const errors = report.files.flatMap((file) => file.messages.filter((m) => m.severity === 'error').map((m) => `${file.path}: ${m.ruleId} ${m.message} ${m.selector ?? ''}`))
    expect(errors, stderr).toEqual([])
    expect(report.summary.failed).toBe(0)
    expect(report.files).toHaveLength(9)
    expect(code).toBe(0)
  }, 900_000)
})
