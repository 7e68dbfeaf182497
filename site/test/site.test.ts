/**
 * Builds the real site (content/ + site/ with the real Eleventy config and plugins) once, into a
 * temporary folder, and checks what a reader, a search engine or a feed reader would get.
 */
import {execFile} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fromXml} from 'xast-util-from-xml'
import type {Element as XmlElement, Root as XmlRoot} from 'xast'
import {chromium, type Browser} from 'playwright-core'
import {parse as parseYaml} from 'yaml'
import caveatConfig from '../../caveat.config.mjs'
import {chromiumArgs, findChromium, serveDirectory} from '../scripts/browser.js'
import {smartQuotes} from '../lib/filters.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const contentDir = path.join(root, 'content')
const eleventyBin = path.join(root, 'node_modules/@11ty/eleventy/cmd.cjs')
const siteUrl = 'https://health.example'

interface Source {
  title: string
  url: string
  publisher?: string
}

interface Article {
  file: string
  url: string
  draft: boolean
  data: Record<string, unknown> & {title: string; sources?: Source[]; tags?: string[]}
  body: string
}

/** Every markdown file in content/, with its front matter and the URL Eleventy gives it. */
function readArticles(): Article[] {
  const files = readdirSync(contentDir, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.md'))
  return files.sort().map((file) => {
    const text = readFileSync(path.join(contentDir, file), 'utf8')
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text)
    if (!match) throw new Error(`content/${file}: no front matter`)
    const data = parseYaml(match[1] as string) as Article['data']
    const permalink = typeof data.permalink === 'string' ? data.permalink : undefined
    const url = permalink ?? '/' + file.replace(/\\/g, '/').replace(/(^|\/)index\.md$|\.md$/, '$1') + '/'
    return {
      file,
      url: url.replace(/\/+$/, '/').replace(/^\/\//, '/'),
      draft: data.draft === true || /(^|[\\/])drafts[\\/]/.test(file),
      data,
      body: text.slice(match[0].length)
    }
  })
}

const articles = readArticles()
const published = articles.filter((article) => !article.draft)
const drafts = articles.filter((article) => article.draft)

let out = ''
const pages = new Map<string, Root>()

function outputFile(url: string): string {
  return path.join(out, url.endsWith('/') ? url + 'index.html' : url)
}

function page(url: string): Root {
  let tree = pages.get(url)
  if (!tree) {
    const file = outputFile(url)
    if (!existsSync(file)) throw new Error(`No page was written for ${url} (expected ${file})`)
    tree = fromHtml(readFileSync(file, 'utf8'))
    pages.set(url, tree)
  }
  return tree
}

/** URLs of every HTML page in the output. */
function htmlPages(): string[] {
  return readdirSync(out, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.html'))
    .map((file) => '/' + file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1'))
    .sort()
}

function xml(file: string): XmlRoot {
  return fromXml(readFileSync(path.join(out, file), 'utf8'))
}

function xmlElements(tree: XmlRoot | XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = []
  const visit = (node: XmlRoot | XmlElement) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.name === name) found.push(child)
      visit(child)
    }
  }
  visit(tree)
  return found
}

function xmlText(node: XmlElement): string {
  return node.children.map((child) => ('value' in child ? child.value : child.type === 'element' ? xmlText(child) : '')).join('')
}

function isoDate(value: unknown): string {
  const date = value instanceof Date ? value : new Date(String(value))
  return date.toISOString().slice(0, 10)
}

function nameOf(person: unknown): string {
  return typeof person === 'string' ? person : String((person as {name?: unknown})?.name ?? '')
}

function jsonLd(tree: Root): Record<string, unknown> {
  const scripts = selectAll('script[type="application/ld+json"]', tree)
  expect(scripts).toHaveLength(1)
  return JSON.parse(toString(scripts[0] as Element)) as Record<string, unknown>
}

/** Words of a configured topic disclaimer found in an article's text (case-insensitive, whole words). */
function mentions(body: string, match: string | string[] | RegExp): boolean {
  if (match instanceof RegExp) return match.test(body)
  const words = Array.isArray(match) ? match : [match]
  return words.some((word) => new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(body))
}

/** Disclaimer ids an article turns off in its front matter (`disclaimers: false` or a list). */
function turnedOff(data: Article['data']): Set<string> | 'all' {
  if (data.disclaimers === false) return 'all'
  return new Set(Array.isArray(data.disclaimers) ? data.disclaimers.map(String) : [])
}

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'caveat-site-'))
  try {
    await promisify(execFile)(process.execPath, [eleventyBin, '--config=site/eleventy.config.js', `--output=${out}`, '--quiet'], {
      cwd: root,
      env: {...process.env, SITE_URL: siteUrl, CAVEAT_PREVIEW: '', PATH_PREFIX: ''},
      maxBuffer: 32 * 1024 * 1024
    })
  } catch (error) {
    const {stdout, stderr} = error as {stdout?: string; stderr?: string}
    throw new Error(`The site build failed:\n${stderr ?? ''}\n${stdout ?? ''}`)
  }
})

afterAll(async () => {
  if (out) await rm(out, {recursive: true, force: true})
})

describe('content', () => {
  it('has published articles and at least one draft to keep out', () => {
    expect(published.length).toBeGreaterThanOrEqual(1)
    expect(drafts.length).toBeGreaterThanOrEqual(1)
  })
})

describe('every page', () => {
  it('is English (UK), has one h1, a skip link first, and the landmarks', () => {
    const urls = htmlPages()
    expect(urls).toContain('/')
    for (const url of urls) {
      const tree = page(url)
      const where = `page ${url}`
      expect(select('html', tree)?.properties.lang, where).toBe('en-GB')
      expect(selectAll('h1', tree), where).toHaveLength(1)
      const firstFocusable = select('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])', tree)
      expect(firstFocusable?.properties.className, where).toEqual(['skip-link'])
      expect(firstFocusable?.properties.href, where).toBe('#main-content')
      expect(select('main#main-content', tree), where).toBeTruthy()
      expect(select('body > header', tree), where).toBeTruthy()
      expect(select('nav[aria-label]', tree), where).toBeTruthy()
      expect(select('body > footer', tree), where).toBeTruthy()
      // Only the search page runs a script (Pagefind); every other page works without JavaScript.
      const scripts = selectAll('script:not([type="application/ld+json"])', tree).map((script) => script.properties.src)
      expect(scripts, `${where} needs no JavaScript`).toEqual(url === '/search/' ? ['/assets/search.js'] : [])
    }
  })
})

describe('article pages', () => {
  it.each(published.map((article) => [article.file, article] as const))('%s shows its title, people, dates, sources and tags', (_, article) => {
    const tree = page(article.url)
    const {data} = article
    // Typographic quotes, as in the body: `"natural"` is shown as “natural”.
    expect(toString(select('h1', tree) as Element).trim()).toBe(smartQuotes(data.title))
    if (data.description) expect(toString(select('.lede', tree) as Element).trim()).toBe(smartQuotes(data.description))

    const meta = toString(select('.article__meta', tree) as Element)
    expect(meta).toContain(nameOf(data.author))
    expect(meta).toContain(nameOf(data.reviewedBy))
    const times = selectAll('.article__meta time', tree).map((time) => time.properties.dateTime)
    expect(times).toEqual([isoDate(data.datePublished), isoDate(data.lastReviewed)])

    // Every front matter source is listed once: cited ones under Sources, the rest as further reading.
    const listed = selectAll('.article__sources ol > li > a:first-child, .article__further li > a:first-child', tree)
    const byUrl = new Map(listed.map((link) => [String(link.properties.href), toString(link)]))
    expect(listed).toHaveLength((data.sources ?? []).length)
    for (const source of data.sources ?? []) expect(byUrl.get(source.url), source.url).toBe(source.title)
    expect(toString(select('.article__meta', tree) as Element)).not.toContain('Next review due')
    const review = toString(select('.page-review', tree) as Element)
    const due = new Date(isoDate(data.lastReviewed) + 'T00:00:00Z')
    due.setUTCFullYear(due.getUTCFullYear() + Math.floor((caveatConfig.lint.staleReviewMonths ?? 12) / 12))
    expect(review).toContain('Next review due:')
    expect(selectAll('.page-review time', tree).map((time) => time.properties.dateTime)).toEqual([isoDate(data.lastReviewed), due.toISOString().slice(0, 10)])

    // Each [n] marker in the text links to its entry, and the entry links back to every marker.
    const markers = selectAll('.article__body sup.cite > a', tree)
    for (const marker of markers) {
      const entry = select(String(marker.properties.href), tree)
      expect(entry, `${String(marker.properties.href)} exists`).toBeTruthy()
      expect(selectAll('a', entry as Element).map((link) => link.properties.href)).toContain('#' + String(marker.properties.id))
      // The marker follows a link to that very source.
      const cited = selectAll('.article__body a', tree)
      const before = cited[cited.indexOf(marker) - 1]
      expect(String(before?.properties.href).replace(/#.*$/, '').replace(/\/$/, '')).toBe(
        String(select('a', entry as Element)?.properties.href).replace(/\/$/, '')
      )
    }
    const citedCount = selectAll('.article__sources ol > li', tree).length
    if (citedCount > 0) expect(markers.length).toBeGreaterThanOrEqual(citedCount)

    const tagLinks = selectAll('.article__tags a', tree).map((link) => link.properties.href)
    expect(tagLinks).toHaveLength((data.tags ?? []).length)
    for (const href of tagLinks) expect(existsSync(outputFile(String(href))), `tag page ${href}`).toBe(true)
  })

  it.each(published.map((article) => [article.file, article] as const))('%s carries each expected disclaimer exactly once', (_, article) => {
    const tree = page(article.url)
    const asides = selectAll('aside.health-disclaimer', tree)
    // A combined note lists several ids (`data-disclaimer="medical kratom"`).
    const ids = asides.flatMap((aside) => String(aside.properties.dataDisclaimer).split(' '))
    const off = turnedOff(article.data)

    // The markup screen readers rely on: a labelled note.
    for (const aside of asides) {
      expect(aside.properties.role).toBe('note')
      expect(String(aside.properties.ariaLabel ?? '')).not.toBe('')
      expect(select('.article__body', tree)?.children).toContain(aside)
    }
    // Never twice.
    expect(new Set(ids).size, `disclaimers ${ids.join(', ')}`).toBe(ids.length)

    if (off === 'all') {
      expect(ids).toEqual([])
      return
    }
    // Every published article makes health claims, so it says it is not medical advice.
    if (!off.has('medical')) expect(ids).toContain('medical')
    for (const topic of caveatConfig.claims.topics) {
      const expected = !off.has(topic.id) && mentions(article.body, topic.match)
      expect(ids.includes(topic.id), `topic disclaimer "${topic.id}" on ${article.file}`).toBe(expected)
      if (expected) {
        const aside = asides.find((node) => String(node.properties.dataDisclaimer).split(' ').includes(topic.id)) as Element
        expect(String(aside.properties.ariaLabel).split('; ')).toContain(topic.title)
        expect(toString(aside)).toContain(topic.text.slice(0, 40))
      }
    }
    // An en-GB publication that sells nothing never prints the US supplement-label statement.
    expect(ids).not.toContain('supplement')
    expect(toString(tree)).not.toMatch(/not intended to diagnose, treat, cure, or prevent/)
  })

  it('has the kratom topic disclaimer on the article about kratom', () => {
    const kratom = published.filter((article) => /kratom/i.test(article.body))
    if (kratom.length === 0) return // the content team's kratom article is not published yet
    for (const article of kratom) {
      const aside = select('aside.health-disclaimer[data-disclaimer~="kratom"][role="note"]', page(article.url))
      expect(aside, article.file).toBeTruthy()
      expect(toString(aside as Element)).toMatch(/not approved by the US Food and Drug Administration/)
    }
  })

  it.each(published.map((article) => [article.file, article] as const))('%s has MedicalWebPage JSON-LD matching its front matter', (_, article) => {
    const ld = jsonLd(page(article.url))
    const {data} = article
    expect(ld['@context']).toMatch(/^https?:\/\/schema\.org\/?$/)
    expect(ld['@type']).toBe('MedicalWebPage')
    expect(ld.headline ?? ld.name).toBe(data.title)
    expect(ld.description).toBe(data.description)
    expect(String(ld.datePublished).slice(0, 10)).toBe(isoDate(data.datePublished))
    expect(String(ld.lastReviewed).slice(0, 10)).toBe(isoDate(data.lastReviewed))
    const names = (value: unknown) => (Array.isArray(value) ? value : [value]).map(nameOf)
    expect(names(ld.author)).toContain(nameOf(data.author))
    expect(names(ld.reviewedBy)).toContain(nameOf(data.reviewedBy))
    const citations = (Array.isArray(ld.citation) ? ld.citation : [ld.citation]).map((citation) =>
      typeof citation === 'string' ? citation : String((citation as {url?: unknown}).url)
    )
    for (const source of data.sources ?? []) expect(citations).toContain(source.url)
    expect(ld.medicalAudience).toBeTruthy()
  })
})

describe('typography', () => {
  it('prose has curly quotes and apostrophes, code keeps straight ones', () => {
    for (const article of published) {
      const body = select('.article__body', page(article.url)) as Element
      const prose = selectAll('p, li, h2, h3, td', body)
        .filter((node) => !select('code', node))
        .map((node) => toString(node))
        .join('\n')
      expect(prose, article.file).not.toMatch(/["']/)
    }
    const herbal = published.find((article) => article.body.includes('"natural"'))
    if (herbal) expect(toString(select('.article__body', page(herbal.url)) as Element)).toContain('“natural”')
    // Titles from front matter too, in the page and in its <title>.
    const quoted = published.find((article) => /["']/.test(article.data.title))
    if (quoted) {
      expect(toString(select('h1', page(quoted.url)) as Element)).not.toMatch(/["']/)
      expect(toString(select('title', page(quoted.url)) as Element)).not.toMatch(/["']/)
    }
  })
})

describe('drafts', () => {
  it('are never written to the output', () => {
    const h1s = htmlPages().map((url) => toString(select('h1', page(url)) as Element).trim())
    for (const draft of drafts) {
      expect(existsSync(outputFile(draft.url)), draft.url).toBe(false)
      expect(h1s, draft.file).not.toContain(draft.data.title)
    }
    const written = readdirSync(out, {recursive: true, encoding: 'utf8'})
    expect(written.filter((file) => /(^|[\\/])drafts([\\/]|$)/.test(file))).toEqual([])
  })

  it('are not listed on the home page, topic pages, the sitemap or the feed', () => {
    const everything = [
      ...htmlPages().map((url) => readFileSync(outputFile(url), 'utf8')),
      readFileSync(path.join(out, 'sitemap.xml'), 'utf8'),
      readFileSync(path.join(out, 'feed.xml'), 'utf8')
    ].join('\n')
    for (const draft of drafts) {
      expect(everything, draft.file).not.toContain(`href="${draft.url}"`)
      expect(everything, draft.file).not.toContain(siteUrl + draft.url)
    }
  })
})

describe('sitemap.xml', () => {
  it('lists every published page, and only pages that exist', () => {
    const locs = xmlElements(xml('sitemap.xml'), 'loc').map(xmlText)
    const expected = htmlPages()
      .filter((url) => url !== '/404.html')
      .map((url) => siteUrl + url)
    expect([...locs].sort()).toEqual(expected)
    for (const article of published) expect(locs).toContain(siteUrl + article.url)
  })

  it('gives each article its last review as lastmod', () => {
    const urls = xmlElements(xml('sitemap.xml'), 'url')
    for (const article of published) {
      const entry = urls.find((url) => xmlText(xmlElements(url, 'loc')[0] as XmlElement) === siteUrl + article.url)
      expect(xmlText(xmlElements(entry as XmlElement, 'lastmod')[0] as XmlElement)).toBe(isoDate(article.data.lastReviewed))
    }
  })
})

describe('feed.xml (Atom)', () => {
  it('has one entry per published article, newest first, with absolute links', () => {
    const feed = xml('feed.xml')
    const [element] = xmlElements(feed, 'feed')
    expect(element?.attributes.xmlns).toBe('http://www.w3.org/2005/Atom')
    const entries = xmlElements(feed, 'entry')
    expect(entries).toHaveLength(published.length)
    const links = entries.map((entry) => xmlElements(entry, 'link')[0]?.attributes.href)
    expect([...links].sort()).toEqual(published.map((article) => siteUrl + article.url).sort())
    const dates = entries.map((entry) => xmlText(xmlElements(entry, 'published')[0] as XmlElement))
    expect(dates).toEqual([...dates].sort().reverse())
    for (const entry of entries) {
      const html = xmlText(xmlElements(entry, 'content')[0] as XmlElement)
      expect(html).toContain('class="health-disclaimer"')
      expect(html).not.toMatch(/href="\/(?!\/)/) // links in feed readers must be absolute
    }
  })
})

describe('site pages', () => {
  it('has the editorial policy with its three sections', () => {
    const tree = page('/editorial-policy/')
    const headings = selectAll('h2', tree).map((heading) => toString(heading))
    expect(headings).toEqual(expect.arrayContaining(['How we source claims', 'Our disclaimers', 'How articles are reviewed']))
    for (const topic of caveatConfig.claims.topics) expect(toString(tree)).toContain(topic.text)
  })

  it('lists every published article on the home page', () => {
    const links = selectAll('.article-list a', page('/')).map((link) => link.properties.href)
    expect([...links].sort()).toEqual(published.map((article) => article.url).sort())
  })

  it('has one page per tag, listing the articles with that tag', () => {
    const tags = new Set(published.flatMap((article) => article.data.tags ?? []))
    for (const tag of tags) {
      const topicPage = selectAll('a', page(`/topics/${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}/`))
        .map((link) => link.properties.href)
        .filter((href) => published.some((article) => article.url === href))
      const expected = published.filter((article) => article.data.tags?.includes(tag)).map((article) => article.url)
      expect(new Set(topicPage), tag).toEqual(new Set(expected))
    }
  })

  it('has a 404 page kept out of search engines', () => {
    const tree = page('/404.html')
    expect(toString(select('h1', tree) as Element)).toBe('Page not found')
    expect(select('meta[name="robots"][content="noindex"]', tree)).toBeTruthy()
  })
})

describe('in Chromium', () => {
  let browser: Browser
  let server: {origin: string; close: () => Promise<void>}

  beforeAll(async () => {
    server = await serveDirectory(out)
    browser = await chromium.launch({executablePath: findChromium(), args: chromiumArgs})
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('no page scrolls sideways at 320px (WCAG 1.4.10 Reflow)', async () => {
    const context = await browser.newContext({viewport: {width: 320, height: 640}})
    const tab = await context.newPage()
    const overflowing: string[] = []
    for (const url of htmlPages()) {
      await tab.goto(server.origin + url)
      const width = await tab.evaluate(() => document.documentElement.scrollWidth)
      if (width > 320) overflowing.push(`${url} (${width}px)`)
    }
    await context.close()
    expect(overflowing).toEqual([])
  })

  it('keeps an article readable without JavaScript', async () => {
    const article = published[0] as Article
    const context = await browser.newContext({javaScriptEnabled: false})
    const tab = await context.newPage()
    await tab.goto(server.origin + article.url)
    await expect.poll(() => tab.locator('h1').innerText()).toBe(article.data.title)
    expect(await tab.locator('aside.health-disclaimer').first().isVisible()).toBe(true)
    expect(await tab.locator('.article__sources li').count()).toBe((article.data.sources ?? []).length)
    await context.close()
  })

  it('shows the skip link on the first Tab, with the yellow focus style, and it moves focus to main', async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 800}})
    const tab = await context.newPage()
    await tab.goto(server.origin + (published[0] as Article).url)
    await tab.keyboard.press('Tab')
    const focused = await tab.evaluate(() => {
      const element = document.activeElement as HTMLElement
      const box = element.getBoundingClientRect()
      return {
        text: element.textContent,
        background: getComputedStyle(element).backgroundColor,
        visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight
      }
    })
    expect(focused).toEqual({text: 'Skip to main content', background: 'rgb(255, 221, 0)', visible: true})
    await tab.keyboard.press('Enter')
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('main-content')
    await context.close()
  })

  it('prints without the navigation, showing where source links go', async () => {
    const context = await browser.newContext()
    const tab = await context.newPage()
    await tab.goto(server.origin + (published[0] as Article).url)
    await tab.emulateMedia({media: 'print'})
    expect(await tab.locator('.site-nav').isVisible()).toBe(false)
    const after = await tab.evaluate(() => {
      const link = document.querySelector('.sources-list a') as HTMLAnchorElement
      return getComputedStyle(link, '::after').content
    })
    expect(after).toContain('http')
    await context.close()
  })
})
