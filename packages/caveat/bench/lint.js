#!/usr/bin/env node
/**
 * Lint bench: generate BENCH_FILES (default 1,000) health articles of ~2,000 words
 * in a temp dir, then time `caveat lint` cold and warm (cache), remark-cli with
 * remark-preset-lint-recommended, and markdownlint-cli2 on them, in BENCH_ROUNDS
 * (default 3) interleaved rounds. Prints a table of medians (and ranges) of wall
 * and CPU time, files/s and peak RSS.
 */
import {spawn} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeCorpus} from './corpus.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const packageRoot = path.resolve(here, '..')
const repoRoot = path.resolve(packageRoot, '../..')
const bin = (name) => path.join(repoRoot, 'node_modules/.bin', name)
const count = Number(process.env.BENCH_FILES ?? 1000)
const keep = process.env.BENCH_KEEP === '1'
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3))

if (!existsSync(path.join(packageRoot, 'dist/cli.js'))) {
  console.error('caveat is not built: run `npx tsc -b` at the repository root first.')
  process.exit(1)
}

/**
 * Snapshot the built linter (caveat and remark-health-claims) so that a rebuild by other
 * work during the bench does not change the code being timed, nor invalidate the cache
 * between the cold and warm runs. It lives under the repo's node_modules so that its
 * dependencies still resolve.
 */
function snapshotLinter() {
  const root = mkdtempSync(path.join(repoRoot, 'node_modules/.cache-caveat-bench-'))
  const caveatCopy = path.join(root, 'caveat')
  for (const part of ['bin', 'dist', 'package.json']) cpSync(path.join(packageRoot, part), path.join(caveatCopy, part), {recursive: true})
  const plugin = path.join(repoRoot, 'packages/remark-health-claims')
  const pluginCopy = path.join(caveatCopy, 'node_modules/remark-health-claims')
  for (const part of ['dist', 'model', 'package.json']) cpSync(path.join(plugin, part), path.join(pluginCopy, part), {recursive: true})
  return root
}

const snapshot = snapshotLinter()
const directory = mkdtempSync(path.join(os.tmpdir(), 'caveat-bench-'))
const corpus = path.join(directory, 'content')
writeCorpus(corpus, count)
// The site's claims configuration, with the cache inside the temp dir. Lint alone: no render into
// the site's cache (the Eleventy plugin's bench times that pipeline).
const configFile = path.join(directory, 'caveat.config.mjs')
writeFileSync(
  configFile,
  `import site from ${JSON.stringify(path.join(repoRoot, 'caveat.config.mjs'))}\nexport default {...site, lint: {...site.lint, content: ['content/**/*.md'], renderCache: false}}\n`
)
const words = readFileSync(path.join(corpus, 'article-0001.md'), 'utf8').split(/\s+/).length

/** Run a command, measuring wall time and peak RSS (GNU time when present, else /proc sampling). */
function measure(command, args) {
  return new Promise((resolve, reject) => {
    const useTime = existsSync('/usr/bin/time')
    const timeFile = path.join(directory, 'time.txt')
    const child = useTime
      ? spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, command, ...args], {cwd: directory, stdio: ['ignore', 'ignore', 'pipe']})
      : spawn(command, args, {cwd: directory, stdio: ['ignore', 'ignore', 'pipe']})
    let peakKb = 0
    let cpu
    const sampler = useTime
      ? undefined
      : setInterval(() => {
          try {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
            const match = /VmRSS:\s+(\d+)/.exec(status)
            if (match) peakKb = Math.max(peakKb, Number(match[1]))
          } catch {}
        }, 20)
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const start = process.hrtime.bigint()
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9
      if (sampler) clearInterval(sampler)
      if (useTime) {
        const [rss, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number)
        peakKb = rss
        cpu = user + system
      }
      resolve({seconds, cpu, peakMb: peakKb / 1024, code, stderr})
    })
  })
}

const caveat = ['node', [path.join(snapshot, 'caveat/bin/caveat.js'), 'lint', '--config', configFile, '--format', 'json', '--output', path.join(directory, 'report.json')]]
const runs = [
  ['caveat lint (cold)', ...caveat, () => rmSync(path.join(directory, '.cache'), {recursive: true, force: true})],
  ['caveat lint (warm, cache)', ...caveat],
  // remark-cli resolves plugins from the working directory (the temp dir): give it their paths.
  ['remark-cli + preset-lint-recommended', bin('remark'), ['content', ...['remark-frontmatter', 'remark-gfm', 'remark-preset-lint-recommended'].flatMap((name) => ['--use', path.join(repoRoot, 'node_modules', name, 'index.js')]), '--quiet', '--no-stdout', '--no-config', '--no-ignore'], undefined],
  ['markdownlint-cli2', bin('markdownlint-cli2'), ['content/**/*.md'], undefined]
]

console.log(`caveat lint bench: ${count} articles of ~${words} words in ${directory}, ${rounds} interleaved round(s) (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)})\n`)
/** Every round's result of each tool, by name. */
const results = new Map(runs.map(([name]) => [name, []]))
for (let round = 1; round <= rounds; round++) {
  for (const [name, command, args, before] of runs) {
    before?.()
    let result = await measure(command, args)
    // The cache key includes a fingerprint of the built linter: if it was rebuilt during the
    // cold run (other work on the machine), the first "warm" run is cold again. Measure once more.
    for (let retry = 0; name.includes('warm') && retry < 2; retry++) {
      const stats = JSON.parse(readFileSync(path.join(directory, 'report.json'), 'utf8')).stats
      if (!stats || stats.analysed === 0) break
      console.error(`  (warm run analysed ${stats.analysed} files: the linter was rebuilt meanwhile; measuring again)`)
      result = await measure(command, args)
    }
    if ((name.startsWith('caveat') && result.code === 2) || /Cannot process file|Cannot find module/.test(result.stderr)) {
      console.error(`${name} failed:\n${result.stderr}`)
      process.exitCode = 1
    }
    results.get(name).push(result)
    console.error(`  round ${round}, ${name}: ${result.seconds.toFixed(2)} s wall, ${result.cpu?.toFixed(1) ?? '?'} s CPU`)
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const spread = (values, digits) => (values.length > 1 ? ` (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})` : '')
const rows = runs.map(([name]) => {
  const list = results.get(name)
  const cpus = list.map((result) => result.cpu).filter((cpu) => cpu !== undefined)
  return {name, seconds: median(list.map((result) => result.seconds)), walls: list.map((result) => result.seconds), cpu: cpus.length ? median(cpus) : undefined, cpus, peakMb: Math.max(...list.map((result) => result.peakMb))}
})

const header = ['tool', 'wall (s), median (range)', 'files/s', 'ms/file', 'CPU (s), median (range)', 'peak RSS (MB)']
const table = [header, ...rows.map((row) => [row.name, row.seconds.toFixed(2) + spread(row.walls, 2), (count / row.seconds).toFixed(1), ((row.seconds * 1000) / count).toFixed(1), row.cpu === undefined ? '?' : row.cpu.toFixed(1) + spread(row.cpus, 1), row.peakMb.toFixed(0)])]
const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)))
const line = (row) => '| ' + row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ') + ' |'
console.log(line(header))
console.log('| ' + widths.map((width, column) => (column === 0 ? '-'.repeat(width) : '-'.repeat(width - 1) + ':')).join(' | ') + ' |')
for (const row of table.slice(1)) console.log(line(row))

const report = JSON.parse(readFileSync(path.join(directory, 'report.json'), 'utf8'))
const [cold, warm, remark] = rows
console.log(`\ncaveat analysed ${report.stats?.analysed ?? '?'} files on the warm run (${report.stats?.cached ?? '?'} from cache); ${report.summary.errors} errors, ${report.summary.warnings} warnings in the corpus.`)
console.log(`targets (medians): cold ≤ remark-cli wall: ${cold.seconds <= remark.seconds ? 'met' : 'NOT met'} (${cold.seconds.toFixed(1)} s vs ${remark.seconds.toFixed(1)} s; CPU ${cold.cpu?.toFixed(1) ?? '?'} s vs ${remark.cpu?.toFixed(1) ?? '?'} s); warm ≥ 20x faster than cold: ${cold.seconds / warm.seconds >= 20 ? 'met' : 'NOT met'} (${(cold.seconds / warm.seconds).toFixed(1)}x); peak RSS < 1 GB: ${Math.max(cold.peakMb, warm.peakMb) < 1024 ? 'met' : 'NOT met'}`)
console.log(`load average at the end: ${os.loadavg()[0].toFixed(1)} (wall times are only comparable on an otherwise idle machine; CPU time is not affected by other load)`)
rmSync(snapshot, {recursive: true, force: true})
if (!keep) rmSync(directory, {recursive: true, force: true})
