#!/usr/bin/env node
// Benchmark: `caveat a11y` vs `pa11y-ci` on N built article pages (env BENCH_PAGES, default 100).
// Same browser, same static server, same pages; each tool at the concurrencies it does best at;
// then a re-run of `caveat a11y` after changing one page (the cache). Prints a table.
// Needs a compiled caveat (`npx tsc -b`) and a browser (CHROME_PATH or /usr/bin/chromium).
//
//   node bench/a11y.js            # 100 pages
//   BENCH_PAGES=20 node bench/a11y.js
//   BENCH_CAVEAT_ONLY=1 node bench/a11y.js   # caveat alone, no pa11y-ci rows
import {execFile} from 'node:child_process'
import {cp, mkdtemp, readFile, readdir, rm, stat, writeFile} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {findBrowser, launchArgs} from '../dist/a11y/browser.js'
import {runA11y} from '../dist/a11y/command.js'
import {serveDirectory} from '../dist/a11y/server.js'

const run = promisify(execFile)
const require = createRequire(import.meta.url)
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const pageCount = Number(process.env.BENCH_PAGES ?? 100)
const cores = os.availableParallelism()

async function builtSite(scratch) {
  const built = path.join(repoRoot, '_site')
  if (existsSync(path.join(built, 'articles'))) return built
  const out = path.join(scratch, 'built')
  console.error('bench: building the site with Eleventy (no _site/ yet)…')
  await run(process.execPath, [path.join(repoRoot, 'node_modules/@11ty/eleventy/cmd.cjs'), '--config=site/eleventy.config.js', `--output=${out}`, '--quiet'], {cwd: repoRoot, maxBuffer: 1 << 26})
  return out
}

/** The longest built article, copied N times (each copy's bytes differ, so nothing is shared through the cache). */
async function makePages(scratch) {
  const site = await builtSite(scratch)
  const articles = path.join(site, 'articles')
  let best
  for (const slug of await readdir(articles)) {
    const file = path.join(articles, slug, 'index.html')
    if (!existsSync(file)) continue
    const size = (await stat(file)).size
    if (!best || size > best.size) best = {file, size, slug}
  }
  if (!best) throw new Error(`${articles}: no built article pages`)
  const html = await readFile(best.file, 'utf8')
  const bench = path.join(scratch, 'site')
  // Keep the site's assets (CSS, fonts, images) so pages render as published; drop its pages.
  await cp(site, bench, {recursive: true, filter: (source) => !source.endsWith('.html') && !source.endsWith('sitemap.xml')})
  for (let index = 1; index <= pageCount; index++) {
    const dir = path.join(bench, 'articles', `copy-${String(index).padStart(3, '0')}`)
    await cp(path.join(articles, best.slug), dir, {recursive: true, filter: (source) => !source.endsWith('.html')})
    await writeFile(path.join(dir, 'index.html'), html.replace('<body', `<!-- bench copy ${index} --><body`))
  }
  const words = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length
  return {bench, source: path.relative(repoRoot, best.file), words, html}
}

async function timeCaveat(bench, cwd, args) {
  let stderr = ''
  const started = performance.now()
  const code = await runA11y([bench, '--format', 'json', ...args], {stdout: {write: () => true}, stderr: {write: (chunk) => (stderr += chunk)}, cwd})
  const seconds = (performance.now() - started) / 1000
  if (code === 2) throw new Error(`caveat a11y could not run: ${stderr}`)
  const checked = Number(/(\d+) checked/.exec(stderr)?.[1] ?? NaN)
  const failed = Number(/(\d+) failed to run/.exec(stderr)?.[1] ?? NaN)
  return {seconds, checked, failed}
}

async function timePa11yCi(origin, paths, runners, concurrency, scratch, executablePath) {
  const config = path.join(scratch, `pa11y-ci-${runners.join('-')}-${concurrency}.json`)
  await writeFile(
    config,
    JSON.stringify({
      defaults: {runners, concurrency, timeout: 60_000, chromeLaunchConfig: {executablePath, args: launchArgs()}},
      urls: paths.map((p) => new URL(p, origin).href)
    })
  )
  const bin = path.join(path.dirname(require.resolve('pa11y-ci/package.json')), 'bin', 'pa11y-ci.js')
  const started = performance.now()
  const result = await run(process.execPath, [bin, '--config', config, '--json'], {maxBuffer: 1 << 28}).catch((error) => error)
  const seconds = (performance.now() - started) / 1000
  let errors = NaN
  try {
    const report = JSON.parse(result.stdout)
    const failures = Object.values(report.results).flatMap((issues) => issues.filter((issue) => issue instanceof Object && 'message' in issue && !('code' in issue)))
    errors = failures.length
    if (failures[0]) console.error(`bench: pa11y-ci ${runners.join('+')} c=${concurrency}: ${errors} page(s) failed to run, e.g. ${String(failures[0].message).split('\n')[0]}`)
  } catch {
    throw new Error(`pa11y-ci did not produce a report: ${String(result.stderr ?? result.message).slice(0, 500)}`)
  }
  return {seconds, failed: errors}
}

const scratch = await mkdtemp(path.join(os.tmpdir(), 'caveat-a11y-bench-'))
try {
  const {bench, source, words} = await makePages(scratch)
  const {executablePath} = findBrowser()
  const paths = Array.from({length: pageCount}, (_, i) => `/articles/copy-${String(i + 1).padStart(3, '0')}/`)
  console.log(`caveat a11y vs pa11y-ci — ${pageCount} copies of ${source} (~${words} words), ${cores} cores, ${path.basename(executablePath)}\n`)
  const rows = []
  const row = (tool, runners, concurrency, result) => {
    rows.push({tool, runners, concurrency, ...result, pagesPerSecond: pageCount / result.seconds})
    console.error(`bench: ${tool} ${runners} c=${concurrency}: ${result.seconds.toFixed(1)} s`)
  }

  // BENCH_CAVEAT_ONLY=1 skips pa11y-ci (quick iterations; the comparison needs it).
  if (!process.env.BENCH_CAVEAT_ONLY) {
    const server = await serveDirectory(bench)
    try {
      for (const concurrency of [1, 2]) row('pa11y-ci 4', 'htmlcs', concurrency, await timePa11yCi(server.origin, paths, ['htmlcs'], concurrency, scratch, executablePath))
      row('pa11y-ci 4', 'axe+htmlcs', 2, await timePa11yCi(server.origin, paths, ['axe', 'htmlcs'], 2, scratch, executablePath))
    } finally {
      await server.close()
    }
  }

  const cwd = path.join(scratch, 'cwd')
  await cp(path.join(repoRoot, 'caveat.config.mjs'), path.join(cwd, 'caveat.config.mjs')).catch(() => {})
  for (const concurrency of [...new Set([Math.max(1, cores / 2), cores, cores * 2])]) row('caveat a11y', 'axe+htmlcs', concurrency, await timeCaveat(bench, cwd, ['--no-cache', '--concurrency', String(concurrency)]))

  // Cache: fill it, change one page, re-run.
  const changed = path.join(bench, 'articles', 'copy-001', 'index.html')
  await writeFile(changed, (await readFile(changed, 'utf8')).replace('<!-- bench copy 1 -->', '<!-- bench copy 1, edited -->'))
  const rerun = await timeCaveat(bench, cwd, [])
  rows.push({tool: 'caveat a11y, 1 page changed', runners: 'axe+htmlcs', concurrency: cores, ...rerun, pagesPerSecond: NaN})

  const pad = (value, width) => String(value).padEnd(width)
  console.log(`${pad('tool', 30)}${pad('runners', 12)}${pad('conc.', 7)}${pad('time (s)', 10)}${pad('s/page', 8)}${pad('pages/s', 9)}notes`)
  for (const r of rows) {
    const note = r.tool.includes('changed') ? `${r.checked} re-checked, rest from cache` : r.failed ? `${r.failed} page(s) failed to run` : ''
    console.log(`${pad(r.tool, 30)}${pad(r.runners, 12)}${pad(r.concurrency, 7)}${pad(r.seconds.toFixed(1), 10)}${pad(Number.isNaN(r.pagesPerSecond) ? '–' : (r.seconds / pageCount).toFixed(2), 8)}${pad(Number.isNaN(r.pagesPerSecond) ? '–' : r.pagesPerSecond.toFixed(2), 9)}${note}`)
  }
  const htmlcsBest = Math.max(...rows.filter((r) => r.tool === 'pa11y-ci 4' && r.runners === 'htmlcs').map((r) => r.pagesPerSecond))
  const caveatBest = Math.max(...rows.filter((r) => r.tool === 'caveat a11y').map((r) => r.pagesPerSecond))
  console.log(`\ncaveat a11y (axe+htmlcs) / pa11y-ci (htmlcs alone), each at its best: ${(caveatBest / htmlcsBest).toFixed(2)}x (target ≥ 3x)`)
  console.log(`re-run with one changed page: ${rerun.seconds.toFixed(1)} s (target < 10 s)`)
  console.log(`load average during the run: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (other processes share these cores)`)
} finally {
  await rm(scratch, {recursive: true, force: true})
}
