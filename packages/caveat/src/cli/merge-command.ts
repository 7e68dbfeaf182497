/** `caveat report merge <reports…>` */
import type {CliIo} from '../cli-io.js'
import {mergeReports, readReport} from '../report/merge.js'
import {exitCodeFor} from '../report/summary.js'
import {emit, parseOutputs} from './outputs.js'
import {parseCount} from './lint-command.js'
import path from 'node:path'

export async function mergeCommand(files: string[], flags: {maxWarnings?: string; strictDrafts?: boolean}, rawArgs: string[], io: CliIo): Promise<number> {
  const targets = parseOutputs(rawArgs)
  const maxWarnings = parseCount(flags.maxWarnings, '--max-warnings', 0)
  const reports = await Promise.all(files.map((file) => readReport(path.resolve(io.cwd, file))))
  const {report, duplicates} = mergeReports(reports)
  for (const file of duplicates) io.stderr.write(`caveat: ${file} is in more than one report; kept the first. Check the --shard options.\n`)
  await emit(report, targets, io)
  return exitCodeFor(report, {strictDrafts: flags.strictDrafts, maxWarnings})
}
