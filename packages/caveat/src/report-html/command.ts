/**
 * `caveat report [paths…]`: lint the articles and write the reviewer's HTML
 * report folder. Exit codes: 0 written; 2 bad usage, or the report could not be written.
 * The report is for looking, so findings never change the exit code: gate on `caveat lint`.
 */
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {processIo, UsageError, type CliIo} from '../cli-io.js'
import {loadConfig} from '../config/load.js'
import {readReport} from '../report/merge.js'
import {lintForReport, readA11yReport, readSources} from './build.js'
import {renderReviewReport} from './render.js'
import {reportDocsUrl} from '../docs.js'
import {ReportFolderError, writeReportFolder} from './write.js'

export const reportHelp = `Usage: caveat report [options] [paths...]

Write the reviewer's HTML report: an index of every article (JAMA score, reading
grade, claims by status, anecdotes, absolute claims, disclaimers, accessibility
findings), and one page per article with every claim highlighted by status and
linked to its finding. Self-contained: no network, works without JavaScript.

Paths are files, folders or globs (default: lint.content from the config).

Options:
  -o, --output <dir>        report folder (default: caveat-report); replaced atomically
      --a11y <file>         include a \`caveat a11y --format json\` report
      --lint-report <file>  render this \`caveat lint --format json\` report instead of linting
      --title <text>        heading of the index (default: Reviewer’s report)
  -c, --config <file>       config file (default: caveat.config.{js,mjs,json} in the working directory)
      --no-cache            analyse every file, ignoring .cache/caveat/
      --concurrency <n>     worker threads (default: number of cores)
  -q, --quiet               print nothing on success
  -h, --help                show this help

Exit codes: 0 written; 2 bad usage or the folder could not be written.
Docs: ${reportDocsUrl} (also docs/report.md in the package)
`

export async function runReport(args: string[], io: CliIo = processIo()): Promise<number> {
  try {
    const {values, positionals} = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        output: {type: 'string', short: 'o'},
        a11y: {type: 'string'},
        'lint-report': {type: 'string'},
        title: {type: 'string'},
        config: {type: 'string', short: 'c'},
        'no-cache': {type: 'boolean'},
        concurrency: {type: 'string'},
        quiet: {type: 'boolean', short: 'q'},
        help: {type: 'boolean', short: 'h'}
      }
    })
    if (values.help) {
      io.stdout.write(reportHelp)
      return 0
    }
    const concurrency = values.concurrency === undefined ? os.availableParallelism() : Number(values.concurrency)
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency expects a whole number ≥ 1, got "${values.concurrency}"`)
    if (values['lint-report'] && positionals.length > 0) throw new UsageError('Give either paths to lint or --lint-report, not both.')
    const {config, problems} = await loadConfig(io.cwd, values.config)
    for (const problem of problems) io.stderr.write(`caveat report: ${problem}\n`)

    let report
    if (values['lint-report']) {
      report = await readReport(path.resolve(io.cwd, values['lint-report']))
      if (report.kind !== 'lint') throw new UsageError(`${values['lint-report']} is an ${report.kind} report; pass it with --a11y instead.`)
    } else {
      const linted = await lintForReport({cwd: io.cwd, config, patterns: positionals, cache: !values['no-cache'], concurrency})
      for (const pattern of linted.unmatched) {
        io.stderr.write(`caveat report: no files match "${pattern}". Check the path, or quote the glob so your shell does not expand it.\n`)
      }
      report = linted.report
    }
    if (report.files.length === 0) throw new UsageError('No articles to report on. Pass markdown files, folders or globs.')
    const a11y = values.a11y ? await readA11yReport(values.a11y, io.cwd) : undefined
    const review = renderReviewReport(report, {sources: await readSources(report, io.cwd), a11y, claims: config.claims, title: values.title})
    const output = values.output ?? 'caveat-report'
    await writeReportFolder(path.resolve(io.cwd, output), review)
    if (!values.quiet) {
      io.stderr.write(`caveat report: wrote ${path.join(output, 'index.html')} (${review.articles.length} article${review.articles.length === 1 ? '' : 's'})\n`)
    }
    return 0
  } catch (error) {
    if (error instanceof UsageError || error instanceof ReportFolderError) {
      io.stderr.write(`caveat report: ${error.message}\n`)
      return 2
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`caveat report: ${error.message}\nRun \`caveat report --help\` for the options.\n`)
      return 2
    }
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EACCES' || code === 'EPERM' || code === 'ENOSPC' || code === 'EROFS') {
      io.stderr.write(`caveat report: cannot write the report: ${(error as Error).message}. Check that the folder is writable.\n`)
      return 2
    }
    throw error
  }
}
