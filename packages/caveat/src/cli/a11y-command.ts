/** `caveat a11y [dir]`: options and output; the check itself is src/a11y. */
import {Command, Option} from 'commander'
import type {CliIo} from '../cli-io.js'
import {UsageError} from '../cli-io.js'
import type {CommandContext} from './context.js'
import {argsAfter, options, parseCount} from './options.js'
import {parseOutputs, useColor, writeOutput, type OutputTarget} from './outputs.js'
import {applyQuiet, exitCodeOf} from './present.js'
import {a11yDocsUrl} from '../docs.js'

/** The a11y formats (kept here so `--help` does not load the browser code). */
export const a11yFormats = ['stylish', 'json', 'html', 'junit', 'sarif', 'github'] as const

interface Flags {
  config?: string
  concurrency?: string
  cache: boolean
  changedSince?: string
  shard?: string
  report?: string[]
  runner?: string[]
  standard?: string
  timeout?: string
  quiet?: boolean
  maxWarnings?: string
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

export function a11yCommand(context: CommandContext): Command {
  return new Command('a11y')
    .description('check every page of a built site with pa11y (axe + HTML_CodeSniffer) in one headless Chromium')
    .argument('[dir]', 'the built site; pages come from dir/sitemap.xml, else every .html file', '_site')
    .addOption(options.config())
    .addOption(options.format(a11yFormats))
    .addOption(options.output())
    .addOption(new Option('--report <format=file>', 'also write another report, e.g. --report junit=a11y.xml (repeatable)').argParser(collect))
    .addOption(options.quiet())
    .addOption(options.maxWarnings())
    .addOption(options.concurrency('tabs checked at once (default: a11y.concurrency, else CPU cores)'))
    .addOption(options.noCache())
    .addOption(new Option('--changed-since <ref>', 'only pages built from content/ files changed since git <ref>'))
    .addOption(options.shard())
    .addOption(new Option('--runner <name>', 'axe or htmlcs (repeatable; default: a11y.runners, else both)').argParser(collect))
    .addOption(new Option('--standard <name>', 'WCAG2A, WCAG2AA or WCAG2AAA (default: a11y.standard, else WCAG2AA)'))
    .addOption(new Option('--timeout <ms>', 'per-page timeout (default: a11y.timeout, else 30000)'))
    .addHelpText(
      'after',
      '\nBrowser: CHROME_PATH, else a11y.executablePath, else puppeteer\'s own Chrome, else chromium,\nchromium-browser, google-chrome on PATH.\nDocs: ' + a11yDocsUrl + ' (also docs/a11y.md in the package)\n'
    )
    .action(async (dir: string, flags: Flags) => {
      context.exit(await runA11yCommand(dir, flags, argsAfter(context.argv, 'a11y'), context.io))
    })
}

async function runA11yCommand(dir: string, flags: Flags, rawArgs: string[], io: CliIo): Promise<number> {
  const targets: OutputTarget[] = parseOutputs(rawArgs, a11yFormats)
  for (const spec of flags.report ?? []) {
    const [name, file] = spec.split(/=(.*)/s)
    if (!name || !file || !(a11yFormats as readonly string[]).includes(name)) {
      throw new UsageError(`--report needs format=file with a format among ${a11yFormats.join(', ')}; got "${spec}".`)
    }
    targets.push({format: name as OutputTarget['format'], file})
  }
  const maxWarnings = parseCount(flags.maxWarnings, '--max-warnings', 0)
  const {checkSite, formatA11y} = await import('../a11y/command.js')
  const outcome = await checkSite(
    dir,
    {
      config: flags.config,
      concurrency: parseCount(flags.concurrency, '--concurrency', 1),
      cache: flags.cache,
      changedSince: flags.changedSince,
      shard: flags.shard,
      runner: flags.runner,
      standard: flags.standard,
      timeout: parseCount(flags.timeout, '--timeout', 1),
      quiet: flags.quiet
    },
    io
  )
  const shown = {...outcome, report: applyQuiet(outcome.report, flags.quiet)}
  for (const target of targets) {
    const text = formatA11y(shown, target.format as (typeof a11yFormats)[number], useColor(io, target))
    if (target.file === undefined) io.stdout.write(text)
    else await writeOutput(io, target.file, text)
  }
  for (const note of outcome.notes) io.stderr.write(`caveat a11y: ${note}\n`)
  return exitCodeOf(shown.report, {named: new Set(), quiet: flags.quiet, maxWarnings})
}
