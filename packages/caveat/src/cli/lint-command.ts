/** `caveat lint [paths or globs…]`, and the lint run `caveat report` reuses. */
import os from 'node:os'
import path from 'node:path'
import {Command, Option} from 'commander'
import {UsageError, type CliIo} from '../cli-io.js'
import {loadConfig, unknownRule} from '../config/load.js'
import {severitySchema, type ResolvedConfig, type RuleSeverity} from '../config/schema.js'
import {resolveFiles, toPosix} from '../lint/files.js'
import {parseShard} from '../lint/shard.js'
import {runLint} from '../lint/run.js'
import {canonicalRuleId, knownRuleIds} from '../rules/index.js'
import {formats} from '../reporters/index.js'
import type {Report} from '../report-types.js'
import type {CommandContext} from './context.js'
import {argsAfter, options, parseCount} from './options.js'
import {emit, parseOutputs} from './outputs.js'
import {applyQuiet, draftLines, exitCodeOf, forReading, type DraftsMode} from './present.js'
import {printConfig} from './print-config.js'
import {readStdin} from './stdin.js'

export interface LintFlags {
  config?: string
  cache: boolean
  concurrency?: string
  shard?: string
  maxWarnings?: string
  strictDrafts?: boolean
  debug?: boolean
  progress?: boolean
  quiet?: boolean
  rule?: string[]
  stdin?: boolean
  stdinFilename?: string
  ignorePath?: string
  drafts?: DraftsMode
  printConfig?: string
  listRules?: boolean
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

export function lintCommand(context: CommandContext): Command {
  return new Command('lint')
    .description('lint markdown articles: hygiene, accessibility, front matter, JAMA benchmarks, readability, health claims')
    .argument('[paths...]', 'files, folders or globs (default: lint.content from the config, else content/**/*.md)')
    .addOption(options.config())
    .addOption(options.format(formats))
    .addOption(options.output())
    .addOption(options.quiet())
    .addOption(options.maxWarnings())
    .addOption(new Option('--rule <id:severity>', 'set a rule\'s severity for this run (off, info, warn, error); repeatable').argParser(collect))
    .addOption(new Option('--stdin', 'lint markdown read from stdin'))
    .addOption(new Option('--stdin-filename <file>', 'the path the stdin text is linted as (drafts, ignore file, report paths)'))
    .addOption(new Option('--ignore-path <file>', 'ignore file in gitignore syntax (default: .caveatignore at the project root)'))
    .addOption(new Option('--drafts <mode>', 'drafts found through a folder or glob: "summary" (one line each) or "full"').choices(['summary', 'full']).default('summary'))
    .addOption(new Option('--strict-drafts', 'problems in every draft fail the run too'))
    .addOption(options.concurrency('worker threads (default: number of cores)'))
    .addOption(options.noCache())
    .addOption(options.shard())
    .addOption(options.noProgress())
    .addOption(new Option('--print-config <file>', 'print the configuration that applies to FILE, as JSON, and exit'))
    .addOption(new Option('--list-rules', 'list every rule with its default severity and exit'))
    .addOption(options.debug())
    .action(async (paths: string[], flags: LintFlags) => {
      context.exit(await runLintCommand(paths, flags, argsAfter(context.argv, 'lint'), context.io))
    })
}

/** `--rule id:severity` → lint.rules entries; an unknown id or severity is a usage error with a suggestion. */
export function parseRuleFlags(values: string[] | undefined): Record<string, RuleSeverity> {
  const rules: Record<string, RuleSeverity> = {}
  const known = new Set(knownRuleIds())
  for (const value of values ?? []) {
    const at = value.lastIndexOf(':')
    const id = at === -1 ? value : value.slice(0, at)
    const level = severitySchema.safeParse(at === -1 ? undefined : value.slice(at + 1))
    if (!level.success) throw new UsageError(`--rule ${value}: expected id:severity with severity off, info, warn or error (e.g. --rule unsourced-claim:warn).`)
    const canonical = canonicalRuleId(id)
    if (!known.has(canonical)) throw new UsageError(unknownRule(id, '--rule'))
    rules[canonical] = level.data
  }
  return rules
}

export interface LintOutcome {
  report: Report
  config: ResolvedConfig
  /** Files named on the command line (drafts among them count). */
  named: Set<string>
  /** Usage problems that did not stop the run (exit 2). */
  problems: string[]
}

/** Load the config, resolve the files (or stdin) and lint them: what `caveat lint` and `caveat report` share. */
export async function lintFromCommandLine(patterns: string[], flags: LintFlags, io: CliIo): Promise<LintOutcome> {
  const concurrency = parseCount(flags.concurrency, '--concurrency', 1) ?? os.availableParallelism()
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard)
  const overrides = parseRuleFlags(flags.rule)
  const loaded = await loadConfig(io.cwd, flags.config)
  const config: ResolvedConfig = {...loaded.config, lint: {...loaded.config.lint, rules: {...loaded.config.lint.rules, ...overrides}}}
  const problems = [...loaded.problems]

  let files: string[]
  let named: Set<string>
  let stdin: {path: string; content: Buffer} | undefined
  if (flags.stdinFilename !== undefined && !flags.stdin) throw new UsageError('--stdin-filename names the text given with --stdin: add --stdin.')
  if (flags.stdin) {
    if (patterns.length > 0) throw new UsageError('Give either paths or --stdin, not both.')
    const name = toPosix(path.relative(io.cwd, path.resolve(io.cwd, flags.stdinFilename ?? 'stdin.md')))
    stdin = {path: name, content: await readStdin(io)}
    files = [name]
    named = new Set(files)
  } else {
    const ignoreOptions = {root: config.root, ignorePath: flags.ignorePath}
    if (patterns.length > 0) {
      const resolved = await resolveFiles(patterns, io.cwd, config.lint.ignore, ignoreOptions)
      files = resolved.files
      named = resolved.named
      for (const pattern of resolved.unmatched) problems.push(noMatch(pattern, resolved.ignoreFile))
    } else {
      // The config's globs are relative to the project root, wherever the command runs.
      const content = typeof config.lint.content === 'string' ? [config.lint.content] : config.lint.content
      const resolved = await resolveFiles(content, config.root, config.lint.ignore, ignoreOptions)
      files = resolved.files.map((file) => toPosix(path.relative(io.cwd, path.join(config.root, file))))
      named = new Set()
      for (const pattern of resolved.unmatched) problems.push(noMatch(pattern, resolved.ignoreFile, config))
    }
  }

  let bar: import('cli-progress').SingleBar | undefined
  const showProgress = flags.progress !== false && !flags.quiet && Boolean(io.stderr.isTTY) && !io.env['CI'] && files.length > 50
  if (showProgress) {
    const {SingleBar, Presets} = await import('cli-progress')
    bar = new SingleBar({stream: io.stderr as NodeJS.WriteStream, format: 'caveat lint [{bar}] {value}/{total} files', clearOnComplete: true, hideCursor: true}, Presets.shades_classic)
    bar.start(shard ? Math.ceil(files.length / shard.total) : files.length, 0)
  }
  let result
  try {
    result = await runLint({
      files,
      cwd: io.cwd,
      config,
      cache: flags.cache,
      concurrency,
      shard,
      debug: flags.debug,
      stdin,
      onProgress: bar ? (done, total) => (bar!.setTotal(total), bar!.update(done)) : undefined
    })
  } finally {
    bar?.stop()
  }
  if (config.lint.renderCache !== false && !flags.quiet) {
    const {loadRenderCacheWriter} = await import('../lint/render-cache.js')
    const {problem} = await loadRenderCacheWriter(config, io.cwd)
    if (problem) io.stderr.write(`caveat: warning: ${problem}\n`)
  }
  if (result.claimsUnavailable) {
    io.stderr.write('caveat: warning: remark-health-claims could not be loaded, so its claim rules did not run. Build it with `npx tsc -b`.\n')
  }
  return {report: result.report, config, named, problems}
}

function noMatch(pattern: string, ignoreFile: string | undefined, config?: ResolvedConfig): string {
  const where = config ? ` (lint.content in ${config.path ?? 'the defaults'}, relative to ${config.root})` : ''
  const ignored = ignoreFile ? `, or check ${ignoreFile}` : ''
  return `no files match "${pattern}"${where}. Check the path${ignored}, or quote the glob so your shell does not expand it.`
}

export async function runLintCommand(patterns: string[], flags: LintFlags, rawArgs: string[], io: CliIo): Promise<number> {
  if (flags.listRules) {
    const {listRules} = await import('./list-rules.js')
    io.stdout.write(listRules())
    return 0
  }
  if (flags.printConfig !== undefined) {
    io.stdout.write(await printConfig(flags.printConfig, flags, io))
    return 0
  }
  const targets = parseOutputs(rawArgs)
  const maxWarnings = parseCount(flags.maxWarnings, '--max-warnings', 0)
  const {report: full, config, named, problems} = await lintFromCommandLine(patterns, flags, io)
  for (const problem of problems) io.stderr.write(`caveat: ${problem}\n`)
  const present = {named, quiet: flags.quiet, drafts: flags.drafts, strictDrafts: flags.strictDrafts || config.lint.strictDrafts}
  const report = applyQuiet(full, flags.quiet)
  const reading = targets.some((target) => target.format === 'stylish') ? forReading(report, present) : undefined
  const failed = problems.length > 0
  await emit(report, targets, io, {stylish: reading && {report: reading.report, beforeSummary: draftLines(reading.drafts)}, failed})
  if (failed) return 2
  return exitCodeOf(report, {...present, maxWarnings})
}
