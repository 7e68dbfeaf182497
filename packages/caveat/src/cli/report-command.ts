/**
 * `caveat report [paths…]`: the reviewer's HTML report folder. The shell gets the lint report —
 * from `--lint-report FILE`, or by running lint as `caveat lint` would — and hands it to
 * src/report-html, which never lints. Exit codes: 0 written; 2 bad usage, or the folder could not
 * be written. The report is for looking: findings never change the exit code (gate on `caveat lint`).
 */
import path from 'node:path'
import {Command, Option} from 'commander'
import {UsageError, type CliIo} from '../cli-io.js'
import {loadConfig} from '../config/load.js'
import {readReport} from '../report/merge.js'
import type {CommandContext} from './context.js'
import {lintFromCommandLine} from './lint-command.js'
import {options} from './options.js'
import {wrote} from './outputs.js'
import {reportDocsUrl} from '../docs.js'

interface Flags {
  output?: string
  a11y?: string
  lintReport?: string
  title?: string
  config?: string
  cache: boolean
  concurrency?: string
  quiet?: boolean
  rule?: string[]
  ignorePath?: string
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

export function reportCommand(context: CommandContext): Command {
  return new Command('report')
    .description('write the reviewer\'s HTML report (every article, every claim highlighted); `report merge` merges shard reports')
    .argument('[paths...]', 'files, folders or globs to lint for the report (default: lint.content from the config)')
    .addOption(new Option('-o, --output <dir>', 'report folder (default: report.output from the config, else caveat-report); replaced atomically'))
    .addOption(new Option('--lint-report <file>', 'render this `caveat lint --format json` report instead of linting'))
    .addOption(new Option('--a11y <file>', 'include a `caveat a11y --format json` report'))
    .addOption(new Option('--title <text>', 'heading of the index (default: report.title, else Reviewer’s report)'))
    .addOption(options.config())
    .addOption(options.quiet())
    .addOption(new Option('--rule <id:severity>', 'set a rule\'s severity for the lint run (repeatable)').argParser(collect))
    .addOption(new Option('--ignore-path <file>', 'ignore file in gitignore syntax (default: .caveatignore at the project root)'))
    .addOption(options.concurrency('worker threads for the lint run (default: number of cores)'))
    .addOption(options.noCache())
    .addHelpText('after', `\nExit codes: 0 written; 2 bad usage or the folder could not be written.\nDocs: ${reportDocsUrl} (also docs/report.md in the package)\n`)
    .action(async (paths: string[], flags: Flags) => {
      context.exit(await runReportCommand(paths, flags, context.io))
    })
}

async function runReportCommand(paths: string[], flags: Flags, io: CliIo): Promise<number> {
  if (flags.lintReport && paths.length > 0) throw new UsageError('Give either paths to lint or --lint-report, not both.')
  let report
  let config
  let problems: string[] = []
  if (flags.lintReport) {
    report = await readReport(path.resolve(io.cwd, flags.lintReport))
    if (report.kind !== 'lint') throw new UsageError(`${flags.lintReport} is an ${report.kind} report; pass it with --a11y instead.`)
    ;({config, problems} = await loadConfig(io.cwd, flags.config))
  } else {
    ;({report, config, problems} = await lintFromCommandLine(paths, {...flags, progress: !flags.quiet}, io))
  }
  for (const problem of problems) io.stderr.write(`caveat report: ${problem}\n`)
  if (report.files.length === 0) throw new UsageError('No articles to report on. Pass markdown files, folders or globs.')
  const {readA11yReport, writeReviewFolder} = await import('../report-html/index.js')
  const a11y = flags.a11y ? await readA11yReport(flags.a11y, io.cwd) : undefined
  const output = flags.output ?? path.relative(io.cwd, path.resolve(config.root, config.report.output))
  const review = await writeReviewFolder(report, {cwd: io.cwd, output, claims: config.claims, a11y, title: flags.title ?? config.report.title})
  wrote(io, `${path.join(output, 'index.html')} (${review.articles.length} article${review.articles.length === 1 ? '' : 's'})`)
  return 0
}
