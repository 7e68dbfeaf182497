/** Find, load and validate `caveat.config.{js,mjs,json}`. */
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {z} from 'zod'
import {UsageError} from '../cli-io.js'
import {configSchema, type ResolvedConfig, type RuleSeverity} from './schema.js'
import {canonicalRuleId, knownRuleIds} from '../rules/index.js'

export const configNames = ['caveat.config.js', 'caveat.config.mjs', 'caveat.config.json']

export interface LoadedConfig {
  config: ResolvedConfig
  /** Problems that do not stop the run but make it exit 2 (e.g. unknown rule ids). */
  problems: string[]
}

export function findConfig(cwd: string): string | undefined {
  for (const name of configNames) {
    const candidate = path.join(cwd, name)
    if (existsSync(candidate)) return candidate
  }
  return undefined
}

async function importConfig(file: string): Promise<unknown> {
  if (file.endsWith('.json')) {
    const text = await readFile(file, 'utf8')
    try {
      return JSON.parse(text) as unknown
    } catch (error) {
      throw new UsageError(`${file}: invalid JSON: ${(error as Error).message}`)
    }
  }
  const module = (await import(pathToFileURL(file).href)) as {default?: unknown}
  if (module.default === undefined) {
    throw new UsageError(`${file}: no default export. Write \`export default {claims: {…}, lint: {…}}\``)
  }
  return module.default
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)'
  if (issue.code === 'unrecognized_keys') {
    return `${where}: unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
  }
  return `${where}: ${issue.message}`
}

function distance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]!
}

export function suggestRule(id: string): string | undefined {
  let best: {id: string; score: number} | undefined
  for (const known of knownRuleIds()) {
    const score = Math.min(distance(id, known), distance(id, known.replace(/^remark-lint:/, '')))
    if (!best || score < best.score) best = {id: known, score}
  }
  return best && best.score <= Math.max(2, Math.floor(id.length / 3)) ? best.id : undefined
}

/** Validate a config object (already loaded). `file` names it in messages. */
export function resolveConfig(raw: unknown, file: string | undefined): LoadedConfig {
  const label = file ? path.basename(file) : 'configuration'
  const parsed = configSchema.safeParse(raw ?? {})
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${formatIssue(issue)}`)
    throw new UsageError(`Invalid ${label}${file ? ` (${file})` : ''}:\n${lines.join('\n')}\nSee “Configuration” in the caveat readme.`)
  }
  const problems: string[] = []
  const known = new Set(knownRuleIds())
  const rules: Record<string, RuleSeverity> = {}
  for (const [id, level] of Object.entries(parsed.data.lint.rules)) {
    const canonical = canonicalRuleId(id)
    if (!known.has(canonical)) {
      const suggestion = suggestRule(id)
      problems.push(
        `${label}: unknown rule "${id}" in lint.rules${suggestion ? ` (did you mean "${suggestion}"?)` : ''}. Fix or remove it; \`caveat lint --list-rules\` lists every rule.`
      )
      continue
    }
    rules[canonical] = level
  }
  for (const id of Object.keys(parsed.data.claims?.rules ?? {})) {
    if (!known.has(id)) problems.push(`${label}: unknown rule "${id}" in claims.rules. Fix or remove it; \`caveat lint --list-rules\` lists every rule.`)
  }
  const data = parsed.data
  return {
    config: {
      path: file,
      claims: (data.claims ?? {}) as ResolvedConfig['claims'],
      lint: {...data.lint, rules},
      html: data.html,
      a11y: data.a11y ?? {},
      raw: raw as Record<string, unknown>
    },
    problems
  }
}

export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  let file: string | undefined
  if (explicit) {
    file = path.resolve(cwd, explicit)
    if (!existsSync(file)) throw new UsageError(`Config file not found: ${explicit}. Check the --config path.`)
  } else {
    file = findConfig(cwd)
  }
  if (!file) return resolveConfig({}, undefined)
  let raw: unknown
  try {
    raw = await importConfig(file)
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`Cannot load ${file}: ${(error as Error).message}. Fix the file (it must be valid JavaScript exporting the config as default).`)
  }
  return resolveConfig(raw, file)
}
