/**
 * One article, one set of numbers: lint's stylish summary, the JSON report, the reviewer's HTML
 * report and the site's preview highlighting show the same claim and unsourced counts (all
 * counted from the ledger with remark-health-claims' `countClaims`), for every article in
 * content/, for the seed article, and for a fixed article whose numbers are known by hand.
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import type {Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toString} from 'hast-util-to-string'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {caveat, repoRoot, seedArticle, tempDir, writeFiles} from './helpers.js'
import type {Report} from '../src/report-types.js'
import {loadConfig} from '../src/config/load.js'
import {createProcessor} from '../../eleventy-plugin-health-claims/src/library/processor.js'

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

// Known by hand: two claims (one sourced by a PubMed link, one not), one piece of advice alone.
const fixed = `---
title: Known numbers
description: Two claims and one piece of advice.
---

Smoking increases the risk of lung cancer ([review](https://pubmed.ncbi.nlm.nih.gov/12345678/)).

Ibuprofen reduces swelling.

Drink plenty of water.
`

const dir = tempDir('caveat-counts-')
writeFiles(dir, {'known-numbers.md': fixed})
const fixedPath = path.join(dir, 'known-numbers.md')

const articles = ['articles', 'drafts'].flatMap((folder) =>
  readdirSync(path.join(repoRoot, 'content', folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(repoRoot, 'content', folder, name))
)
const inputs = [...articles, seedArticle, fixedPath]
const relative = (file: string) => path.relative(repoRoot, file).split(path.sep).join('/')

// One lint run, three outputs: stylish on stdout, the JSON report and the one-page HTML report.
const out = tempDir('caveat-counts-out-')
const jsonFile = path.join(out, 'lint.json')
const htmlFile = path.join(out, 'review.html')
const run = caveat(['lint', ...inputs, '--no-cache', '--format', 'stylish', '--format', 'json', '--output', jsonFile, '--format', 'html', '--output', htmlFile], repoRoot)
const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as Report
const html: Root = fromHtml(readFileSync(htmlFile, 'utf8'))

interface Counts {
  claims: number
  unsourced: number
}

function fromStylish(file: string): Counts {
  const line = run.stdout.split('\n').find((text) => text.trimStart().startsWith(`${file} `) && text.includes('JAMA'))
  expect(line, `stylish summary line of ${file}`).toBeDefined()
  const match = /(\d+) claims? \((\d+) unsourced\)/.exec(line!)
  expect(match, line).not.toBeNull()
  return {claims: Number(match![1]), unsourced: Number(match![2])}
}

function fromJson(file: string): Counts {
  const entry = report.files.find((candidate) => candidate.path === file)
  expect(entry?.counts, `JSON counts of ${file}`).toBeDefined()
  return {claims: entry!.counts!.claims, unsourced: entry!.counts!.unsourced}
}

function fromHtml_(file: string): Counts {
  const row = selectAll('table[data-sortable] tbody tr', html).find((tr) => squash(toString(select('.path', tr)!)) === file)
  expect(row, `HTML index row of ${file}`).toBeDefined()
  const cells = new Map(selectAll('td', row!).map((cell) => [String(cell.properties['dataColumn']), squash(toString(cell))]))
  return {claims: Number(cells.get('claims')), unsourced: Number(cells.get('unsourced'))}
}

const config = await loadConfig(repoRoot)
// The preview build's pipeline (eleventy-plugin-health-claims in `mode: 'preview'`), with the site's options.
const preview = createProcessor({...config.config.claims, annotate: true}, config.config.html, true)

async function fromPreview(file: string): Promise<{unsourced: number}> {
  const vfile = new VFile({path: file, value: readFileSync(file, 'utf8')})
  const page = fromHtml(String(await preview.process(vfile)), {fragment: true})
  // Each highlighted finding names its rules in `data-rule`; labels are text beside it.
  return {unsourced: selectAll('mark.finding[data-rule~="unsourced-claim"]', page).length}
}

describe('claim counts agree across lint, the JSON report, the HTML report and the preview', () => {
  it('lint ran', () => {
    expect(run.stderr).not.toMatch(/internal error/)
    expect(report.files.length).toBe(inputs.length)
  })

  it('the fixed article has the numbers counted by hand: 2 claims, 1 unsourced', async () => {
    const file = relative(fixedPath)
    expect(fromJson(file)).toEqual({claims: 2, unsourced: 1})
    expect(fromStylish(file)).toEqual({claims: 2, unsourced: 1})
    expect(fromHtml_(file)).toEqual({claims: 2, unsourced: 1})
    expect(await fromPreview(fixedPath)).toEqual({unsourced: 1})
  })

  it.each(inputs.map((file) => ({file: relative(file), absolute: file})))('$file', async ({file, absolute}) => {
    const json = fromJson(file)
    expect(fromStylish(file), 'stylish').toEqual(json)
    expect(fromHtml_(file), 'HTML report').toEqual(json)
    expect((await fromPreview(absolute)).unsourced, 'preview highlights').toBe(json.unsourced)
    // And the JSON counts are the ledger's, counted independently here.
    const ledger = report.files.find((candidate) => candidate.path === file)!.ledger!
    const claims = ledger.claims.filter((claim) => claim.kind !== 'advice')
    expect(json).toEqual({claims: claims.length, unsourced: claims.filter((claim) => claim.status === 'unsourced').length})
  })

  it('the seed has unsourced claims and the published articles none', () => {
    expect(fromJson(relative(seedArticle)).unsourced).toBeGreaterThan(50)
    for (const file of articles.filter((name) => name.includes('/articles/'))) expect(fromJson(relative(file)).unsourced).toBe(0)
  })
})
