#!/usr/bin/env node
// Benchmark: `caveat a11y` vs `pa11y-ci` on N built article pages (env BENCH_PAGES, default 100).
// Same browser, same static server, same pages; each tool at the concurrencies it does best at;
// caveat with its browser checks on and off; then a re-run of `caveat a11y` after changing one
// page (the cache). Prints a table.
// Needs a compiled caveat (`npx tsc -b`) and a browser (CHROME_PATH or /usr/bin/chromium).
//
//   node bench/a11y.js            # 100 pages
//   BENCH_PAGES=20 node bench/a11y.js
//   BENCH_CAVEAT_ONLY=1 node bench/a11y.js   # caveat alone, no pa11y-ci rows
//   BENCH_ROUNDS=5 node bench/a11y.js        # interleaved rounds (default 3); rows are medians
import {execFile} from 'node:child_process'
import {cp, mkdtemp, readFile, readdir, rm, stat, writeFile} from 'node:fs/promises'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {findBrowser, launchArgs, serveDirectory} from 'caveat-a11y'
import {main} from '../dist/cli.js'
import {phaseTimes, resetPhaseTimes} from '../../a11y/dist/timing.js'

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

/**
 * CPU seconds used by this process and every process under it (the browser and its renderers,
 * pa11y-ci and its browser) while `work` runs: less moved by other processes on the machine
 * than wall time. Children are sampled from /proc every 250 ms (a process exiting between
 * samples loses at most that much); NaN where there is no /proc.
 */
async function withCpu(work) {
  const ticks = () => {
    const all = new Map()
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        // ppid, then utime and stime (fields 4, 14, 15 of proc(5)), in clock ticks (100 per second on Linux).
        all.set(Number(name), {parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12])})
      } catch {
        // Exited while listing.
      }
    }
    const mine = new Map()
    for (const [pid, entry] of all) {
      for (let up = entry.parent, depth = 0; up > 1 && depth < 16; up = all.get(up)?.parent ?? 0, depth++) {
        if (up === process.pid) {
          mine.set(pid, entry.ticks)
          break
        }
      }
    }
    return mine
  }
  if (!existsSync('/proc/self/stat')) return {result: await work(), cpu: NaN}
  const start = ticks()
  const last = new Map()
  const sample = () => {
    for (const [pid, value] of ticks()) last.set(pid, value - (start.get(pid) ?? 0))
  }
  const own = process.cpuUsage()
  const timer = setInterval(sample, 250)
  try {
    const result = await work()
    sample()
    const usage = process.cpuUsage(own)
    const children = [...last.values()].reduce((sum, value) => sum + value, 0) / 100
    return {result, cpu: children + (usage.user + usage.system) / 1e6}
  } finally {
    clearInterval(timer)
  }
}

async function timeCaveat(bench, cwd, args) {
  let stderr = ''
  const started = performance.now()
  const {result: code, cpu} = await withCpu(() =>
    main(['a11y', bench, '--format', 'json', ...args], {stdout: {write: () => true}, stderr: {write: (chunk) => (stderr += chunk)}, cwd, env: process.env})
  )
  const seconds = (performance.now() - started) / 1000
  if (code === 2) throw new Error(`caveat a11y could not run: ${stderr}`)
  const checked = Number(/(\d+) checked/.exec(stderr)?.[1] ?? NaN)
  const failed = Number(/(\d+) failed to run/.exec(stderr)?.[1] ?? NaN)
  return {seconds, cpu, checked, failed}
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
  const {result, cpu} = await withCpu(() => run(process.execPath, [bin, '--config', config, '--json'], {maxBuffer: 1 << 28}).catch((error) => error))
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
  return {seconds, cpu, failed: errors}
}

const scratch = await mkdtemp(path.join(os.tmpdir(), 'caveat-a11y-bench-'))
try {
  const {bench, source, words} = await makePages(scratch)
  const {executablePath} = findBrowser()
  const paths = Array.from({length: pageCount}, (_, i) => `/articles/copy-${String(i + 1).padStart(3, '0')}/`)
  console.log(`caveat a11y vs pa11y-ci — ${pageCount} copies of ${source} (~${words} words), ${cores} cores, ${path.basename(executablePath)}\n`)
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3))
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b)
    const middle = sorted.length >> 1
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
  // Every configuration runs once per round, rounds interleaved, so a burst of load from other
  // processes hits all of them alike; each row is the median of its rounds.
  const runs = new Map()
  const record = (key, tool, runners, concurrency, result) => {
    if (!runs.has(key)) runs.set(key, {tool, runners, concurrency, results: []})
    runs.get(key).results.push(result)
    console.error(`bench: ${tool} ${runners} c=${concurrency}: ${result.seconds.toFixed(1)} s (CPU ${result.cpu.toFixed(1)} s)`)
  }

  // Two working directories: the publication's config with every browser check on (the default),
  // and the same config with a11y.checks all off (axe + HTML_CodeSniffer alone, as before the checks).
  const cwdOn = path.join(scratch, 'cwd-on')
  const cwdOff = path.join(scratch, 'cwd-off')
  for (const cwd of [cwdOn, cwdOff]) await cp(path.join(repoRoot, 'caveat.config.mjs'), path.join(cwd, 'caveat.base.mjs')).catch(() => {})
  const hasConfig = existsSync(path.join(cwdOn, 'caveat.base.mjs'))
  const off = '{keyboard: false, reflow: false, textSpacing: false, orientation: false, labelInName: false, ariaProhibited: false}'
  await writeFile(path.join(cwdOn, 'caveat.config.mjs'), hasConfig ? "export {default} from './caveat.base.mjs'\n" : 'export default {}\n')
  await writeFile(
    path.join(cwdOff, 'caveat.config.mjs'),
    hasConfig ? `import base from './caveat.base.mjs'\nexport default {...base, a11y: {...base.a11y, checks: ${off}}}\n` : `export default {a11y: {checks: ${off}}}\n`
  )

  // Per round of "all checks": tab time per phase of a page check (summed over pages).
  const phaseRounds = []
  const server = process.env.BENCH_CAVEAT_ONLY ? undefined : await serveDirectory(bench)
  try {
    for (let round = 1; round <= rounds; round++) {
      console.error(`bench: round ${round} of ${rounds}`)
      // BENCH_CAVEAT_ONLY=1 skips pa11y-ci (quick iterations; the comparison needs it).
      if (server) {
        for (const concurrency of [1, 2]) record(`pa11y-htmlcs-${concurrency}`, 'pa11y-ci 4', 'htmlcs', concurrency, await timePa11yCi(server.origin, paths, ['htmlcs'], concurrency, scratch, executablePath))
        record('pa11y-both-2', 'pa11y-ci 4', 'axe+htmlcs', 2, await timePa11yCi(server.origin, paths, ['axe', 'htmlcs'], 2, scratch, executablePath))
      }
      record('caveat-off', 'caveat a11y, checks off', 'axe+htmlcs', cores, await timeCaveat(bench, cwdOff, ['--no-cache', '--concurrency', String(cores)]))
      resetPhaseTimes()
      record('caveat-on', 'caveat a11y, all checks', 'axe+htmlcs+4', cores, await timeCaveat(bench, cwdOn, ['--no-cache', '--concurrency', String(cores)]))
      phaseRounds.push(new Map([...phaseTimes].map(([phase, time]) => [phase, {...time}])))
    }
  } finally {
    await server?.close()
  }

  // Cache: fill it, change one page, re-run.
  const changed = path.join(bench, 'articles', 'copy-001', 'index.html')
  await writeFile(changed, (await readFile(changed, 'utf8')).replace('<!-- bench copy 1 -->', '<!-- bench copy 1, edited -->'))
  const rerun = await timeCaveat(bench, cwdOn, [])

  const rows = [...runs.values()].map((run) => {
    const seconds = median(run.results.map((result) => result.seconds))
    const failed = Math.max(...run.results.map((result) => result.failed || 0))
    const cpu = median(run.results.map((result) => result.cpu))
    return {...run, seconds, cpu, failed, pagesPerSecond: pageCount / seconds, spread: run.results.map((result) => result.seconds.toFixed(1)).join('/'), cpuSpread: run.results.map((result) => result.cpu.toFixed(1)).join('/')}
  })
  const pad = (value, width) => String(value).padEnd(width)
  console.log(`${rounds} interleaved round(s); each row is the median (all runs in "runs (s)")\n`)
  console.log(`${pad('tool', 30)}${pad('runners', 14)}${pad('conc.', 7)}${pad('time (s)', 10)}${pad('s/page', 8)}${pad('pages/s', 9)}${pad('runs (s)', 22)}${pad('CPU (s)', 9)}${pad('CPU runs (s)', 22)}notes`)
  for (const r of rows) {
    console.log(
      `${pad(r.tool, 30)}${pad(r.runners, 14)}${pad(r.concurrency, 7)}${pad(r.seconds.toFixed(1), 10)}${pad((r.seconds / pageCount).toFixed(2), 8)}${pad(r.pagesPerSecond.toFixed(2), 9)}${pad(r.spread, 22)}${pad(r.cpu.toFixed(1), 9)}${pad(r.cpuSpread, 22)}${r.failed ? `up to ${r.failed} page(s) failed to run` : ''}`
    )
  }
  console.log(`${pad('caveat a11y, 1 page changed', 30)}${pad('axe+htmlcs+4', 14)}${pad(cores, 7)}${pad(rerun.seconds.toFixed(1), 10)}${rerun.checked} re-checked, rest from cache`)
  const on = rows.find((r) => r.tool === 'caveat a11y, all checks')
  const offRow = rows.find((r) => r.tool === 'caveat a11y, checks off')
  console.log(`\nbrowser checks (keyboard, reflow, text spacing, orientation, label in name, prohibited ARIA) add ${(((on.seconds - offRow.seconds) / offRow.seconds) * 100).toFixed(0)} % to the per-page time (target ≤ 30 %)`)
  // Per round, so a burst of load that hit one round's pair shows as one outlier, not a shifted median.
  const perRound = on.results.map((result, index) => `${(((result.seconds - offRow.results[index].seconds) / offRow.results[index].seconds) * 100).toFixed(0)} %`).join(' / ')
  console.log(`  per round (wall): ${perRound}; by CPU time (this process and its browser, sampled): ${(((on.cpu - offRow.cpu) / offRow.cpu) * 100).toFixed(0)} % (median CPU ${offRow.cpu.toFixed(1)} → ${on.cpu.toFixed(1)} s)`)
  const pa11y = rows.filter((r) => r.tool === 'pa11y-ci 4' && r.runners === 'htmlcs')
  if (pa11y.length) {
    const htmlcsBest = Math.max(...pa11y.map((r) => r.pagesPerSecond))
    console.log(`caveat a11y with every check / pa11y-ci (htmlcs alone), each at its best: ${(on.pagesPerSecond / htmlcsBest).toFixed(2)}x (target ≥ 3x)`)
  }
  // Where a page's time goes with every check on: median over rounds of each phase's tab time per page.
  console.log(`\nwhere a page's time goes, every check on (tab time per page, median of ${rounds} round(s); tabs run ${cores} at once, so the total is ~${cores}x the wall time per page)`)
  const phases = [...new Set(phaseRounds.flatMap((round) => [...round.keys()]))]
  const perPage = (round, phase) => (round.get(phase)?.ms ?? 0) / pageCount
  for (const phase of phases) {
    const values = phaseRounds.map((round) => perPage(round, phase))
    const calls = median(phaseRounds.map((round) => (round.get(phase)?.count ?? 0) / pageCount))
    console.log(`  ${pad(phase, 24)}${pad(`${median(values).toFixed(0)} ms`, 10)}${pad(`(${values.map((value) => value.toFixed(0)).join('/')})`, 18)}${calls === 1 ? '' : `${calls.toFixed(2)} calls/page`}`)
  }
  console.log(`re-run with one changed page: ${rerun.seconds.toFixed(1)} s (target < 10 s)`)
  console.log(`load average during the run: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (other processes share these cores: figures are noisy)`)
} finally {
  await rm(scratch, {recursive: true, force: true})
}
