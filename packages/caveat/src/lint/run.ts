/**
 * `caveat lint` without the CLI: resolve files, read them, serve what the cache
 * has, analyse the rest in worker threads, judge document rules, build the report.
 */
import os from 'node:os'
import v8 from 'node:v8'
import path from 'node:path'
import type {FileReport, Report} from '../report-types.js'
import type {ResolvedConfig} from '../config/schema.js'
import {version} from '../version.js'
import {readArticle} from './read-file.js'
import {analysisFailure} from '../rules/engine.js'
import {AnalysisCache, configKey, type CachedAnalysis} from './cache.js'
import {selectShard, type Shard} from './shard.js'
import {finalize} from './finalize.js'
import type {Analysis} from './analyse.js'
import type {WorkerData, WorkerTask} from './worker.js'
import {summarise} from '../report/summary.js'
import {ruleDocsUrl} from '../docs.js'

export interface LintRunOptions {
  /** Files relative to cwd (already resolved and sorted). */
  files: string[]
  cwd: string
  config: ResolvedConfig
  cache?: boolean | undefined
  concurrency?: number | undefined
  shard?: Shard | undefined
  /** Show stack traces of internal errors. */
  debug?: boolean | undefined
  now?: Date | undefined
  onProgress?: ((done: number, total: number) => void) | undefined
  /** Content given on stdin for one of `files` (`caveat lint --stdin --stdin-filename FILE`): not read from disk. */
  stdin?: {path: string; content: Buffer} | undefined
}

export interface LintRunResult {
  report: Report
  /** remark-health-claims could not be loaded. */
  claimsUnavailable: boolean
}

interface Pending {
  index: number
  path: string
  content: string
  key: string
}

export async function runLint(options: LintRunOptions): Promise<LintRunResult> {
  const {cwd, config} = options
  const now = options.now ?? new Date()
  const files = options.shard ? selectShard(options.files, options.shard) : options.files
  // Caches live at the project root (the config's folder), wherever the command is run from.
  const cache = new AnalysisCache(path.resolve(config.root, config.lint.cacheDir), options.cache === false ? '' : configKey(config), options.cache !== false)
  const reports: Array<FileReport | undefined> = Array.from({length: files.length})
  const pending: Pending[] = []
  let done = 0
  let cached = 0
  let claimsUnavailable = false
  const progress = () => options.onProgress?.(++done, files.length)

  const accept = (index: number, analysis: Analysis | CachedAnalysis) => {
    if (analysis.claimsUnavailable) claimsUnavailable = true
    reports[index] = finalize(files[index]!, analysis, config, now)
  }

  await Promise.all(
    files.map(async (file, index) => {
      const given = options.stdin && options.stdin.path === file ? options.stdin.content : undefined
      const read = await readArticle(path.resolve(cwd, file), config.lint, given)
      if (!read.ok) {
        reports[index] = {path: file, failed: true, messages: [read.message]}
        progress()
        return
      }
      const key = cache.key(read.content)
      const hit = await cache.get(key)
      if (hit) {
        cached++
        accept(index, hit)
        progress()
        return
      }
      pending.push({index, path: file, content: read.content, key})
    })
  )

  if (pending.length > 0) {
    pending.sort((a, b) => a.index - b.index)
    const analyse = await startAnalysers(pending.length, options)
    try {
      await Promise.all(
        pending.map(async (item) => {
          try {
            const serialised = await analyse.run({path: item.path, content: item.content})
            item.content = ''
            const analysis = JSON.parse(serialised) as Analysis
            accept(item.index, analysis)
            await cache.set(item.key, analysis)
          } catch (error) {
            reports[item.index] = {
              path: item.path,
              failed: true,
              messages: [analysisFailure(error as Error, {debug: Boolean(options.debug), docsUrl: config.lint.docsUrl})]
            }
          }
          progress()
        })
      )
    } finally {
      await analyse.close()
    }
  }

  const fileReports = reports.filter((report): report is FileReport => report !== undefined)
  const report: Report = {
    tool: 'caveat',
    version,
    kind: 'lint',
    shard: options.shard,
    files: fileReports,
    summary: summarise(fileReports),
    stats: {analysed: pending.length, cached}
  }
  return {report, claimsUnavailable}
}

interface Analysers {
  /** The analysis, serialised as JSON. */
  run(task: WorkerTask): Promise<string>
  close(): Promise<void>
}

const semiSpaceMb = 32

async function startAnalysers(count: number, options: LintRunOptions): Promise<Analysers> {
  const threads = Math.max(1, Math.min(options.concurrency ?? os.availableParallelism(), count))
  // A worker costs a second or so to start: not worth it for a handful of files.
  if (threads === 1 || count < 4) {
    const {createAnalyser} = await import('./analyse.js')
    const analyse = await createAnalyser(options.config, options.cwd)
    return {run: async (task) => JSON.stringify(await analyse(task)), close: async () => undefined}
  }
  // micromark allocates millions of short-lived objects per file: larger semi-spaces
  // mean far fewer scavenges (measured: GC went from ~22% to ~11% of worker time).
  // Set before the workers start, whose heaps take it up; `resourceLimits` does not.
  v8.setFlagsFromString(`--max-semi-space-size=${semiSpaceMb}`)
  const {Piscina} = await import('piscina')
  const workerData: WorkerData = {cwd: options.cwd, configPath: options.config.path, rules: options.config.lint.rules}
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    workerData,
    idleTimeout: 1000
  })
  return {
    run: (task) => pool.run(task) as Promise<string>,
    close: () => pool.destroy()
  }
}
