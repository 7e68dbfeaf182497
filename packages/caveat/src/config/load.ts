/**
 * The one config loader of every `caveat` command and of the programmatic API: searches up from
 * the working directory (lilconfig) for `caveat.config.{mjs,js,cjs,json}` or a `caveat` key in
 * package.json, validates every section (src/config/schema.ts), and names the file, the key and
 * what to do when something is wrong.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import leven from 'leven'
import {lilconfig, type Loader} from 'lilconfig'
import type {z} from 'zod'
import {UsageError} from '../cli-io.js'
import {configSchema, type ResolvedConfig, type RuleSeverity} from './schema.js'
import {canonicalRuleId, knownRuleIds} from '../rules/index.js'

export const configNames = ['caveat.config.mjs', 'caveat.config.js', 'caveat.config.cjs', 'caveat.config.json']

export interface LoadedConfig {
  config: ResolvedConfig
  /** Problems that do not stop the run but make it exit 2 (e.g. unknown rule ids). */
  problems: string[]
}

const importModule: Loader = async (file) => {
  let module: {default?: unknown}
  try {
    module = (await import(pathToFileURL(file).href)) as {default?: unknown}
  } catch (error) {
    throw new UsageError(`Cannot load ${file}: ${(error as Error).message}. Fix the file (it must export the config as default).`)
  }
  if (module.default === undefined) {
    throw new UsageError(`${file}: no default export. Write \`export default {claims: {…}, lint: {…}}\`.`)
  }
  return module.default
}

const parseJson: Loader = (file, content) => {
  try {
    return JSON.parse(content) as unknown
  } catch (error) {
    throw new UsageError(`${file}: invalid JSON: ${(error as Error).message}. Fix the file.`)
  }
}

const searcher = () =>
  lilconfig('caveat', {
    searchPlaces: [...configNames, 'package.json'],
    loaders: {'.mjs': importModule, '.js': importModule, '.cjs': importModule, '.json': parseJson},
    stopDir: path.parse(process.cwd()).root,
    cache: false
  })

// Finding is not loading: a config with an error is still found (and reported when loaded), and
// an editor asking which file applies does not import it.
const found: Loader = () => true
const foundJson: Loader = (file, content) => {
  if (path.basename(file) !== 'package.json') return true
  try {
    return JSON.parse(content) as unknown
  } catch {
    return null
  }
}

/** The config file that applies in `cwd`: the nearest one in it or a folder above it (not loaded). */
export async function findConfig(cwd: string): Promise<string | undefined> {
  const locator = lilconfig('caveat', {
    searchPlaces: [...configNames, 'package.json'],
    loaders: {'.mjs': found, '.js': found, '.cjs': found, '.json': foundJson},
    stopDir: path.parse(process.cwd()).root,
    cache: false
  })
  return (await locator.search(cwd))?.filepath
}

/** The folder a project without a config is rooted at: the nearest with a package.json or .git. */
function projectRoot(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) || existsSync(path.join(dir, '.git'))) return dir
    if (path.dirname(dir) === dir) return path.resolve(cwd)
  }
}

/** The closest known word to `word`, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: {word: string; score: number} | undefined
  for (const candidate of candidates) {
    const score = leven(word, candidate)
    if (!best || score < best.score) best = {word: candidate, score}
  }
  return best && best.score <= Math.max(2, Math.floor(word.length / 3)) ? best.word : undefined
}

export function suggestRule(id: string): string | undefined {
  const bare = new Map(knownRuleIds().map((known) => [known.replace(/^remark-lint:/, ''), known]))
  const hit = closest(id.replace(/^remark-lint:/, ''), bare.keys())
  return hit === undefined ? undefined : bare.get(hit)
}

/** The keys an object schema accepts at `keyPath` (through defaults, optionals, records and arrays). */
function keysAt(schema: z.ZodType, keyPath: PropertyKey[]): string[] {
  let current: unknown = schema
  const unwrap = () => {
    for (;;) {
      const def = (current as {def?: {type?: string; innerType?: unknown}}).def
      if (def && (def.type === 'default' || def.type === 'optional' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) current = def.innerType
      else return
    }
  }
  for (const key of keyPath) {
    unwrap()
    const def = (current as {def?: {type?: string; shape?: Record<string, unknown>; valueType?: unknown; element?: unknown}}).def
    if (def?.type === 'object' && def.shape) current = def.shape[String(key)]
    else if (def?.type === 'record') current = def.valueType
    else if (def?.type === 'array') current = def.element
    else return []
  }
  unwrap()
  const def = (current as {def?: {type?: string; shape?: Record<string, unknown>}} | undefined)?.def
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : []
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join('.')
  if (issue.code === 'unrecognized_keys') {
    const known = keysAt(configSchema, issue.path)
    return issue.keys
      .map((key) => {
        const name = where ? `${where}.${key}` : key
        const suggestion = closest(key, known)
        const what = suggestion ? `did you mean "${suggestion}"? Rename it` : `remove it${known.length ? ` (known: ${known.join(', ')})` : ''}`
        return `${name}: unknown option — ${what}.`
      })
      .join('\n  - ')
  }
  return `${where || '(top level)'}: ${issue.message}. Fix the value.`
}

/** Validate a config object (already loaded). `file` names it in messages; `root` is the project root. */
export function resolveConfig(raw: unknown, file: string | undefined, root: string = file ? path.dirname(file) : process.cwd()): LoadedConfig {
  const label = file ?? 'configuration'
  const parsed = configSchema.safeParse(raw ?? {})
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${formatIssue(issue)}`)
    throw new UsageError(`Invalid ${label}:\n${lines.join('\n')}\nSee “Configuration” in the caveat readme.`)
  }
  const problems: string[] = []
  const known = new Set(knownRuleIds())
  const rules: Record<string, RuleSeverity> = {}
  for (const [id, level] of Object.entries(parsed.data.lint.rules)) {
    const canonical = canonicalRuleId(id)
    if (!known.has(canonical)) {
      problems.push(unknownRule(id, `${label}: lint.rules`))
      continue
    }
    rules[canonical] = level
  }
  for (const id of Object.keys(parsed.data.claims?.rules ?? {})) {
    if (!known.has(id)) problems.push(unknownRule(id, `${label}: claims.rules`))
  }
  const data = parsed.data
  return {
    config: {
      path: file,
      root,
      claims: (data.claims ?? {}) as ResolvedConfig['claims'],
      lint: {...data.lint, rules},
      html: data.html,
      a11y: data.a11y,
      report: data.report,
      raw: (raw ?? {}) as Record<string, unknown>
    },
    problems
  }
}

export function unknownRule(id: string, where: string): string {
  const suggestion = suggestRule(id)
  return `${where}: unknown rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}. Fix or remove it; \`caveat lint --list-rules\` lists every rule.`
}

/**
 * Load the config that applies in `cwd` (searching up; its folder is the project root), or the
 * file `explicit` names (relative to `cwd`; the project root is then found from `cwd`). Without
 * any, the defaults, rooted at the nearest folder with a package.json (or .git), else `cwd`.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  const search = searcher()
  let found: {filepath: string; config: unknown} | null
  try {
    if (explicit) {
      const file = path.resolve(cwd, explicit)
      if (!existsSync(file)) throw new UsageError(`Config file not found: ${explicit}. Check the --config path.`)
      found = await search.load(file)
    } else {
      found = await search.search(cwd)
    }
  } catch (error) {
    if (error instanceof UsageError) throw error
    const where = explicit ? path.resolve(cwd, explicit) : 'the config file'
    throw new UsageError(`Cannot load ${where}: ${(error as Error).message}. Fix the file (it must export the config as default).`)
  }
  if (!found) return resolveConfig({}, undefined, projectRoot(cwd))
  // Found by the search, its folder is the project root. Named with --config, the project is
  // where the command runs (as with ESLint's -c): a shared config file does not move the caches.
  return resolveConfig(found.config, found.filepath, explicit ? projectRoot(cwd) : path.dirname(found.filepath))
}
