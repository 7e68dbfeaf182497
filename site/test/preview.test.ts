/**
 * The preview build editors read: the real content (drafts included) built with
 * `CAVEAT_PREVIEW=1`. Every kind of finding is highlighted in the page with its own style, its own
 * pattern and a text label; drafts are rendered here, and only here.
 */
import {execFile} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {findingKinds} from 'eleventy-plugin-health-claims'
import {chromiumArgs, findChromium, serveDirectory} from '../scripts/browser.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const eleventyBin = path.join(root, 'node_modules/@11ty/eleventy/cmd.cjs')
const draftUrl = '/drafts/kratom-back-pain/'
const findingsUrl = '/drafts/every-finding/'

// One draft with every kind of finding (the rules' own not-ok examples), beside the seed draft.
const everyFinding = `---
title: "Every finding"
description: "One of each."
---

This herbal tea cures insomnia.

Melatonin may help with jet lag ([buy here](https://www.amazon.com/dp/B00X?tag=abc-20)).

Real-life examples demonstrate the impact of kratom on back pain.

By targeting the underlying causes of pain, kratom can offer a holistic approach to pain management.

By targeting the underlying inflammation, kratom can provide a holistic approach to pain management.

This guide was last updated on [date].

## Dosage

Start with a low dose and gradually increase it as needed.

## More

For additional information on kratom, please refer to the following resources:

## Tips

Drink water.
`

let out = ''
let browser: Browser
let server: {origin: string; close: () => Promise<void>}

const read = (file: string) => readFileSync(path.join(out, file), 'utf8')

beforeAll(async () => {
  const temp = await mkdtemp(path.join(tmpdir(), 'caveat-preview-'))
  out = path.join(temp, 'out')
  const content = path.join(temp, 'content')
  await mkdir(path.join(content, 'drafts'), {recursive: true})
  await mkdir(path.join(content, 'articles'), {recursive: true})
  await copyFile(path.join(root, 'content/drafts/kratom-back-pain.md'), path.join(content, 'drafts/kratom-back-pain.md'))
  await copyFile(path.join(root, 'content/articles/heat-or-ice-for-back-pain.md'), path.join(content, 'articles/heat-or-ice-for-back-pain.md'))
  await writeFile(path.join(content, 'drafts/every-finding.md'), everyFinding)
  try {
    await promisify(execFile)(process.execPath, [eleventyBin, '--config=site/eleventy.config.js', `--output=${out}`, '--quiet'], {
      cwd: root,
      env: {...process.env, CAVEAT_PREVIEW: '1', PATH_PREFIX: '', CAVEAT_CONTENT_DIR: content},
      maxBuffer: 32 * 1024 * 1024
    })
  } catch (error) {
    const {stdout, stderr} = error as {stdout?: string; stderr?: string}
    throw new Error(`The preview build failed:\n${stderr ?? ''}\n${stdout ?? ''}`)
  }
  server = await serveDirectory(out)
  browser = await chromium.launch({executablePath: findChromium(), args: chromiumArgs})
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (out) await rm(path.dirname(out), {recursive: true, force: true})
})

describe('preview build', () => {
  it('renders the seed draft, marked as a draft, listed only on the preview home page', () => {
    expect(existsSync(path.join(out, draftUrl, 'index.html'))).toBe(true)
    const page = fromHtml(read(draftUrl.slice(1) + 'index.html'))
    expect(toString(selectAll('.draft-banner', page)[0] as Element)).toContain('This article is not published')
    expect(read('index.html')).toContain(`href="${draftUrl}"`)
    expect(read('sitemap.xml')).not.toContain('drafts')
    expect(read('feed.xml')).not.toContain('drafts')
  })

  it('marks every kind of finding in the text, each with its text label', () => {
    const page = fromHtml(read(findingsUrl.slice(1) + 'index.html'))
    const body = selectAll('.article__body', page)[0] as Element
    for (const {rule, label} of findingKinds) {
      const marks = selectAll(`mark.finding[data-rule~="${rule}"]`, body)
      expect(marks.length, rule).toBeGreaterThan(0)
      expect(selectAll(`.finding-tag--${rule}`, body).map((tag) => toString(tag)), rule).toContain(label)
    }
    // The seed article shows its findings too: its placeholder and its unsourced claims.
    const seed = fromHtml(read(draftUrl.slice(1) + 'index.html'))
    const seedBody = selectAll('.article__body', seed)[0] as Element
    expect(toString(selectAll('mark.finding--placeholder-text', seedBody)[0] as Element)).toBe('[date]')
    expect(selectAll('mark.finding[data-rule~="unsourced-claim"]', seedBody).length).toBeGreaterThan(50)
  })

  it('gives each kind its own look: colour and pattern differ, and the label is visible text', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}})
    try {
      await page.goto(server.origin + findingsUrl)
      const looks = await page.evaluate((rules) =>
        rules.map((rule) => {
          // A passage with several findings is styled as its first; the legend shows each style alone.
          const mark = (document.querySelector(`.article__body mark.finding--${rule}`) ?? document.querySelector(`.finding-legend mark.finding--${rule}`)) as HTMLElement
          const style = getComputedStyle(mark)
          const tag = document.querySelector(`.article__body .finding-tag--${rule}`) as HTMLElement | null
          return {
            rule,
            colour: style.backgroundColor + ' ' + style.backgroundImage,
            pattern: [style.backgroundImage !== 'none' ? style.backgroundImage.split('(')[0] : 'flat', style.textDecorationStyle, style.textDecorationLine, style.outlineStyle, style.borderBottomStyle].join(' '),
            label: tag ? tag.innerText.trim() : '',
            labelVisible: tag ? tag.getBoundingClientRect().width > 0 : false
          }
        }),
        findingKinds.map((kind) => kind.rule)
      )
      expect(new Set(looks.map((look) => look.colour)).size).toBe(findingKinds.length)
      expect(new Set(looks.map((look) => look.pattern)).size).toBe(findingKinds.length)
      for (const look of looks) {
        expect(look.label, look.rule).toBe(findingKinds.find((kind) => kind.rule === look.rule)?.label)
        expect(look.labelVisible, look.rule).toBe(true)
      }
    } finally {
      await page.close()
    }
  })
})
