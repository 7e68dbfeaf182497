/** `caveat lint --print-config FILE`: the configuration that applies to FILE, as JSON. */
import path from 'node:path'
import type {CliIo} from '../cli-io.js'
import {loadConfig} from '../config/load.js'
import {resolveFiles, toPosix} from '../lint/files.js'
import {parseRuleFlags} from './lint-command.js'

export async function printConfig(file: string, flags: {config?: string; rule?: string[]; ignorePath?: string}, io: CliIo): Promise<string> {
  const overrides = parseRuleFlags(flags.rule)
  const {config} = await loadConfig(io.cwd, flags.config)
  const target = toPosix(path.relative(io.cwd, path.resolve(io.cwd, file)))
  // Is it excluded when found through a folder or a glob? (Named, it is always linted.)
  const folder = path.dirname(path.resolve(io.cwd, file))
  const found = await resolveFiles([toPosix(path.relative(io.cwd, folder)) || '.'], io.cwd, config.lint.ignore, {root: config.root, ignorePath: flags.ignorePath})
  const printed = {
    file: target,
    configFile: config.path ?? null,
    root: config.root,
    ignoreFile: found.ignoreFile ?? null,
    ignored: /\.(md|markdown)$/i.test(target) ? !found.files.includes(target) : null,
    claims: config.claims,
    lint: {...config.lint, rules: {...config.lint.rules, ...overrides}},
    html: config.html,
    a11y: config.a11y,
    report: config.report
  }
  return JSON.stringify(printed, (_key, value: unknown) => (value instanceof RegExp ? String(value) : value), 2) + '\n'
}
