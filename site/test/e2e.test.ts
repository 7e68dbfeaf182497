/**
 * End-to-end checks of the BUILT site in a real Chromium (playwright-core driving
 * /usr/bin/chromium or CHROME_PATH): what a keyboard, screen-reader or small-screen
 * reader actually gets. The site is built into a temporary folder with the site's
 * own Eleventy config, and served over HTTP on 127.0.0.1.
 */
import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {chromium, type Browser, type Page} from 'playwright-core'
import {glob} from 'tinyglobby'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {findBrowser, launchArgs} from '../../packages/a11y/src/browser.js'
import {serveDirectory, type StaticServer} from '../../packages/a11y/src/site/server.js'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

let out: string
let server: StaticServer
let browser: Browser
let articles: string[]
let otherPages: string[]

let built = false
beforeAll(async () => {
  // CAVEAT_E2E_SITE: test an already built folder (CI builds once); otherwise build a fresh one.
  if (process.env['CAVEAT_E2E_SITE']) {
    out = path.resolve(process.env['CAVEAT_E2E_SITE'])
  } else {
    out = await mkdtemp(path.join(os.tmpdir(), 'caveat-e2e-'))
    built = true
    await promisify(execFile)(process.execPath, [path.join(repoRoot, 'node_modules/@11ty/eleventy/cmd.cjs'), '--config=site/eleventy.config.js', `--output=${out}`, '--quiet'], {cwd: repoRoot, maxBuffer: 1 << 26})
  }
  articles = (await glob('articles/*/index.html', {cwd: out})).sort().map((file) => `/${file.replace(/index\.html$/, '')}`)
  otherPages = ['/', ...(await glob('{topics/index.html,editorial-policy/index.html}', {cwd: out})).map((file) => `/${file.replace(/index\.html$/, '')}`)]
  server = await serveDirectory(out)
  browser = await chromium.launch({executablePath: findBrowser().executablePath, args: launchArgs()})
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (built) await rm(out, {recursive: true, force: true})
})

async function open(url: string, viewport = {width: 1280, height: 900}): Promise<Page> {
  const page = await browser.newPage({viewport})
  await page.goto(new URL(url, server.origin).href, {waitUntil: 'load'})
  return page
}

describe('the built site', () => {
  it('has article pages to test', () => {
    expect(articles.length).toBeGreaterThan(0)
  })

  it('first Tab focuses a visible skip link that moves focus to the main content', async () => {
    for (const url of [...otherPages, ...articles]) {
      const page = await open(url)
      try {
        await page.keyboard.press('Tab')
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLAnchorElement | null
          const box = element?.getBoundingClientRect()
          return {tag: element?.tagName, text: element?.textContent?.trim(), href: element?.getAttribute('href'), visible: Boolean(box && box.width > 0 && box.height > 0)}
        })
        expect(focused.tag, url).toBe('A')
        expect(focused.text, url).toMatch(/skip/i)
        expect(focused.visible, `${url}: the skip link is visible when focused`).toBe(true)
        const target = focused.href!.slice(1)
        expect(focused.href, url).toMatch(/^#./)
        expect(await page.locator(`[id="${target}"]`).count(), `${url}: skip link target #${target} exists`).toBe(1)
        await page.keyboard.press('Enter')
        expect(await page.evaluate(() => location.hash), url).toBe(`#${target}`)
      } finally {
        await page.close()
      }
    }
  })

  it('every disclaimer is visible and exposed as a note with its accessible name', async () => {
    let total = 0
    for (const url of articles) {
      const page = await open(url)
      try {
        const labels = await page.locator('.health-disclaimer, [data-disclaimer]').evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''))
        for (const label of labels) {
          expect(label, `${url}: a disclaimer without aria-label`).not.toBe('')
          // Resolved through the accessibility tree: role=note with that name, and visible.
          await expect(page.getByRole('note', {name: label, exact: true}).first().isVisible(), `${url}: note "${label}"`).resolves.toBe(true)
        }
        expect(await page.getByRole('note').count(), url).toBeGreaterThanOrEqual(labels.length)
        total += labels.length
      } finally {
        await page.close()
      }
    }
    // Every article carries at least the medical disclaimer.
    expect(total).toBeGreaterThanOrEqual(articles.length)
  })

  it('on a 390 × 844 phone, every article shows the first line of its first paragraph on the first screen', async () => {
    for (const url of articles) {
      const page = await open(url, {width: 390, height: 844})
      try {
        const first = await page.evaluate(() => {
          // The article's own first paragraph: not a disclaimer's.
          const paragraph = [...document.querySelectorAll('.article__body p')].find((p) => !p.closest('aside'))
          if (!paragraph) return undefined
          const box = paragraph.getBoundingClientRect()
          return {top: box.top, line: parseFloat(getComputedStyle(paragraph).lineHeight), notes: document.querySelectorAll('.article__body > aside').length}
        })
        expect(first, `${url}: has a paragraph`).toBeDefined()
        expect(first!.top + first!.line, `${url}: first line of the body ends at ${first!.top + first!.line}px`).toBeLessThanOrEqual(844)
      } finally {
        await page.close()
      }
    }
  })

  it('a citation marker leads to its source entry, and the entry leads back to the marker (no JavaScript)', async () => {
    // Reduced motion: the jump is instant, so where it landed can be read at once.
    const context = await browser.newContext({javaScriptEnabled: false, viewport: {width: 1280, height: 900}, reducedMotion: 'reduce'})
    const page = await context.newPage()
    try {
      let checked = 0
      for (const url of articles) {
        await page.goto(new URL(url, server.origin).href)
        const markers = page.locator('.article__body sup.cite > a')
        if ((await markers.count()) === 0) continue
        const marker = markers.nth((await markers.count()) - 1)
        const id = await marker.getAttribute('id')
        const name = (await marker.evaluate((element) => element.textContent ?? '')).replace(/[[\]]/g, '')
        // Its accessible name says what it is: "Source 3", not "[3]".
        const number = /\d+/.exec(name)![0]
        await expect(page.getByRole('link', {name: `Source ${number}`, exact: true}).count()).resolves.toBeGreaterThan(0)
        await marker.click()
        expect(new URL(page.url()).hash, url).toBe(`#source-${number}`)
        const entry = page.locator(`#source-${number}`)
        await expect(entry.isVisible()).resolves.toBe(true)
        expect(await entry.evaluate((element) => element.getBoundingClientRect().top >= -1 && element.getBoundingClientRect().top < innerHeight), url).toBe(true)
        const back = entry.locator(`a[href="#${id}"]`)
        await expect(back.getAttribute('aria-label')).resolves.toMatch(/^Back to citation \d+ of \d+/)
        await back.click()
        expect(new URL(page.url()).hash, url).toBe(`#${id}`)
        expect(await marker.evaluate((element) => element.getBoundingClientRect().top >= -1 && element.getBoundingClientRect().bottom <= innerHeight), `${url}: back at the marker`).toBe(true)
        checked++
      }
      expect(checked).toBeGreaterThan(0)
    } finally {
      await context.close()
    }
  })

  it('GOV.UK breadcrumbs: a labelled navigation before the main content, Home then the topic, each page reachable', async () => {
    for (const url of articles) {
      const page = await open(url)
      try {
        const nav = page.getByRole('navigation', {name: 'Breadcrumb'})
        await expect(nav.isVisible()).resolves.toBe(true)
        const links = nav.getByRole('link')
        const names = await links.allTextContents()
        expect(names[0], url).toBe('Home')
        expect(names.length, url).toBe(2)
        // Above the main content: the skip link jumps past it.
        expect(await page.evaluate(() => {
          const crumbs = document.querySelector('nav.breadcrumbs') as Element
          return Boolean(crumbs.compareDocumentPosition(document.querySelector('main') as Element) & Node.DOCUMENT_POSITION_FOLLOWING) && !crumbs.closest('main')
        }), url).toBe(true)
        const topic = names[1] as string
        await links.nth(1).click()
        await page.waitForLoadState('load')
        expect(new URL(page.url()).pathname, url).toMatch(/^\/topics\/[^/]+\/$/)
        expect((await page.getByRole('heading', {level: 1}).textContent())?.trim(), url).toBe(topic)
        expect(await page.locator(`.article-list a[href="${url}"]`).count(), `${url} is listed on its topic page`).toBe(1)
      } finally {
        await page.close()
      }
    }
  })

  it('search: “kratom” from the header form finds the kratom article; nonsense gets a clear message', async () => {
    const page = await open('/')
    try {
      const box = page.getByRole('searchbox', {name: 'Search articles'})
      await box.fill('kratom')
      await box.press('Enter')
      await page.waitForURL(/\/search\/\?q=kratom$/)
      const status = page.getByRole('status')
      await expect(status.filter({hasText: /match/}).waitFor({timeout: 15_000})).resolves.toBeUndefined()
      expect(await status.textContent()).toMatch(/^\d+ articles? match(es)? ‘kratom’$/)
      const results = page.locator('#search-results a')
      const hrefs = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
      expect(hrefs).toContain('/articles/kratom-and-back-pain/')
      // Only articles are indexed: no home, topic or search page among the results.
      expect(hrefs.filter((href) => !href.startsWith('/articles/'))).toEqual([])
      await expect(page.getByRole('link', {name: 'Kratom and back pain: what is known'}).isVisible()).resolves.toBe(true)
      expect(await page.title()).toMatch(/^Search results for ‘kratom’/)
      // The search page's own form keeps the query.
      expect(await page.getByRole('searchbox', {name: 'Search articles'}).last().inputValue()).toBe('kratom')

      // Words only in the notes Caveat adds to every article find nothing: they are not indexed.
      await page.goto(new URL('/search/?q=substitute', server.origin).href)
      await expect(status.filter({hasText: /No articles/}).waitFor({timeout: 15_000})).resolves.toBeUndefined()

      await page.goto(new URL('/search/?q=zzqxjv', server.origin).href)
      await expect(status.filter({hasText: /No articles/}).waitFor({timeout: 15_000})).resolves.toBeUndefined()
      expect(await status.textContent()).toBe('No articles match ‘zzqxjv’. Check the spelling, try fewer or different words, or find an article by topic.')
      await expect(page.getByRole('link', {name: 'Browse topics'}).isVisible()).resolves.toBe(true)
      expect(await page.title()).toMatch(/^No results for ‘zzqxjv’/)
    } finally {
      await page.close()
    }
  })

  it('search without JavaScript says so and offers the topics', async () => {
    const context = await browser.newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    try {
      await page.goto(new URL('/search/?q=kratom', server.origin).href)
      expect(await page.locator('main').innerText()).toContain('Search needs JavaScript, which is turned off in your browser.')
      await expect(page.locator('main a[href="/topics/"]').isVisible()).resolves.toBe(true)
    } finally {
      await context.close()
    }
  })

  it('article pages have exactly one h1', async () => {
    for (const url of articles) {
      const page = await open(url)
      try {
        expect(await page.getByRole('heading', {level: 1}).count(), url).toBe(1)
      } finally {
        await page.close()
      }
    }
  })

  it('is usable at 320px wide without horizontal scrolling', async () => {
    for (const url of [...otherPages, ...articles]) {
      const page = await open(url, {width: 320, height: 640})
      try {
        const widths = await page.evaluate(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}))
        expect(widths.scroll, `${url}: scrollWidth at 320px`).toBeLessThanOrEqual(320)
      } finally {
        await page.close()
      }
    }
  })
})

describe('caveat a11y on the built site (axe + HTML_CodeSniffer, WCAG 2 AA)', () => {
  it('finds 0 errors on every page of the sitemap: articles, search, topics', async () => {
    const {code, stdout, stderr} = await promisify(execFile)(
      process.execPath,
      [path.join(repoRoot, 'packages/caveat/bin/caveat.js'), 'a11y', out, '--format', 'json', '--no-cache', '--quiet'],
      {cwd: repoRoot, maxBuffer: 1 << 26}
    ).then(
      (result) => ({code: 0, ...result}),
      (error: {code?: number; stdout?: string; stderr?: string}) => ({code: error.code ?? 1, stdout: error.stdout ?? '', stderr: error.stderr ?? ''})
    )
    const report = JSON.parse(stdout) as {summary: {errors: number}; files: Array<{path: string; messages: Array<{severity: string; message: string}>}>}
    const errors = report.files.flatMap((file) => file.messages.filter((message) => message.severity === 'error').map((message) => `${file.path}: ${message.message}`))
    expect(errors, stderr).toEqual([])
    expect(code, stderr).toBe(0)
    const checked = report.files.map((file) => file.path).join('\n')
    expect(checked).toMatch(/search/)
    expect(checked).toMatch(/kratom-and-back-pain/)
  }, 240_000)
})

// The source map the a11y stage relies on (`caveat:source` meta, else the slug convention) must hold for the built articles.
describe('built pages map back to their markdown', () => {
  it('every article page is named after a content file', async () => {
    for (const url of articles) {
      const slug = url.split('/').filter(Boolean).pop()!
      const html = await readFile(path.join(out, url, 'index.html'), 'utf8')
      const declared = /<meta\s[^>]*name=["']caveat:source["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1]
      const candidates = declared ? [declared] : await glob(`content/**/${slug}.md`, {cwd: repoRoot})
      expect(candidates.length, `${url} → content/**/${slug}.md`).toBe(1)
    }
  })
})
