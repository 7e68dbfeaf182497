/**
 * Where in a broken config file the problem is: the line a JSON or JavaScript
 * syntax error points at, else the line of the option the validation names.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** 0-based line of the problem, 0 when it cannot be told. */
export function configErrorLine(configPath: string, message: string): number {
  let text: string
  try {
    text = readFileSync(configPath, 'utf8')
  } catch {
    return 0
  }
  const position = /at position (\d+)/.exec(message)
  if (position) return text.slice(0, Number(position[1])).split('\n').length - 1
  const lineColumn = /\(line (\d+) column \d+\)/.exec(message)
  if (lineColumn) return Number(lineColumn[1]) - 1
  // Only for a file that failed to load (a validation message names the option instead).
  if (/\.(?:c|m)?js$/.test(configPath) && /Cannot load|SyntaxError|Unexpected|no default export/.test(message)) {
    // Syntax errors: node names the line (`file:12`); the config loader's message does not.
    const check = spawnSync(process.execPath, ['--check', configPath], {encoding: 'utf8', timeout: 10_000})
    const at = new RegExp(`${escapeRegExp(configPath)}:(\\d+)`).exec(check.stderr ?? '')
    if (check.status !== 0 && at) return Number(at[1]) - 1
  }
  // Validation: `  - lint.rules.foo: …`, `unknown option "bar"`, `unknown rule "baz"`.
  const names: string[] = []
  for (const match of message.matchAll(/"([^"\n]+)"/g)) names.push(match[1]!)
  for (const match of message.matchAll(/^\s*- ([\w.$-]+):/gm)) {
    const segments = match[1]!.split('.').filter((segment) => !/^\d+$/.test(segment))
    names.push(...segments.reverse())
  }
  const lines = text.split('\n')
  for (const name of names) {
    const pattern = new RegExp(`(^|[\\s{,])["']?${escapeRegExp(name)}["']?\\s*:`)
    const index = lines.findIndex((line) => pattern.test(line) && !/^\s*\/\//.test(line))
    if (index !== -1) return index
  }
  return 0
}
