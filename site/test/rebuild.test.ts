/**
 * What a second build of the same output folder leaves behind, as on a developer's machine or a
 * CI cache: an article deleted since the last build must not keep its page (it would be deployed),
 * and the pages that list articles must follow. Also: a topic whose name holds `<` and `&` is
 * escaped exactly once, and the home list shows the date it is sorted by.
 */
import {execFile} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {mkdir, mkdtemp, rm, unlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const eleventyBin = path.join(root, 'node_modules/@11ty/eleventy/cmd.cjs')

const article = (title: string, published: string, tags: string) => `---
title: "${title}"
description: "A test page."
author: "Test Author"
reviewedBy: "Test Reviewer"
datePublished: ${published}
lastReviewed: 2026-02-10
tags: ${tags}
---

Walking is part of everyday life.
`

let temp = ''
let content = ''
let out = ''
let firstBuild: string[] = []

async function build(): Promise<string> {
  const {stdout} = await promisify(execFile)(process.execPath, [eleventyBin, '--config=site/eleventy.config.js', `--output=${out}`], {
    cwd: root,
    env: {...process.env, CAVEAT_CONTENT_DIR: content, CAVEAT_PREVIEW: '', PATH_PREFIX: ''},
    maxBuffer: 32 * 1024 * 1024
  })
  return stdout
}

const read = (file: string) => readFileSync(path.join(out, file), 'utf8')

beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'caveat-rebuild-'))
  content = path.join(temp, 'content')
  out = path.join(temp, 'out')
  await mkdir(content, {recursive: true})
  await writeFile(path.join(content, 'kept.md'), article('Kept article', '2026-01-05', '[walking]'))
  await writeFile(path.join(content, 'newer.md'), article('Newer article', '2026-03-01', '["Aches & <pains>"]'))
  await writeFile(path.join(content, 'doomed.md'), article('Doomed article', '2026-02-01', '[walking, doomed-topic]'))
  await build()
  firstBuild = ['doomed/index.html', 'topics/doomed-topic/index.html'].filter((file) => existsSync(path.join(out, file)))
  await unlink(path.join(content, 'doomed.md'))
  await build()
})

afterAll(async () => {
  if (temp) await rm(temp, {recursive: true, force: true})
})

describe('rebuilding after an article was deleted', () => {
  it('removes its page and its topic page, keeps the others', () => {
    expect(firstBuild).toEqual(['doomed/index.html', 'topics/doomed-topic/index.html'])
    expect(existsSync(path.join(out, 'doomed/index.html'))).toBe(false)
    expect(existsSync(path.join(out, 'doomed'))).toBe(false)
    expect(existsSync(path.join(out, 'topics/doomed-topic'))).toBe(false)
    expect(existsSync(path.join(out, 'kept/index.html'))).toBe(true)
    expect(existsSync(path.join(out, 'assets/caveat.css'))).toBe(true)
  })

  it('lists it nowhere: home page, sitemap, feed', () => {
    for (const file of ['index.html', 'sitemap.xml', 'feed.xml']) expect(read(file), file).not.toContain('doomed')
  })
})

describe('the home page list', () => {
  it('is newest first by publication date, and shows that date', () => {
    const items = selectAll('.article-list__item', fromHtml(read('index.html')))
    expect(items.map((item) => toString(select('.article-list__title', item) as Element).trim())).toEqual(['Newer article', 'Kept article'])
    expect(items.map((item) => select('time', item)?.properties.dateTime)).toEqual(['2026-03-01', '2026-01-05'])
    expect(items.map((item) => toString(select('.article-list__meta', item) as Element).trim())).toEqual(['Published 1 March 2026', 'Published 5 January 2026'])
  })
})

describe('a topic named with < and &', () => {
  it('is escaped exactly once in its title and heading', () => {
    const href = String(select('.article__tags a', fromHtml(read('newer/index.html')))?.properties.href)
    const html = read(href.replace(/^\//, '') + 'index.html')
    expect(html).toContain('<title>Aches &amp; &lt;pains&gt; – Caveat Health</title>')
    expect(html).toMatch(/<h1>Aches &amp; &lt;pains&gt;<\/h1>/)
    expect(html).not.toContain('&amp;lt;')
    expect(html).not.toContain('&amp;amp;')
    expect(toString(select('h1', fromHtml(html)) as Element)).toBe('Aches & <pains>')
  })
})
