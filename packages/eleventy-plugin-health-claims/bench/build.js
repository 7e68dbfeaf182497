#!/usr/bin/env node
/**
 * Build-time benchmark: N generated ~2,000-word articles built by stock Eleventy
 * (markdown-it) and by Eleventy with this plugin (unified + remark-health-claims),
 * cold (empty cache), warm (nothing changed) and after one article changed.
 *
 *   npm run bench -w eleventy-plugin-health-claims
 *   BENCH_FILES=200 BENCH_WORDS=2000 BENCH_SERIAL=1 node bench/build.js
 *
 * Each build runs in its own Node process, so no build profits from another's warm-up.
 * Builds use `mode: 'preview'` so a finding in generated text can't stop the run; the work
 * done is the same as in `publish` mode.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const files = Number(process.env.BENCH_FILES ?? 1000)
const words = Number(process.env.BENCH_WORDS ?? 2000)
const serial = process.env.BENCH_SERIAL === '1'

if (process.argv[2] === '--build') {
  await build(process.argv[3], process.argv[4])
} else {
  await main()
}

/** One build, in this process; prints `{"ms": …, "stats": …}` on its last line. */
async function build(variant, root) {
  const {default: Eleventy} = await import('@11ty/eleventy')
  const {default: healthClaims, STATS_EVENT} = await import('eleventy-plugin-health-claims')
  let stats
  const output = path.join(root, variant === 'stock' ? '_site-stock' : '_site-plugin')
  const start = performance.now()
  const eleventy = new Eleventy(path.join(root, 'content'), output, {
    quietMode: true,
    configPath: false,
    config(eleventyConfig) {
      eleventyConfig.setLayoutsDirectory('../layouts')
      if (variant === 'stock') return
      eleventyConfig.addPlugin(healthClaims, {
        mode: 'preview',
        cacheDir: path.join(root, '.cache'),
        workers: variant === 'serial' ? 0 : undefined
      })
      eleventyConfig.on(STATS_EVENT, (value) => {
        stats = value
      })
    }
  })
  await eleventy.write()
  const ms = performance.now() - start
  // CPU time of the whole process, worker threads included: on a busy machine wall time
  // says as much about the neighbours as about the build.
  const usage = process.resourceUsage()
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000
  console.log(JSON.stringify({ms, cpuMs, stats}))
}

function run(variant, root) {
  // The copy in the temp folder resolves packages from its node_modules (the snapshot).
  const child = spawnSync(process.execPath, [path.join(root, 'build.mjs'), '--build', variant, root], {
    encoding: 'utf8',
    cwd: root,
    maxBuffer: 64 * 1024 * 1024
  })
  if (child.status !== 0) {
    throw new Error(`${variant} build failed:\n${child.stdout}\n${child.stderr}`)
  }
  const last = child.stdout.trim().split('\n').at(-1)
  return JSON.parse(last)
}

async function main() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'health-claims-bench-'))
  linkModules(root)
  fs.copyFileSync(fileURLToPath(import.meta.url), path.join(root, 'build.mjs'))
  try {
    generate(root)
    const rows = []
    const stock = run('stock', root)
    rows.push(['stock Eleventy 3 (markdown-it)', stock])
    if (serial) {
      rows.push(['plugin, main thread only, cold', run('serial', root)])
      fs.rmSync(path.join(root, '.cache'), {recursive: true, force: true})
    }
    rows.push(['plugin, cold (empty cache)', run('plugin', root), 3])
    rows.push(['plugin, warm (nothing changed)', run('plugin', root)])
    const changed = path.join(root, 'content', 'article-0007.md')
    fs.appendFileSync(changed, '\nOne more paragraph, written after the first build.\n')
    rows.push(['plugin, one article changed', run('plugin', root), 1.2])

    const cpus = os.availableParallelism()
    const load = os.loadavg()[0].toFixed(1)
    console.log(`\neleventy-plugin-health-claims build benchmark: ${files} articles × ~${words} words, ${cpus} cores (load average ${load}), Node ${process.versions.node}\n`)
    const header = ['build', 'wall time', 'vs stock', 'target', 'CPU time', 'from cache', 'rendered', 'prerendered']
    const table = rows.map(([name, result, target]) => {
      const ratio = result.ms / stock.ms
      return [
        name,
        `${(result.ms / 1000).toFixed(2)} s`,
        `${ratio.toFixed(2)}x`,
        target ? `≤ ${target}x ${ratio <= target ? 'met' : 'MISSED'}` : '',
        `${(result.cpuMs / 1000).toFixed(2)} s`,
        result.stats ? String(result.stats.cacheHits) : '',
        result.stats ? String(result.stats.rendered) : '',
        result.stats ? String(result.stats.prerendered) : ''
      ]
    })
    const widths = header.map((title, index) => Math.max(title.length, ...table.map((row) => row[index].length)))
    const line = (cells) => '| ' + cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ') + ' |'
    console.log(line(header))
    console.log('| ' + widths.map((width) => '-'.repeat(width)).join(' | ') + ' |')
    for (const row of table) console.log(line(row))
  } finally {
    fs.rmSync(root, {recursive: true, force: true})
  }
}

/**
 * node_modules for the builds: links to the repository's packages, except this plugin and
 * remark-health-claims, which are copied. The cache key includes a hash of the code of
 * packages linked from a workspace, so another session recompiling them mid-run would make
 * every build look cold; a snapshot keeps the code fixed for the whole run.
 */
function linkModules(root) {
  const source = path.resolve(here, '..', '..', '..', 'node_modules')
  const target = path.join(root, 'node_modules')
  const snapshot = new Set(['eleventy-plugin-health-claims', 'remark-health-claims'])
  fs.mkdirSync(target)
  for (const name of fs.readdirSync(source)) {
    if (name === '.bin' || name.startsWith('.')) continue
    if (snapshot.has(name)) {
      const from = fs.realpathSync(path.join(source, name))
      fs.mkdirSync(path.join(target, name))
      fs.copyFileSync(path.join(from, 'package.json'), path.join(target, name, 'package.json'))
      fs.cpSync(path.join(from, 'dist'), path.join(target, name, 'dist'), {recursive: true})
    } else {
      fs.symlinkSync(path.join(source, name), path.join(target, name), 'dir')
    }
  }
}

/** Deterministic text: the same corpus every run. */
function generate(root) {
  let seed = 42
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const pick = (list) => list[Math.floor(random() * list.length)]
  const sources = [
    ['Back pain', 'https://www.nhs.uk/conditions/back-pain/', 'NHS'],
    ['Low back pain', 'https://www.who.int/news-room/fact-sheets/detail/low-back-pain', 'WHO'],
    ['Low back pain and sciatica in over 16s', 'https://www.nice.org.uk/guidance/ng59', 'NICE'],
    ['Sciatica', 'https://www.nhs.uk/conditions/sciatica/', 'NHS']
  ]
  const sourced = [
    'Staying active helps most people with back pain recover sooner',
    'Regular walking is linked with fewer days off work in adults with low back pain',
    'Heat wraps gave a small, short-term drop in pain in people whose pain started recently',
    'Exercise programmes reduce the chance that back pain comes back within a year',
    'Bed rest for more than a day or two tends to slow recovery'
  ]
  const plain = [
    'Many people notice their back after a long day at a desk',
    'The spine is made of small bones called vertebrae, stacked one on top of another',
    'A physiotherapist can show you gentle movements to try at home',
    'It can help to keep a short diary of what you did on days when the pain was worse',
    'Some people find that changing position every half an hour makes long journeys easier',
    'The muscles along the spine work together with those in the stomach and hips',
    'Pain that wakes you at night is worth mentioning at your next appointment',
    'Most back pain is described as non-specific, which means no single cause is found',
    'Shoes with a little cushioning can make standing for long periods more comfortable',
    'Talking to your employer about your workstation is often a good first step'
  ]
  const headings = ['What the evidence says', 'Everyday tips', 'At work', 'Moving again', 'Sleep', 'When to get help', 'Questions to ask', 'Summary']
  const content = path.join(root, 'content')
  const layouts = path.join(root, 'layouts')
  fs.mkdirSync(content, {recursive: true})
  fs.mkdirSync(layouts, {recursive: true})
  fs.writeFileSync(
    path.join(layouts, 'article.njk'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>' +
      '<body><main><h1>{{ title }}</h1><p>{{ description }}</p>{{ content | safe }}</main></body></html>\n'
  )
  for (let index = 0; index < files; index++) {
    const name = `article-${String(index).padStart(4, '0')}`
    const used = []
    const parts = []
    let count = 0
    const sentence = () => {
      if (random() < 0.25) {
        const [title, url] = pick(sources)
        if (!used.includes(url)) used.push(url)
        return `${pick(sourced)} ([${title}](${url})).`
      }
      return `${pick(plain)}.`
    }
    while (count < words) {
      const heading = pick(headings)
      parts.push(`## ${heading}`)
      count += heading.split(' ').length
      for (let p = 0; p < 3; p++) {
        const paragraph = Array.from({length: 4}, sentence).join(' ')
        parts.push(paragraph)
        count += paragraph.split(/\s+/).length
      }
      if (random() < 0.5) {
        const list = Array.from({length: 4}, () => `- ${pick(plain)}.`).join('\n')
        parts.push(list)
        count += list.split(/\s+/).length
      } else {
        parts.push('| Option | What to know |\n| --- | --- |\n| Heat | Short-term relief |\n| Walking | Helps recovery |')
        count += 16
      }
    }
    const frontMatter = [
      '---',
      `title: "Article ${index}: living with back pain"`,
      `description: "Generated article ${index} for the build benchmark."`,
      'layout: article.njk',
      'author: "Bench Writer"',
      'reviewedBy: "Dr Bench Reviewer"',
      'datePublished: 2026-01-15',
      'lastReviewed: 2026-06-01',
      'sources:',
      ...sources.map(([title, url, publisher]) => `  - title: "${title}"\n    url: "${url}"\n    publisher: "${publisher}"`),
      '---'
    ].join('\n')
    fs.writeFileSync(path.join(content, name + '.md'), `${frontMatter}\n\n${parts.join('\n\n')}\n`)
  }
}
