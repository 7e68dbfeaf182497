/**
 * The `caveat` command line: one shell for every command. `bin/caveat.js` calls `main(argv)` and
 * exits with its result — the same codes everywhere: 0 ok; 1 findings at error level (or more
 * warnings than --max-warnings); 2 bad usage, bad configuration or a crash.
 *
 * Each command is defined in src/cli/ with the shared options of src/cli/options.ts; its work is
 * done by its stage (src/lint, src/a11y, src/report-html), which never imports another stage.
 */
import {Command, CommanderError} from 'commander'
import {exitCodes, processIo, UsageError, type CliIo} from './cli-io.js'
import {version} from './version.js'
import type {CommandContext} from './cli/context.js'
import {lintCommand} from './cli/lint-command.js'
import {a11yCommand} from './cli/a11y-command.js'
import {reportCommand} from './cli/report-command.js'
import {mergeCommand} from './cli/merge-command.js'

/** The commands: name → definition (nested: `report merge`). */
const registry: Array<{define: (context: CommandContext) => Command; under?: string}> = [
  {define: lintCommand},
  {define: a11yCommand},
  {define: reportCommand},
  {define: mergeCommand, under: 'report'}
]

function buildProgram(context: CommandContext): Command {
  const program = new Command('caveat')
    .description('Lint, report on and accessibility-check a health publication')
    .version(version, '-v, --version')
    .addHelpText('after', '\nExit codes: 0 ok; 1 findings at error level or too many warnings; 2 bad usage, configuration or crash.\n')
  const byName = new Map<string, Command>()
  for (const entry of registry) {
    const command = entry.define(context)
    ;(entry.under ? byName.get(entry.under)! : program).addCommand(command)
    byName.set(command.name(), command)
  }
  // Every command reports errors the same way: printed by commander, thrown to main as exit 2.
  const configure = (command: Command) => {
    command
      .exitOverride()
      .configureOutput({writeOut: (text) => context.io.stdout.write(text), writeErr: (text) => context.io.stderr.write(text)})
      .showHelpAfterError(`(run \`caveat ${command === program ? '' : `${commandPath(command)} `}--help\` for usage)`)
    for (const sub of command.commands) configure(sub)
  }
  configure(program)
  return program
}

function commandPath(command: Command): string {
  const names: string[] = []
  for (let current: Command | null = command; current?.parent; current = current.parent) names.unshift(current.name())
  return names.join(' ')
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const debug = argv.includes('--debug')
  let code: number = exitCodes.ok
  const context: CommandContext = {io, argv, exit: (value) => (code = value)}
  try {
    await buildProgram(context).parseAsync(argv, {from: 'user'})
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "exit" with 0; parse errors were already printed.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
    }
    const prefix = `caveat${argv[0] && !argv[0].startsWith('-') ? ` ${argv[0]}` : ''}`
    if (error instanceof UsageError) {
      io.stderr.write(`${prefix}: ${error.message}\n`)
      return exitCodes.usage
    }
    io.stderr.write(`${prefix}: internal error: ${(error as Error)?.message ?? String(error)}\n`)
    io.stderr.write(debug ? `${(error as Error)?.stack ?? ''}\n` : 'Run again with --debug for the stack trace, and report it.\n')
    return exitCodes.usage
  }
}
