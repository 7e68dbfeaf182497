#!/usr/bin/env node
/**
 * Build-time benchmark: N generated ~2,000-word articles built by stock Eleventy
 * (markdown-it) and by Eleventy with this plugin (unified + remark-health-claims),
 * cold (empty cache), warm (nothing changed) and after one article changed.
 * Then the pipeline `npm run build` runs without its a11y step: `caveat lint` with
 * `lint.renderCache` (rendering each article into this plugin's cache), then Eleventy, against
 * `caveat lint` cold alone (target: ≤ 1.3×).
 *
 *   npm run bench -w eleventy-plugin-health-claims
 *   BENCH_FILES=200 BENCH_WORDS=2000 BENCH_SERIAL=1 BENCH_PIPELINE=0 node bench/build.js
 *
 * Each build runs in its own Node process, so no build profits from another's warm-up.
 * The Eleventy-only builds use `mode: 'preview'`; the pipeline's use `publish` (what lint
 * renders), with the claim rules at `warn` so a finding in generated text can't stop the run —
 * the work done is the same.
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
const pipeline = process.env.BENCH_PIPELINE !== '0'
/** Every claim rule at `warn`: the same work, and no finding stops a publish build. */
const claims = {
  rules: Object.fromEntries(
    ['unsourced-claim', 'absolute-claim', 'anecdotal-evidence', 'weak-source', 'advice-without-caution', 'placeholder-text', 'dangling-reference', 'repeated-boilerplate'].map((id) => [id, 'warn'])
  )
}

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
      eleventyConfig.addPlugin(
        healthClaims,
        variant === 'publish'
          ? // The pipeline's site build: the cache `caveat lint` rendered into.
            {mode: 'publish', claims, cacheDir: path.join(root, '.cache-render')}
          : {mode: 'preview', cacheDir: path.join(root, '.cache'), workers: variant === 'serial' ? 0 : undefined}
      )
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

/** `caveat lint` (the snapshot) over the corpus, cold: wall and CPU time (worker threads included). */
function lint(root, renderCache) {
  fs.rmSync(path.join(root, '.cache-lint'), {recursive: true, force: true})
  fs.writeFileSync(
    path.join(root, 'caveat.config.mjs'),
    `export default ${JSON.stringify({claims, lint: {content: ['content/**/*.md'], cacheDir: '.cache-lint', renderCache: renderCache ? '.cache-render' : false}})}\n`
  )
  const script = `const {main} = await import('caveat-health'); const start = performance.now(); const code = await main(['lint', '--format', 'json', '--output', 'lint.json']);` +
    `const u = process.resourceUsage(); console.log(JSON.stringify({code, ms: performance.now() - start, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000}))`
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024})
  const last = child.stdout.trim().split('\n').at(-1) ?? ''
  let result
  try {
    result = JSON.parse(last)
  } catch {
    throw new Error(`caveat lint failed:\n${child.stdout}\n${child.stderr}`)
  }
  if (result.code === 2 || /warning: `lint.renderCache`/.test(child.stderr)) throw new Error(`caveat lint did not run as set up:\n${child.stderr}`)
  return result
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

    let pipelineRows = []
    if (pipeline) {
      const alone = lint(root, false)
      fs.rmSync(path.join(root, '.cache-render'), {recursive: true, force: true})
      const rendering = lint(root, true)
      const site = run('publish', root)
      const build = {ms: rendering.ms + site.ms, cpuMs: rendering.cpuMs + site.cpuMs}
      pipelineRows = [
        ['caveat lint, cold (renderCache off)', alone, alone],
        ['caveat lint, cold, rendering into the plugin cache', rendering, alone],
        ['then Eleventy (publish), from that cache', site, alone, undefined, site.stats],
        ['npm run build without a11y (the two above)', build, alone, 1.3]
      ]
    }

    const cpus = os.availableParallelism()
    const load = os.loadavg()[0].toFixed(1)
    console.log(`\neleventy-plugin-health-claims build benchmark: ${files} articles × ~${words} words, ${cpus} cores (load average ${load}), Node ${process.versions.node}\n`)
    const header = ['build', 'wall time', 'vs stock', 'target', 'CPU time', 'from cache', 'rendered', 'worker threads']
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
        result.stats ? String(result.stats.workerThreads) : ''
      ]
    })
    const widths = header.map((title, index) => Math.max(title.length, ...table.map((row) => row[index].length)))
    const line = (cells) => '| ' + cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ') + ' |'
    console.log(line(header))
    console.log('| ' + widths.map((width) => '-'.repeat(width)).join(' | ') + ' |')
    for (const row of table) console.log(line(row))

    if (pipelineRows.length > 0) {
      console.log(`\nOne render per build: \`npm run build\` without a11y (lint with lint.renderCache, then Eleventy) vs \`caveat lint\` cold alone\n`)
      const head = ['step', 'wall time', 'vs lint alone', 'target', 'CPU time', 'from cache', 'rendered']
      const body = pipelineRows.map(([name, result, base, target, stats]) => {
        const ratio = result.ms / base.ms
        return [
          name,
          `${(result.ms / 1000).toFixed(2)} s`,
          `${ratio.toFixed(2)}x`,
          target ? `≤ ${target}x ${ratio <= target ? 'met' : 'MISSED'}` : '',
          `${(result.cpuMs / 1000).toFixed(2)} s`,
          stats ? String(stats.cacheHits) : '',
          stats ? String(stats.rendered) : ''
        ]
      })
      const w = head.map((title, index) => Math.max(title.length, ...body.map((row) => row[index].length)))
      const l = (cells) => '| ' + cells.map((cell, index) => cell.padEnd(w[index])).join(' | ') + ' |'
      console.log(l(head))
      console.log('| ' + w.map((width) => '-'.repeat(width)).join(' | ') + ' |')
      for (const row of body) console.log(l(row))
    }
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
  // caveat too: its render into the plugin's cache needs the very same remark-health-claims.
  const snapshot = new Set(['eleventy-plugin-health-claims', 'remark-health-claims', 'caveat-health'])
  fs.mkdirSync(target)
  for (const name of fs.readdirSync(source)) {
    if (name === '.bin' || name.startsWith('.')) continue
    if (snapshot.has(name)) {
      const from = fs.realpathSync(path.join(source, name))
      fs.mkdirSync(path.join(target, name))
      fs.copyFileSync(path.join(from, 'package.json'), path.join(target, name, 'package.json'))
      fs.cpSync(path.join(from, 'dist'), path.join(target, name, 'dist'), {recursive: true})
      if (fs.existsSync(path.join(from, 'bin'))) fs.cpSync(path.join(from, 'bin'), path.join(target, name, 'bin'), {recursive: true})
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
  // Sentences are put together from parts, so an article rarely repeats one (real articles
  // don't, and remark-health-claims reports repeated boilerplate).
  const who = ['Many adults', 'People who sit for long hours', 'Office workers', 'Older adults', 'Runners', 'New parents', 'Gardeners', 'Lorry drivers', 'Students', 'Nurses on night shifts', 'Warehouse staff', 'Keen cyclists']
  const notice = ['often mention', 'sometimes describe', 'tend to notice', 'talk to their pharmacist about', 'write in their diaries about', 'ask their physiotherapist about', 'look up information on', 'compare notes on']
  const what = ['stiffness in the morning', 'a dull ache after lifting boxes', 'tightness low in the back', 'discomfort when getting out of a car', 'soreness after a long walk', 'a twinge when bending to tie their shoes', 'aching at the end of the working day', 'pain that moves around from day to day', 'trouble finding a comfortable chair', 'a sore back after a night on a soft mattress']
  const when = ['after a long drive', 'at the end of a busy week', 'during the winter months', 'when they start a new job', 'after moving house', 'on the first warm days of spring', 'after a weekend of decorating', 'while training for a charity run', 'during exam season', 'after a long flight']
  const helps = ['Staying active', 'Regular walking', 'A graded exercise programme', 'Keeping up normal activities', 'Gentle stretching', 'Swimming', 'Physiotherapy', 'Returning to work early']
  const outcome = ['helps most people with back pain recover sooner', 'is linked with fewer days off work', 'reduces the chance that back pain comes back', 'improves how well people can move after a few weeks', 'gives a small improvement in pain for many people']
  const group = ['in adults with low back pain', 'in people whose pain started recently', 'in people with pain lasting more than three months', 'in older adults', 'in working-age adults']
  const sentence = (used) => {
    if (random() < 0.25) {
      const [title, url] = pick(sources)
      if (!used.includes(url)) used.push(url)
      return `${pick(helps)} ${pick(outcome)} ${pick(group)} ([${title}](${url})).`
    }
    return `${pick(who)} ${pick(notice)} ${pick(what)} ${pick(when)}.`
  }
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
    while (count < words) {
      const heading = `${pick(headings)} ${pick(when)}`
      parts.push(`## ${heading}`)
      count += heading.split(' ').length
      for (let p = 0; p < 3; p++) {
        const paragraph = Array.from({length: 4}, () => sentence(used)).join(' ')
        parts.push(paragraph)
        count += paragraph.split(/\s+/).length
      }
      if (random() < 0.5) {
        const list = Array.from({length: 4}, () => `- ${pick(what)} ${pick(when)}`).join('\n')
        parts.push(list)
        count += list.split(/\s+/).length
      } else {
        parts.push(`| Item | Where to find it |\n| --- | --- |\n| ${pick(what)} | ${pick(when)} |\n| ${pick(what)} | ${pick(when)} |`)
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
