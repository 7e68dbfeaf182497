/** `caveat report merge <reports…>` */
import path from 'node:path'
import {Command, Option} from 'commander'
import type {CliIo} from '../cli-io.js'
import {UsageError} from '../cli-io.js'
import {checkShards, mergeReports, missingShards, readReport} from '../report/merge.js'
import {formats} from '../reporters/index.js'
import type {Report} from '../report-types.js'
import type {CommandContext} from './context.js'
import {argsAfter, options, parseCount} from './options.js'
import {emit, parseOutputs, useColor, writeOutput, type OutputTarget} from './outputs.js'
import {applyQuiet, exitCodeOf} from './present.js'

export interface MergeFlags {
  maxWarnings?: string
  strictDrafts?: boolean
  expectShards?: string
  siteDir?: string
  quiet?: boolean
}

export function mergeCommand(context: CommandContext): Command {
  return new Command('merge')
    .description('merge the JSON reports of --shard runs into one and re-emit it in any format')
    .argument('<reports...>', 'JSON reports written by `caveat lint|a11y --format json --output FILE`')
    .addOption(options.format(formats))
    .addOption(options.output())
    .addOption(options.quiet())
    .addOption(options.maxWarnings())
    .addOption(new Option('--strict-drafts', 'problems in drafts fail too'))
    .addOption(new Option('--expect-shards <n>', 'exit 1 unless the reports are shards 1..N of N (a shard that did not run is never green)'))
    .addOption(new Option('--site-dir <dir>', 'a11y reports: the site folder, for locations of pages without a known source').default('_site'))
    .action(async (files: string[], flags: MergeFlags) => {
      context.exit(await runMerge(files, flags, argsAfter(context.argv, 'report', 'merge'), context.io))
    })
}

export async function runMerge(files: string[], flags: MergeFlags, rawArgs: string[], io: CliIo): Promise<number> {
  const maxWarnings = parseCount(flags.maxWarnings, '--max-warnings', 0)
  const expected = parseCount(flags.expectShards, '--expect-shards', 1)
  const reports = await Promise.all(files.map((file) => readReport(path.resolve(io.cwd, file))))
  const {report: merged, duplicates} = mergeReports(reports)
  const targets = parseOutputs(rawArgs, merged.kind === 'a11y' ? (await import('../a11y/index.js')).formats : formats)
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
  const report = applyQuiet(merged, flags.quiet)
  if (report.kind === 'a11y') await emitA11y(report, targets, flags.siteDir ?? '_site', io)
  else await emit(report, targets, io)
  return exitCodeOf(report, {named: new Set(), quiet: flags.quiet, strictDrafts: flags.strictDrafts, maxWarnings})
}

/** a11y reports go through the a11y formatters, which keep selectors, HTML context and WCAG criteria. */
async function emitA11y(report: Report, targets: OutputTarget[], siteDir: string, io: CliIo): Promise<void> {
  const {formatReport, formats: a11yFormats} = await import('../a11y/index.js')
  for (const target of targets) {
    if (!(a11yFormats as readonly string[]).includes(target.format)) {
      throw new UsageError(`--format ${target.format} is not available for a11y reports. Use one of: ${a11yFormats.join(', ')}.`)
    }
    const text = formatReport(report, target.format as (typeof a11yFormats)[number], {siteDir, color: useColor(io, target)})
    if (target.file === undefined) io.stdout.write(text)
    else await writeOutput(io, target.file, text)
  }
}
