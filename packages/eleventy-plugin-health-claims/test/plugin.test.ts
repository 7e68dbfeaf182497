import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import healthClaims from 'eleventy-plugin-health-claims'
import {count, createSite, errorChain, type Site} from './site.js'

const GOOD = `---
title: "Heat wraps </script><script>alert(1)</script> & back pain"
description: "What heat does for back pain."
layout: article.njk
author: "Priya Raman"
reviewedBy: "Dr Helen Marsh, GP"
datePublished: 2026-03-02
lastReviewed: 2026-10-15
audience: Patient
sources:
  - title: "Back pain"
    url: "https://www.nhs.uk/conditions/back-pain/"
    publisher: "NHS"
  - title: "Superficial heat or cold for low back pain"
    url: "https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD004750.pub2/full"
    publisher: "Cochrane"
permalink: "/articles/{{ page.fileSlug }}/"
---

# Heat for back pain

Walking helps most people with back pain recover sooner ([NHS](https://www.nhs.uk/conditions/back-pain/)).

| Item | Where to find it |
| --- | --- |
| Heat pad | Pharmacy |

Heat wraps reduce back pain for a few days ([Cochrane](https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD004750.pub2/full)).
`

// Line 10 of the file holds the unsourced claim.
const BAD = `---
title: "Turmeric"
layout: article.njk
---

# Turmeric

Some people like the taste.

Turmeric relieves back pain within days.
`

const DRAFT_WITH_TEMPLATE_SYNTAX = `---
title: "Work in progress"
layout: article.njk
draft: true
---

# Work in progress

Write about {{ name }} here, and {% if x %}this{% endif %} too.

Turmeric relieves back pain within days.
`

const HIDDEN_DRAFT = `---
title: "Hidden draft"
layout: article.njk
draft: true
permalink: false
---

Turmeric relieves back pain within days.
`

describe('a second Eleventy site that only adds the plugin', () => {
  let site: Site
  let html: string
  let stats: Awaited<ReturnType<Site['build']>>

  beforeAll(async () => {
    site = createSite({
      'content/heat.md': GOOD,
      'content/drafts/wip.md': DRAFT_WITH_TEMPLATE_SYNTAX,
      'content/drafts/hidden.md': HIDDEN_DRAFT,
      'content/no-disclaimers.md': GOOD.replace('permalink: "/articles/{{ page.fileSlug }}/"', 'disclaimers: false'),
      // Global data named like the front matter opt-out: must not reach remark-health-claims.
      'content/_data/disclaimers.json': JSON.stringify(['medical', 'advice'])
    })
    stats = await site.build()
    html = site.read('articles/heat/index.html')
  })
  afterAll(() => site.remove())

  it('renders markdown through unified: GFM tables, heading ids, templated permalinks', () => {
    expect(html).toContain('<h1 id="heat-for-back-pain">Heat for back pain</h1>')
    expect(html).toMatch(/<table>[\s\S]*<td>Pharmacy<\/td>/)
  })

  it('inserts each disclaimer once, with accessible markup', () => {
    const asides = html.match(/<aside class="health-disclaimer" data-disclaimer="[^"]+" role="note" aria-label="[^"]+">/g) ?? []
    expect(asides.length).toBeGreaterThan(0)
    expect(count(html, 'data-disclaimer="medical"')).toBe(1)
    const ids = asides.map((aside) => /data-disclaimer="([^"]+)"/.exec(aside)![1])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('passes each page’s own front matter: `disclaimers: false` turns them off for that page only', () => {
    expect(count(site.read('no-disclaimers/index.html'), '<aside class="health-disclaimer"')).toBe(0)
    expect(count(html, 'data-disclaimer="medical"')).toBe(1)
  })

  it('shows `{{ x }}` and `{% … %}` in markdown as written (no Liquid/Nunjucks pass), and does not fail the build for drafts', () => {
    const draft = site.read('drafts/wip/index.html')
    expect(draft).toContain('Write about {{ name }} here, and {% if x %}this{% endif %} too.')
    expect(stats.errors).toBeGreaterThan(0)
  })

  it('does not write drafts with `permalink: false`', () => {
    expect(site.exists('drafts/hidden/index.html')).toBe(false)
  })

  it('exposes the ledger to layouts, with lines in the source file', () => {
    const ledger = /<p class="ledger" data-claims="(\d+)" data-errors="(\d+)" data-claim-lines="([^"]*)"/.exec(html)!
    expect(Number(ledger[1])).toBe(2)
    expect(Number(ledger[2])).toBe(0)
    const lines = GOOD.split('\n')
    const claimLines = ledger[3]!.trim().split(' ').map(Number)
    expect(lines[claimLines[0]! - 1]).toMatch(/^Walking helps/)
    expect(lines[claimLines[1]! - 1]).toMatch(/^Heat wraps reduce/)
  })

  it('exposes the front matter sources as a numbered list', () => {
    expect(html).toContain(
      '<ol class="sources"><li value="1"><a href="https://www.nhs.uk/conditions/back-pain/">Back pain</a>, NHS</li>' +
        '<li value="2"><a href="https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD004750.pub2/full">Superficial heat or cold for low back pain</a>, Cochrane</li></ol>'
    )
  })

  it('puts a numbered marker after each link to a source, linking to its entry', () => {
    expect(html).toContain(
      '<a href="https://www.nhs.uk/conditions/back-pain/">NHS</a><sup class="cite"><a href="#source-1" id="cite-1-1" class="cite__link">' +
        '<span aria-hidden="true">[</span><span class="visually-hidden">Source </span>1<span aria-hidden="true">]</span></a></sup>'
    )
    expect(html).toContain('id="cite-2-1"')
  })

  it('writes MedicalWebPage JSON-LD that parses, matches the front matter and keeps `</script>` inside', () => {
    const head = html.slice(0, html.indexOf('</head>'))
    // Only one script element: the title's `</script><script>` did not break out.
    expect(count(head, '<script')).toBe(1)
    expect(count(head, '</script>')).toBe(1)
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(head)![1]!
    expect(json).not.toMatch(/[<>]/)
    const data = JSON.parse(json)
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      headline: 'Heat wraps </script><script>alert(1)</script> & back pain',
      description: 'What heat does for back pain.',
      url: '/articles/heat/',
      datePublished: '2026-03-02',
      lastReviewed: '2026-10-15',
      author: {'@type': 'Person', name: 'Priya Raman'},
      reviewedBy: {'@type': 'Person', name: 'Dr Helen Marsh, GP'},
      medicalAudience: {'@type': 'MedicalAudience', audienceType: 'Patient'}
    })
    expect(data.citation.map((citation: {url: string}) => citation.url)).toEqual([
      'https://www.nhs.uk/conditions/back-pain/',
      'https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD004750.pub2/full'
    ])
  })

  it('tells layouts the mode', () => {
    expect(html).toContain('data-mode="publish"')
  })

  it('leaves source line marks out of published pages', () => {
    expect(html).not.toContain('data-source-line')
  })
})

describe('publishing a page with error-level findings', () => {
  let site: Site
  beforeAll(() => {
    site = createSite({'content/heat.md': GOOD, 'content/bad.md': BAD})
  })
  afterAll(() => site.remove())

  it('fails the build with the file, line and rule', async () => {
    const error = await site.build().then(
      () => undefined,
      (error: unknown) => error
    )
    expect(error).toBeDefined()
    const text = errorChain(error)
    expect(text).toMatch(/content\/bad\.md:10:1 unsourced-claim: .*Turmeric relieves back pain within days/)
    expect(text).toContain("mode: 'preview'")
    expect(site.exists('bad/index.html')).toBe(false)
  })

  it("renders it with unsourced claims highlighted in `mode: 'preview'`", async () => {
    const stats = await site.build({mode: 'preview'})
    const html = site.read('bad/index.html')
    expect(html).toMatch(/<mark class="finding finding--unsourced-claim" data-rule="unsourced-claim"[^>]*>Turmeric relieves back pain within days\.<\/mark><span class="finding-tags"><span class="finding-tag finding-tag--unsourced-claim">Unsourced claim<\/span><\/span>/)
    expect(html).toContain('data-mode="preview"')
    expect(html).toMatch(/data-errors="1"/)
    expect(stats.errors).toBe(1)
  })

  it('marks each element with the line of the article file it came from, in preview builds only', async () => {
    await site.build({mode: 'preview'})
    const html = site.read('bad/index.html')
    // Lines count the front matter: the heading is on line 6 of bad.md, the claim on line 10.
    expect(html).toMatch(/<h1[^>]* data-source-line="6"[^>]*>Turmeric<\/h1>/)
    expect(html).toMatch(/<p data-source-line="10"><mark class="finding finding--unsourced-claim"/)
    expect(html).toContain('<p data-source-line="8">Some people like the taste.</p>')
  })
})

describe('the render cache', () => {
  let site: Site
  const files = {
    'content/heat.md': GOOD,
    'content/two.md': GOOD.replace('Heat for back pain', 'Second page'),
    'content/three.md': GOOD.replace('Heat for back pain', 'Third page')
  }
  beforeAll(() => {
    site = createSite(files)
  })
  afterAll(() => site.remove())

  const entries = () =>
    fs
      .readdirSync(site.cacheDir, {recursive: true, encoding: 'utf8'})
      .filter((file) => file.endsWith('.json'))
      .map((file) => path.join(site.cacheDir, file))

  it('renders every page on a cold build and stores each one', async () => {
    const stats = await site.build()
    expect(stats).toMatchObject({pages: 3, rendered: 3, cacheHits: 0})
    expect(stats.workerThreads).toBeGreaterThan(0)
    expect(entries()).toHaveLength(3)
  })

  it('reuses the stored pages when nothing changed', async () => {
    // Change a stored page behind the plugin's back: if the build shows the change, it read the cache.
    const entry = entries().find((file) => fs.readFileSync(file, 'utf8').includes('Third page'))!
    const stored = JSON.parse(fs.readFileSync(entry, 'utf8'))
    stored.html = stored.html.replace('Third page</h1>', 'Third page (from the cache)</h1>')
    fs.writeFileSync(entry, JSON.stringify(stored))

    const stats = await site.build()
    expect(stats).toMatchObject({pages: 3, rendered: 0, cacheHits: 3})
    expect(site.read('articles/three/index.html')).toContain('Third page (from the cache)</h1>')
  })

  it('re-renders an edited page, and only that one', async () => {
    site.write('content/two.md', files['content/two.md'].replace('Second page', 'Second page, edited'))
    const stats = await site.build()
    // One page to render: on the main thread, no worker started for it.
    expect(stats).toMatchObject({pages: 3, rendered: 1, cacheHits: 2, workerThreads: 0})
    expect(site.read('articles/two/index.html')).toContain('<h1 id="second-page-edited">Second page, edited</h1>')
    expect(entries()).toHaveLength(4)
  })

  it('ignores corrupt entries and replaces them', async () => {
    for (const entry of entries()) fs.writeFileSync(entry, '{"format": 1, "key": "trunc')
    const stats = await site.build()
    expect(stats).toMatchObject({pages: 3, rendered: 3, cacheHits: 0})
    expect(site.read('articles/three/index.html')).toContain('<h1 id="third-page">Third page</h1>')
    const again = await site.build()
    expect(again).toMatchObject({rendered: 0, cacheHits: 3})
  })

  it('is keyed by the options: preview builds do not reuse publish renders', async () => {
    const stats = await site.build({mode: 'preview'})
    expect(stats).toMatchObject({rendered: 3, cacheHits: 0})
  })

  it('is keyed by the claims options: a build with another `scope` renders again, with the new result', async () => {
    const page = `---\ntitle: Scope\n---\n\nHeat wraps reduce back pain for a few days.\n\nSee the [Cochrane review](https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD004750.pub2/full).\n`
    const scoped = createSite({'content/scope.md': page})
    try {
      const sentence = await scoped.build({mode: 'preview', claims: {scope: 'sentence'}})
      expect(sentence).toMatchObject({rendered: 1, cacheHits: 0, errors: 1})
      expect(scoped.read('scope/index.html')).toContain('finding--unsourced-claim')
      // Same page, same everything else: only `claims.scope` differs.
      const section = await scoped.build({mode: 'preview', claims: {scope: 'section'}})
      expect(section).toMatchObject({rendered: 1, cacheHits: 0, errors: 0})
      expect(scoped.read('scope/index.html')).not.toContain('finding--unsourced-claim')
      // And back: the first render is still in the cache.
      expect(await scoped.build({mode: 'preview', claims: {scope: 'sentence'}})).toMatchObject({rendered: 0, cacheHits: 1})
    } finally {
      scoped.remove()
    }
  })

  it('can be turned off', async () => {
    const stats = await site.build({cacheDir: false, workers: 0})
    expect(stats).toMatchObject({rendered: 3, cacheHits: 0})
    expect(site.read('articles/three/index.html')).toContain('<h1 id="third-page">Third page</h1>')
  })
})

describe('instances', () => {
  it('share nothing: two configs built at once in one process keep their own pages, options and caches', async () => {
    const a = createSite({'content/bad.md': BAD})
    const b = createSite({'content/bad.md': BAD.replace('Turmeric relieves', 'Ginger relieves')})
    try {
      const [statsA, statsB] = await Promise.all([
        a.build({mode: 'preview'}),
        b.build({mode: 'preview', claims: {rules: {'unsourced-claim': 'off'}}})
      ])
      expect(statsA.errors).toBe(1)
      expect(statsB.errors).toBe(0)
      expect(a.read('bad/index.html')).toContain('<mark class="finding finding--unsourced-claim"')
      expect(a.read('bad/index.html')).toContain('Turmeric relieves')
      const pageB = b.read('bad/index.html')
      expect(pageB).toContain('Ginger relieves')
      expect(pageB).not.toContain('finding--unsourced-claim')
      expect(pageB).toContain('data-errors="0"')
    } finally {
      a.remove()
      b.remove()
    }
  })
})

describe('options', () => {
  const fakeConfig = {} as Parameters<typeof healthClaims>[0]

  it('are validated with messages naming the option and the value', () => {
    expect(() => healthClaims(fakeConfig, {mode: 'draft' as 'publish'})).toThrow(
      "eleventy-plugin-health-claims: option `mode` must be 'publish' or 'preview', got 'draft'"
    )
    expect(() => healthClaims(fakeConfig, {workers: -1})).toThrow('option `workers` must be a whole number ≥ 0, got -1')
    expect(() => healthClaims(fakeConfig, {baseUrl: 'example.org'})).toThrow("option `baseUrl` must be an absolute URL such as https://example.org/, got 'example.org'")
    expect(() => healthClaims(fakeConfig, {claims: {scope: 'page' as 'sentence'}})).toThrow('option `claims.scope` must be')
    expect(() => healthClaims(fakeConfig, {modes: 'preview'} as never)).toThrow('option `modes` is not an option')
    expect(() => healthClaims(fakeConfig, {claims: {annotate: true}} as never)).toThrow("use `mode: 'preview'`")
  })
})
