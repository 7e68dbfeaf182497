/**
 * One render per build: `caveat lint` (with `lint.renderCache`, as in caveat.config.mjs) renders
 * each article into the Eleventy plugin's cache from the tree it already analysed, and the site
 * build after it renders nothing again — while producing exactly what it renders itself.
 * Both run in a fresh working folder (where the caches live) on the real content plus the edge
 * cases: raw HTML, citations, a topic note, an article without front matter.
 */
import {execFile} from 'node:child_process'
import {cpSync, readdirSync, readFileSync} from 'node:fs'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const eleventyBin = path.join(root, 'node_modules/@11ty/eleventy/cmd.cjs')
const caveatBin = path.join(root, 'packages/caveat/bin/caveat.js')
const run = promisify(execFile)

let temp = ''
let content = ''
let afterLint = {log: '', pages: new Map<string, string>(), entries: new Map<string, string>()}
let alone = {log: '', pages: new Map<string, string>(), entries: new Map<string, string>()}

function files(dir: string, pattern: RegExp): Map<string, string> {
  const found = new Map<string, string>()
  for (const file of readdirSync(dir, {recursive: true, encoding: 'utf8'})) {
    if (pattern.test(file) && !file.startsWith('pagefind')) found.set(file, readFileSync(path.join(dir, file), 'utf8'))
  }
  return found
}

async function build(cwd: string, lintFirst: boolean) {
  await mkdir(cwd, {recursive: true})
  if (lintFirst) {
    // Exit 1: the drafts have errors. The report is not what this test is about.
    await run(process.execPath, [caveatBin, 'lint', '--config', path.join(root, 'caveat.config.mjs'), path.join(content, '**/*.md')], {cwd, maxBuffer: 1 << 26}).catch(() => undefined)
  }
  const out = path.join(cwd, '_site')
  const {stdout} = await run(process.execPath, [eleventyBin, `--config=${path.join(root, 'site/eleventy.config.js')}`, `--output=${out}`], {
    cwd,
    env: {...process.env, CAVEAT_CONTENT_DIR: content, CAVEAT_PREVIEW: '', PATH_PREFIX: ''},
    maxBuffer: 1 << 26
  })
  return {log: stdout, pages: files(out, /\.(html|xml)$/), entries: files(path.join(cwd, '.cache/caveat/eleventy'), /\.json$/)}
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'caveat-one-render-'))
  content = path.join(temp, 'content')
  cpSync(path.join(root, 'content'), content, {recursive: true})
  await writeFile(
    path.join(content, 'articles/edge-cases.md'),
    `---
title: "Edge cases"
description: "Raw HTML, citations and kratom."
author: "Test Author"
reviewedBy: "Test Reviewer"
datePublished: 2026-01-05
lastReviewed: 2026-02-10
sources:
  - title: "Back pain"
    url: "https://www.nhs.uk/conditions/back-pain/"
---

Kratom is sold online. Walking helps most people with back pain recover sooner ([NHS](https://www.nhs.uk/conditions/back-pain/)).

<details><summary>More</summary>Details "here" -- and <abbr title="National Health Service">NHS</abbr>.</details>

<script>alert('x')</script>
`
  )
  await writeFile(path.join(content, 'articles/no-front-matter.md'), 'Plain text with no front matter.\n')
  afterLint = await build(path.join(temp, 'lint-then-build'), true)
  alone = await build(path.join(temp, 'build-alone'), false)
})

afterAll(async () => {
  if (temp) await rm(temp, {recursive: true, force: true})
})

describe('caveat lint, then the site build', () => {
  it('the build finds every article rendered already', () => {
    const summary = /\[11ty\/health-claims\] (\d+) markdown pages: (\d+) from cache, (\d+) rendered/.exec(afterLint.log)
    expect(summary, afterLint.log.slice(-500)).toBeTruthy()
    expect(Number(summary![3])).toBe(0)
    expect(Number(summary![2])).toBeGreaterThanOrEqual(Number(summary![1]))
  })

  it('stores exactly what the build renders on its own: same cache entries, same pages', () => {
    expect([...afterLint.entries.keys()].sort()).toEqual([...alone.entries.keys()].sort())
    for (const [key, entry] of alone.entries) expect(JSON.parse(afterLint.entries.get(key) ?? 'null'), key).toEqual(JSON.parse(entry))
    expect([...afterLint.pages.keys()].sort()).toEqual([...alone.pages.keys()].sort())
    for (const [file, html] of alone.pages) expect(afterLint.pages.get(file), file).toBe(html)
    expect(/\[11ty\/health-claims\] \d+ markdown pages: 0 from cache/.test(alone.log)).toBe(true)
  })
})
