/**
 * The real site templates and config, on a small temporary content folder with the cases the real
 * content must never contain: template syntax written in an article, and a draft that is marked
 * only by `draft: true` in its front matter (not by living in content/drafts/), and a table too
 * wide for a phone.
 *
 * Built in preview mode: a literal `{{ … }}` is exactly what the `placeholder-text` rule reports,
 * so a publish build would (rightly) refuse this article. Built under a path prefix, as on
 * GitHub Pages (`PATH_PREFIX=/caveat/`, `SITE_URL=https://owner.github.io/caveat`).
 */
import {execFile} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import {chromium} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {chromiumArgs, findChromium, serveDirectory} from '../scripts/browser.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const eleventyBin = path.join(root, 'node_modules/@11ty/eleventy/cmd.cjs')
const siteUrl = 'https://owner.github.io/caveat'

const frontMatter = (title: string, extra = '') => `---
title: "${title}"
description: "A test page."
author: "Test Author"
reviewedBy: "Test Reviewer"
datePublished: 2026-01-05
lastReviewed: 2026-02-10
tags: [testing]
${extra}---
`

const templateSyntax = `${frontMatter(
  'Template syntax is text',
  'sources:\n  - title: "Back pain"\n    url: "https://www.nhs.uk/conditions/back-pain/"\n    publisher: "NHS"\n  - title: "Never cited"\n    url: "https://www.nice.org.uk/guidance/ng59"\n    publisher: "NICE"\n'
)}
The [NHS back pain page](https://www.nhs.uk/conditions/back-pain/) has more.

Editors sometimes paste {{ site.title }} or {{ 6 * 7 }} from a template, or {% if draft %}hidden{% endif %}.

In code it stays as written too: \`{{ page.url }}\`.

\`\`\`njk
{% for item in collections.all %}{{ item.url }}{% endfor %}
\`\`\`

| Column one heading | Column two heading | Column three heading | Column four heading | Column five heading |
| --- | --- | --- | --- | --- |
| a-rather-long-unbreakable-cell-value | another-rather-long-unbreakable-value | and-a-third-long-unbreakable-value | a-fourth-long-unbreakable-value | the-fifth-long-unbreakable-value |
`

const frontMatterDraft = `${frontMatter('Unfinished flagged draft', 'draft: true\n')}
Nothing here should ever be published.
`

let temp = ''
let out = ''

function read(file: string): string {
  return readFileSync(path.join(out, file), 'utf8')
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'caveat-site-edge-'))
  const content = path.join(temp, 'content')
  out = path.join(temp, 'out')
  await mkdir(content, {recursive: true})
  await writeFile(path.join(content, 'template-syntax.md'), templateSyntax)
  await writeFile(path.join(content, 'flagged-draft.md'), frontMatterDraft)
  try {
    await promisify(execFile)(process.execPath, [eleventyBin, '--config=site/eleventy.config.js', `--output=${out}`, '--quiet'], {
      cwd: root,
      env: {...process.env, CAVEAT_CONTENT_DIR: content, CAVEAT_PREVIEW: '1', SITE_URL: siteUrl, PATH_PREFIX: '/caveat/'},
      maxBuffer: 32 * 1024 * 1024
    })
  } catch (error) {
    const {stdout, stderr} = error as {stdout?: string; stderr?: string}
    throw new Error(`The site build failed:\n${stderr ?? ''}\n${stdout ?? ''}`)
  }
})

afterAll(async () => {
  if (temp) await rm(temp, {recursive: true, force: true})
})

describe('template syntax in an article', () => {
  it('renders literally, in prose and in code', () => {
    const tree = fromHtml(read('template-syntax/index.html'))
    // Preview labels each finding (“Placeholder”) after its words: read the text without them.
    for (const tags of selectAll('.finding-tags', tree)) tags.children = []
    const body = toString(select('.article__body', tree) as Element)
    // …and the placeholders are what is highlighted.
    expect(selectAll('.article__body mark.finding--placeholder-text', tree).length).toBeGreaterThanOrEqual(3)
    expect(body).toContain('{{ site.title }}')
    expect(body).toContain('{{ 6 * 7 }}')
    expect(body).toContain('{% if draft %}hidden{% endif %}')
    expect(body).toContain('{{ page.url }}')
    expect(body).toContain('{% for item in collections.all %}{{ item.url }}{% endfor %}')
    expect(body).not.toContain('42')
  })
})

describe('sources', () => {
  it('lists a cited source under Sources with a marker, and one nothing cites as further reading', () => {
    const tree = fromHtml(read('template-syntax/index.html'))
    expect(selectAll('.article__sources ol > li > a:first-child', tree).map((a) => a.properties.href)).toEqual(['https://www.nhs.uk/conditions/back-pain/'])
    expect(select('.article__body sup.cite > a[href="#source-1"]', tree)).toBeTruthy()
    expect(toString(select('.article__further h2', tree) as Element)).toBe('Further reading')
    expect(selectAll('.article__further li > a', tree).map((a) => a.properties.href)).toEqual(['https://www.nice.org.uk/guidance/ng59'])
  })
})

describe('a draft marked only in its front matter', () => {
  it('is rendered in preview as a draft, and listed nowhere a published article is', () => {
    // Preview builds render drafts for editors (site.test.ts checks the published build has none).
    expect(toString(select('.draft-banner', fromHtml(read('flagged-draft/index.html'))) as Element)).toContain('not published')
    const written = readdirSync(out, {recursive: true, encoding: 'utf8'})
    const everything = written
      // The reviewer's report (/_review/) and the draft itself name it on purpose.
      .filter((file) => /\.(html|xml)$/.test(file) && !file.startsWith('_review') && !file.startsWith('flagged-draft') && file !== 'index.html')
      .map((file) => read(file))
      .join('\n')
    expect(everything).not.toContain('flagged-draft')
    expect(everything).not.toContain('Unfinished flagged draft')
    // The home page lists it only under the preview's drafts heading.
    const home = fromHtml(read('index.html'))
    const latest = selectAll('.article-list a', home).map((a) => String(a.properties.href))
    expect(latest.filter((href) => href.includes('flagged-draft'))).toHaveLength(1)
    expect(read('index.html')).toContain('Drafts (preview only)')
    // …while the published article is listed everywhere it should be.
    expect(read('sitemap.xml')).toContain('<loc>https://owner.github.io/caveat/template-syntax/</loc>')
    expect(read('feed.xml')).toContain('href="https://owner.github.io/caveat/template-syntax/"')
    expect(read('index.html')).toContain('href="/caveat/template-syntax/"')
  })
})

describe('under a path prefix (GitHub Pages)', () => {
  it('prefixes every site link, stylesheet and absolute URL', () => {
    const tree = fromHtml(read('template-syntax/index.html'))
    const local = selectAll('a[href^="/"], link[href^="/"]', tree).map((node) => String(node.properties.href))
    expect(local.length).toBeGreaterThan(5)
    expect(local.filter((href) => !href.startsWith('/caveat/'))).toEqual([])
    expect(select('link[rel="canonical"]', tree)?.properties.href).toBe('https://owner.github.io/caveat/template-syntax/')
    const locs = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    expect(locs.filter((loc) => !loc?.startsWith(siteUrl + '/'))).toEqual([])
  })

  it('gives the JSON-LD the URL the page is served at, prefix included', () => {
    const script = select('script[type="application/ld+json"]', fromHtml(read('template-syntax/index.html'))) as Element
    const data = JSON.parse(toString(script)) as {url?: string}
    expect(data.url).toBe('https://owner.github.io/caveat/template-syntax/')
  })
})

describe('a wide table', () => {
  it('scrolls inside a focusable, labelled region', () => {
    const tree = fromHtml(read('template-syntax/index.html'))
    const regions = selectAll('.article__body .table-scroll', tree)
    expect(regions).toHaveLength(1)
    const region = regions[0] as Element
    expect(region.properties).toMatchObject({role: 'region', tabIndex: 0, ariaLabel: 'Table 1'})
    expect(select('table', region)).toBeTruthy()
  })

  it('does not make the page scroll sideways at 320px', async () => {
    const server = await serveDirectory(out)
    const browser = await chromium.launch({executablePath: findChromium(), args: chromiumArgs})
    try {
      const tab = await browser.newPage({viewport: {width: 320, height: 640}})
      // Served from the output folder itself, so the prefix is not part of the path here.
      await tab.route('**/caveat/**', (route) => route.continue({url: route.request().url().replace('/caveat/', '/')}))
      await tab.goto(server.origin + '/template-syntax/')
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBe(320)
      const region = await tab.evaluate(() => {
        const element = document.querySelector('.table-scroll') as HTMLElement
        return {scrolls: element.scrollWidth > element.clientWidth, width: element.clientWidth}
      })
      expect(region.scrolls).toBe(true)
      expect(region.width).toBeLessThanOrEqual(320)
    } finally {
      await browser.close()
      await server.close()
    }
  })
})
