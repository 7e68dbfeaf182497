/**
 * One HTML policy for lint and build: an article with each kind of raw HTML is linted with the
 * real `caveat lint` and built with the real site (publish mode), and both must agree — what lint
 * reports is missing from the page, what it doesn't is there, and script or style contents never
 * show as text.
 */
import {execFile} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const eleventyBin = path.join(root, 'node_modules/@11ty/eleventy/cmd.cjs')
const caveatBin = path.join(root, 'packages/caveat/bin/caveat.js')

// Line numbers matter: the lint findings are checked against them.
const article = `---
title: "Raw HTML in an article"
description: "Every kind of raw HTML an author might paste."
author: "Test Author"
reviewedBy: "Test Reviewer"
datePublished: 2026-01-05
lastReviewed: 2026-02-10
tags: [testing]
---

Intro with an <abbr title="National Health Service">NHS</abbr> abbreviation, H<sub>2</sub>O and x<sup>2</sup>.

<script>alert('inline')</script>

<style>.secret-style-rule { display: none }</style>

<p onclick="steal()">Paragraph with a handler.</p>

Read [the leaflet](javascript:alert('link')) before you go.

<iframe src="https://www.youtube-nocookie.com/embed/abc123" title="Back stretches video"></iframe>

<iframe src="https://tracker.example.net/embed/1" title="Tracking embed">fallback text of the tracker</iframe>

<details>
<summary>Doses for children</summary>

Ask a pharmacist about doses for children.

</details>

<figure>
<figcaption>A caption for a figure.</figcaption>
</figure>
`

interface LintMessage {
  ruleId: string
  severity: string
  line: number
  message: string
}

let temp = ''
let page: Root
let body: Element
let findings: LintMessage[] = []

beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'caveat-raw-html-'))
  const content = path.join(temp, 'content')
  const out = path.join(temp, 'out')
  await mkdir(content, {recursive: true})
  const file = path.join(content, 'raw-html.md')
  await writeFile(file, article)
  const run = promisify(execFile)
  try {
    await run(process.execPath, [eleventyBin, '--config=site/eleventy.config.js', `--output=${out}`, '--quiet'], {
      cwd: root,
      env: {...process.env, CAVEAT_CONTENT_DIR: content, CAVEAT_PREVIEW: '', PATH_PREFIX: ''},
      maxBuffer: 32 * 1024 * 1024
    })
  } catch (error) {
    const {stdout, stderr} = error as {stdout?: string; stderr?: string}
    throw new Error(`The site build failed:\n${stderr ?? ''}\n${stdout ?? ''}`)
  }
  page = fromHtml(readFileSync(path.join(out, 'raw-html/index.html'), 'utf8'))
  body = select('.article__body', page) as Element
  // Lint exits 1 (the script is an error); its JSON report is what we want.
  const lint = await run(process.execPath, [caveatBin, 'lint', file, '--format', 'json', '--no-cache'], {cwd: root, maxBuffer: 32 * 1024 * 1024}).catch(
    (error: {stdout?: string}) => ({stdout: error.stdout ?? ''})
  )
  const report = JSON.parse(lint.stdout) as {files: Array<{messages: LintMessage[]}>}
  findings = (report.files[0]?.messages ?? []).filter((message) => message.ruleId === 'raw-html')
})

afterAll(async () => {
  if (temp) await rm(temp, {recursive: true, force: true})
})

const at = (line: number) => findings.filter((finding) => finding.line === line)

describe('raw HTML: lint and build agree', () => {
  it('lint reports exactly the removed markup, each on its line', () => {
    expect(findings.map((finding) => [finding.line, finding.severity])).toEqual([
      [13, 'error'],
      [15, 'warning'],
      [17, 'error'],
      [19, 'error'],
      [23, 'warning']
    ])
  })

  it('script: an error in lint; gone from the page, its code never shown as text', () => {
    expect(at(13)[0]?.message).toContain('<script>')
    expect(selectAll('script', body)).toHaveLength(0)
    expect(toString(page)).not.toContain("alert('inline')")
  })

  it('style: a warning in lint; gone from the page, its rules never shown as text', () => {
    expect(at(15)[0]?.message).toContain('<style>')
    expect(selectAll('style', body)).toHaveLength(0)
    expect(toString(body)).not.toContain('secret-style-rule')
  })

  it('event handler: an error in lint; the paragraph is published without it', () => {
    expect(at(17)[0]?.message).toContain('onclick')
    const paragraph = selectAll('p', body).find((p) => toString(p).includes('Paragraph with a handler.'))
    expect(paragraph).toBeTruthy()
    expect(Object.keys(paragraph?.properties ?? {}).filter((key) => /^on/i.test(key))).toEqual([])
  })

  it('javascript: link: an error in lint; the text is published, not as a javascript: link', () => {
    expect(at(19)[0]?.message).toContain('javascript:')
    expect(toString(body)).toContain('the leaflet')
    const hrefs = selectAll('a', page).map((a) => String(a.properties.href ?? ''))
    expect(hrefs.filter((href) => /^javascript:/i.test(href))).toEqual([])
  })

  it('iframe from an allowed host: no finding; published with its title', () => {
    expect(at(21)).toEqual([])
    const frames = selectAll('iframe', body)
    expect(frames.map((frame) => frame.properties.src)).toEqual(['https://www.youtube-nocookie.com/embed/abc123'])
    expect(frames[0]?.properties.title).toBe('Back stretches video')
  })

  it('iframe from another host: a warning naming the host; removed with its fallback', () => {
    expect(at(23)[0]?.message).toContain('tracker.example.net')
    expect(toString(body)).not.toContain('fallback text of the tracker')
  })

  it('details, summary, abbr, sub, sup and figure: no finding; published as written', () => {
    expect(findings.filter((finding) => finding.line === 11 || finding.line >= 25)).toEqual([])
    expect(toString(select('details > summary', body) as Element)).toBe('Doses for children')
    expect(toString(select('details', body) as Element)).toContain('Ask a pharmacist about doses for children.')
    expect(select('abbr', body)?.properties.title).toBe('National Health Service')
    expect(toString(select('sub', body) as Element)).toBe('2')
    expect(toString(select('sup', body) as Element)).toBe('2')
    expect(toString(select('figure > figcaption', body) as Element)).toBe('A caption for a figure.')
  })
})
