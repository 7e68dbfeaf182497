/**
 * `caveat a11y [dir]`: the command-line face of runA11yCheck.
 * Exit codes: 0 no accessibility errors; 1 errors, or a page failed to run;
 * 2 could not run at all (no browser, bad flag, bad config, no site).
 */
import {randomBytes} from 'node:crypto'
import {mkdir, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import cliProgress from 'cli-progress'
import {BrowserNotFoundError} from './browser.js'
import {A11yConfigError, loadA11yConfig} from './config.js'
import {formatReport, formats, type Format} from './reporters/index.js'
import {A11yUsageError, parseShard, runA11yCheck} from './run.js'
import {a11yDocsUrl} from '../docs.js'

export interface CommandIo {
  stdout: {write(chunk: string): unknown; isTTY?: boolean | undefined}
  stderr: {write(chunk: string): unknown; isTTY?: boolean | undefined}
  cwd: string
  env?: NodeJS.ProcessEnv | undefined
}

export const a11yHelp = `Usage: caveat a11y [options] [dir]

Check every page of a built site (default: _site/) with pa11y (axe + HTML_CodeSniffer)
in one shared headless Chromium. Pages come from dir/sitemap.xml, else every .html file.

Options:
  -c, --concurrency <n>     tabs checked at once (default: a11y.concurrency, else CPU cores)
      --no-cache            re-check every page (the cache is still refreshed)
      --changed-since <ref> only pages built from content/ files changed since git <ref>
      --shard <i/n>         check the i-th of n slices of the pages (1-based); merge with \`caveat report merge\`
  -f, --format <name>       ${formats.join(', ')} (default: stylish); repeatable
  -o, --output <file>       write the preceding --format to a file (format implied by .json/.sarif/.xml/.html
                            when alone), e.g. --format github --format json --output a11y.json
      --report <fmt=file>   also write another report, e.g. --report junit=a11y.xml (repeatable)
      --runner <name>       axe or htmlcs (repeatable; default: a11y.runners, else both)
      --standard <name>     WCAG2A, WCAG2AA or WCAG2AAA (default: a11y.standard, else WCAG2AA)
      --timeout <ms>        per-page timeout (default: a11y.timeout, else 30000)
      --config <file>       config file (default: caveat.config.{mjs,js,cjs} in the working directory)
  -q, --quiet               no progress or summary on stderr
  -h, --help                show this help

Browser: CHROME_PATH, else a11y.executablePath, else puppeteer's own Chrome, else chromium,
chromium-browser, google-chrome on PATH. Exit codes: 0 no errors; 1 accessibility errors or a
page that failed to run; 2 the check could not run (no browser, bad options, no site).
Docs: ${a11yDocsUrl} (also docs/a11y.md in the package)
`

async function writeAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  await writeFile(temporary, text)
  await rename(temporary, file)
}

function isFormat(value: string): value is Format {
  return (formats as readonly string[]).includes(value)
}

function formatForFile(file: string): Format | undefined {
  if (/\.sarif(\.json)?$/i.test(file)) return 'sarif'
  if (/\.json$/i.test(file)) return 'json'
  if (/\.xml$/i.test(file)) return 'junit'
  if (/\.html?$/i.test(file)) return 'html'
  return undefined
}

interface OutputTarget {
  format: Format
  file?: string | undefined
}

/**
 * `--format`/`--output` pairs in order, as `caveat lint` takes them: each `--output`
 * belongs to the `--format` before it (`--format github --format json --output a.json`:
 * GitHub annotations on stdout, JSON to a.json). A lone `--output x.json` implies the format.
 */
function takeOutputs(args: string[]): {rest: string[]; targets: OutputTarget[]} {
  const rest: string[] = []
  const targets: Array<{format?: string; file?: string}> = []
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    let format: string | undefined
    let file: string | undefined
    const next = () => {
      const value = args[++index]
      if (value === undefined || value.startsWith('-')) throw new A11yUsageError(`${arg} needs a value.`)
      return value
    }
    if (arg === '--') {
      rest.push(...args.slice(index))
      break
    }
    if (arg === '-f' || arg === '--format') format = next()
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length)
    else if (arg === '-o' || arg === '--output') file = next()
    else if (arg.startsWith('--output=')) file = arg.slice('--output='.length)
    else {
      rest.push(arg)
      continue
    }
    if (format !== undefined) {
      if (!isFormat(format)) throw new A11yUsageError(`--format must be one of ${formats.join(', ')}; got "${format}".`)
      targets.push({format})
    }
    if (file !== undefined) {
      const last = targets.at(-1)
      if (last && last.file === undefined) last.file = file
      else targets.push({file})
    }
  }
  const resolved = targets.map((target) => ({format: (target.format ?? (target.file ? formatForFile(target.file) : undefined) ?? 'stylish') as Format, file: target.file}))
  return {rest, targets: resolved.length ? resolved : [{format: 'stylish'}]}
}

function positiveInt(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new A11yUsageError(`${flag} needs a positive whole number, got "${value}".`)
  return number
}

export async function runA11y(args: string[], io: CommandIo = {stdout: process.stdout, stderr: process.stderr, cwd: process.cwd()}): Promise<number> {
  const env = io.env ?? process.env
  try {
    const {rest, targets} = takeOutputs(args)
    const {values, positionals} = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        concurrency: {type: 'string', short: 'c'},
        'no-cache': {type: 'boolean'},
        'changed-since': {type: 'string'},
        shard: {type: 'string'},
        report: {type: 'string', multiple: true},
        runner: {type: 'string', multiple: true},
        standard: {type: 'string'},
        timeout: {type: 'string'},
        config: {type: 'string'},
        quiet: {type: 'boolean', short: 'q'},
        help: {type: 'boolean', short: 'h'}
      }
    })
    if (values.help) {
      io.stdout.write(a11yHelp)
      return 0
    }
    if (positionals.length > 1) throw new A11yUsageError(`caveat a11y takes one folder, got ${positionals.length}: ${positionals.join(' ')}`)
    const dir = positionals[0] ?? '_site'
    for (const spec of values.report ?? []) {
      const [name, file] = spec.split(/=(.*)/s)
      if (!name || !file || !isFormat(name)) throw new A11yUsageError(`--report needs format=file with a format among ${formats.join(', ')}; got "${spec}".`)
      targets.push({format: name, file})
    }

    const {config: loaded} = await loadA11yConfig(io.cwd, values.config)
    const config = {...loaded}
    if (values.runner) {
      const bad = values.runner.filter((runner) => runner !== 'axe' && runner !== 'htmlcs')
      if (bad.length) throw new A11yUsageError(`--runner must be axe or htmlcs; got ${bad.join(', ')}.`)
      config.runners = [...new Set(values.runner)] as Array<'axe' | 'htmlcs'>
    }
    if (values.standard) {
      if (!['WCAG2A', 'WCAG2AA', 'WCAG2AAA'].includes(values.standard)) throw new A11yUsageError(`--standard must be WCAG2A, WCAG2AA or WCAG2AAA; got "${values.standard}".`)
      config.standard = values.standard as typeof config.standard
    }
    config.timeout = positiveInt('--timeout', values.timeout) ?? config.timeout
    const concurrency = positiveInt('--concurrency', values.concurrency)
    const shard = values.shard ? parseShard(values.shard) : undefined

    const progress = !values.quiet
    // A progress bar only on an interactive terminal; CI logs get the summary line alone.
    const bar = progress && io.stderr.isTTY ? new cliProgress.SingleBar({stream: io.stderr as NodeJS.WritableStream, format: 'caveat a11y {bar} {value}/{total} pages | {state} {page}', hideCursor: true, clearOnComplete: true}, cliProgress.Presets.shades_classic) : undefined
    const result = await runA11yCheck({
      dir,
      cwd: io.cwd,
      config,
      concurrency,
      cache: !values['no-cache'],
      changedSince: values['changed-since'],
      shard,
      env,
      onPage: bar
        ? (page, state, done, total) => {
            if (done === 1) bar.start(total, 0, {state, page: page.path})
            bar.update(done, {state, page: page.path})
          }
        : undefined
    })
    bar?.stop()

    const siteDir = path.relative(io.cwd, path.resolve(io.cwd, dir)) || '.'
    for (const target of targets) {
      const text = formatReport(result.report, target.format, {siteDir, color: !target.file && Boolean(io.stdout.isTTY) && !env['NO_COLOR']})
      if (target.file) await writeAtomic(path.resolve(io.cwd, target.file), text)
      else io.stdout.write(text)
    }

    if (progress) {
      const {stats} = result
      for (const note of result.notes) io.stderr.write(`caveat a11y: ${note}\n`)
      io.stderr.write(
        `caveat a11y: ${stats.pages} page(s): ${stats.checked} checked, ${stats.cached} from cache, ${stats.failed} failed to run` +
          `${shard ? ` (shard ${shard.index}/${shard.total})` : ''} in ${stats.seconds.toFixed(1)} s\n`
      )
    }
    const {errors, failed} = result.report.summary
    return errors > 0 || failed > 0 ? 1 : 0
  } catch (error) {
    if (error instanceof BrowserNotFoundError || error instanceof A11yConfigError || error instanceof A11yUsageError) {
      io.stderr.write(`caveat a11y: ${error.message}\n`)
      return 2
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`caveat a11y: ${error.message}\nRun \`caveat a11y --help\` for the options.\n`)
      return 2
    }
    io.stderr.write(`caveat a11y: could not run: ${(error as Error)?.stack ?? String(error)}\n`)
    return 2
  }
}
