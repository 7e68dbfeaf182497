/**
 * The `caveat` command line. `bin/caveat.js` calls `main(argv)` and exits with
 * its result: 0 clean, 1 problems at error level (or too many warnings), 2 bad
 * usage or configuration.
 */
import {Command, CommanderError, Option} from 'commander'
import {processIo, UsageError, type CliIo} from './cli-io.js'
import {version} from './version.js'
import {formats} from './reporters/index.js'

type Subcommand = (args: string[], io: CliIo) => Promise<number>

/** Commands other helpers own are loaded only when run (and only if built). */
async function loadSubcommand(specifier: string, exportName: string, name: string): Promise<Subcommand> {
  let module: Record<string, unknown>
  try {
    module = (await import(new URL(specifier, import.meta.url).href)) as Record<string, unknown>
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(specifier.slice(2))) {
      throw new UsageError(`\`caveat ${name}\` is not available in this build of caveat.`)
    }
    throw error
  }
  const command = module[exportName]
  if (typeof command !== 'function') throw new UsageError(`\`caveat ${name}\` is not available in this build of caveat.`)
  return command as Subcommand
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

function buildProgram(io: CliIo, argv: string[], result: {code: number}): Command {
  const program = new Command('caveat')
    .description('Lint, report on and accessibility-check a health publication')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text)})
    .showHelpAfterError('(run `caveat --help` for usage)')

  const formatOption = () =>
    new Option('-f, --format <format>', 'output format; repeat with --output for several reports').choices([...formats]).argParser(collect)
  const outputOption = () => new Option('-o, --output <file>', 'write the preceding --format to FILE instead of stdout (repeatable)').argParser(collect)

  program
    .command('lint')
    .description('lint markdown articles: hygiene, accessibility, front matter, JAMA benchmarks, readability, health claims')
    .argument('[paths...]', 'files, folders or globs (default: lint.content from the config, else content/**/*.md)')
    .option('-c, --config <file>', 'config file (default: caveat.config.{js,mjs,json} in the working directory)')
    .addOption(formatOption())
    .addOption(outputOption())
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings')
    .option('--concurrency <n>', 'worker threads (default: number of cores)')
    .option('--no-cache', 'analyse every file, ignoring and not writing .cache/caveat/')
    .option('--shard <i/n>', 'lint only shard i of n (deterministic split, for CI matrices)')
    .option('--strict-drafts', 'problems in drafts (draft: true) fail the run too')
    .option('--no-progress', 'never show the progress bar')
    .option('--list-rules', 'list every rule with its default severity and exit')
    .option('--debug', 'show stack traces of internal errors')
    .action(async (paths: string[], flags: Record<string, unknown>) => {
      if (flags['listRules']) {
        const {listRules} = await import('./cli/list-rules.js')
        io.stdout.write(listRules())
        result.code = 0
        return
      }
      const {lintCommand} = await import('./cli/lint-command.js')
      result.code = await lintCommand(paths, flags as never, argv.slice(argv.indexOf('lint') + 1), io)
    })

  const report = program.command('report').description('write the reviewer\'s HTML report (`caveat report --help`), or `report merge` shard reports')
  report
    .command('merge')
    .description('merge the JSON reports of --shard runs into one and re-emit it in any format')
    .argument('<reports...>', 'JSON reports written by `caveat lint --format json --output FILE`')
    .addOption(formatOption())
    .addOption(outputOption())
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings')
    .option('--strict-drafts', 'problems in drafts fail too')
    .option('--expect-shards <n>', 'exit 1 unless the reports are shards 1..N of N (a shard that did not run is never green)')
    .option('--site-dir <dir>', 'a11y reports: the site folder, for locations of pages without a known source', '_site')
    .action(async (files: string[], flags: Record<string, unknown>) => {
      const {mergeCommand} = await import('./cli/merge-command.js')
      result.code = await mergeCommand(files, flags as never, argv.slice(argv.indexOf('merge') + 1), io)
    })
  // Help entries only: these run before commander parses (see main).
  program.command('a11y').description('check the built site with pa11y (axe + HTML_CodeSniffer); `caveat a11y --help`')
  return program
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const debug = argv.includes('--debug')
  try {
    if (argv[0] === 'a11y') return await (await loadSubcommand('./a11y/command.js', 'runA11y', 'a11y'))(argv.slice(1), io)
    if (argv[0] === 'report' && argv[1] !== 'merge') {
      return await (await loadSubcommand('./report-html/command.js', 'runReport', 'report'))(argv.slice(1), io)
    }
    const result = {code: 0}
    await buildProgram(io, argv, result).parseAsync(argv, {from: 'user'})
    return result.code
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "exit" with 0; parse errors were already printed.
      return error.exitCode === 0 ? 0 : 2
    }
    if (error instanceof UsageError) {
      io.stderr.write(`caveat: ${error.message}\n`)
      return 2
    }
    io.stderr.write(`caveat: internal error: ${(error as Error).message}\n`)
    io.stderr.write(debug ? `${(error as Error).stack ?? ''}\n` : 'Run again with --debug for the stack trace, and report it.\n')
    return 2
  }
}
