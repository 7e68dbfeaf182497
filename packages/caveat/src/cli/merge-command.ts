/** `caveat report merge <reports…>` */
import type {CliIo} from '../cli-io.js'
import {UsageError} from '../cli-io.js'
import {checkShards, mergeReports, missingShards, readReport} from '../report/merge.js'
import {exitCodeFor} from '../report/summary.js'
import {emit, parseOutputs, writeOutput, type OutputTarget} from './outputs.js'
import {parseCount} from './lint-command.js'
import type {Report} from '../report-types.js'
import path from 'node:path'

export interface MergeFlags {
  maxWarnings?: string
  strictDrafts?: boolean
  expectShards?: string
  siteDir?: string
}

export async function mergeCommand(files: string[], flags: MergeFlags, rawArgs: string[], io: CliIo): Promise<number> {
  const targets = parseOutputs(rawArgs)
  const maxWarnings = parseCount(flags.maxWarnings, '--max-warnings', 0)
  const expected = flags.expectShards === undefined ? undefined : parseCount(flags.expectShards, '--expect-shards', 1)
  if (expected !== undefined && expected < 1) throw new UsageError('--expect-shards must be 1 or more (the N of --shard i/N).')
  const reports = await Promise.all(files.map((file) => readReport(path.resolve(io.cwd, file))))
  const {report, duplicates} = mergeReports(reports)
  if (expected !== undefined) {
    checkShards(reports, files, expected)
    const missing = missingShards(reports, expected)
    if (missing.length > 0) {
      const list = missing.map((index) => `${index}/${expected}`)
      const which = list.length === 1 ? `shard ${list[0]} is` : `shards ${list.slice(0, -1).join(', ')} and ${list.at(-1)} are`
      io.stderr.write(`caveat report merge: ${which} missing — a shard that did not run is never green. Check that every matrix job ran and uploaded its report.\n`)
      return 1
    }
  }
  for (const file of duplicates) io.stderr.write(`caveat: ${file} is in more than one report; kept the first. Check the --shard options.\n`)
  if (report.kind === 'a11y') await emitA11y(report, targets, flags.siteDir ?? '_site', io)
  else await emit(report, targets, io)
  return exitCodeFor(report, {strictDrafts: flags.strictDrafts, maxWarnings})
}

/** a11y reports go through the a11y formatters, which keep selectors, HTML context and WCAG criteria. */
async function emitA11y(report: Report, targets: OutputTarget[], siteDir: string, io: CliIo): Promise<void> {
  const {formatReport, formats} = await import('../a11y/index.js')
  for (const target of targets) {
    if (!(formats as readonly string[]).includes(target.format)) {
      throw new UsageError(`--format ${target.format} is not available for a11y reports. Use one of: ${formats.join(', ')}.`)
    }
    const color = target.file === undefined && Boolean(io.stdout.isTTY) && io.env['NO_COLOR'] === undefined
    const text = formatReport(report, target.format as (typeof formats)[number], {siteDir, color})
    if (target.file === undefined) io.stdout.write(text)
    else await writeOutput(io, target.file, text)
  }
}
