/**
 * Content-hash cache: one JSON file per analysed file content in `.cache/caveat/`,
 * keyed by the content, the configuration and the tool (version and build).
 * Writes are atomic (temp file + rename); unreadable or corrupt entries are ignored
 * and rewritten.
 */
import {createHash, randomBytes} from 'node:crypto'
import {mkdir, readFile, rename, writeFile, unlink} from 'node:fs/promises'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {globSync} from 'tinyglobby'
import type {Analysis} from './analyse.js'
import type {ResolvedConfig} from '../config/schema.js'
import {version} from '../version.js'

/** Bump when the shape of cached entries changes. */
const format = 1

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof RegExp) return `/${item.source}/${item.flags}`
    if (typeof item === 'function') return `fn:${item.toString()}`
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      return Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    }
    return item
  })
}

/**
 * The built code of caveat and remark-health-claims: in a monorepo their code changes
 * without a version bump, and a rebuilt linter must not serve old results.
 */
function buildFingerprint(): string {
  const hash = createHash('sha256')
  const roots = [path.dirname(path.dirname(fileURLToPath(import.meta.url)))]
  try {
    roots.push(path.dirname(fileURLToPath(import.meta.resolve('remark-health-claims'))))
  } catch {
    // Not built: the analysis records that claims were unavailable.
  }
  for (const root of roots) {
    for (const file of globSync('**/*.js', {cwd: root, absolute: true}).sort()) {
      hash.update(file)
      hash.update(readFileSync(file))
    }
  }
  return hash.digest('hex')
}

export function configKey(config: ResolvedConfig): string {
  // Settings that do not change a file's analysis stay out of the key.
  const {content: _content, ignore: _ignore, cacheDir: _cacheDir, strictDrafts: _strict, staleReviewMonths: _stale, ...lint} = config.lint
  return createHash('sha256')
    .update(stableJson({format, version, build: buildFingerprint(), claims: config.claims, lint}))
    .digest('hex')
}

export class AnalysisCache {
  readonly directory: string
  readonly enabled: boolean
  readonly #configKey: string
  #madeDirectory = false

  constructor(directory: string, configKeyValue: string, enabled: boolean) {
    this.directory = directory
    this.enabled = enabled
    this.#configKey = configKeyValue
  }

  key(content: string): string {
    return createHash('sha256').update(this.#configKey).update('\0').update(content).digest('hex')
  }

  #file(key: string): string {
    return path.join(this.directory, `${key}.json`)
  }

  async get(key: string): Promise<Analysis | undefined> {
    if (!this.enabled) return undefined
    let text: string
    try {
      text = await readFile(this.#file(key), 'utf8')
    } catch {
      return undefined
    }
    try {
      const entry = JSON.parse(text) as {key?: unknown; analysis?: Analysis}
      const analysis = entry.analysis
      if (entry.key !== key || !analysis || !Array.isArray(analysis.messages) || typeof analysis.facts !== 'object' || analysis.facts === null) {
        return undefined
      }
      return analysis
    } catch {
      return undefined
    }
  }

  async set(key: string, analysis: Analysis): Promise<void> {
    await this.setSerialised(key, JSON.stringify(analysis))
  }

  /** Store an analysis already serialised with JSON.stringify (as workers return it). */
  async setSerialised(key: string, analysisJson: string): Promise<void> {
    if (!this.enabled) return
    const file = this.#file(key)
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
    try {
      if (!this.#madeDirectory) {
        await mkdir(this.directory, {recursive: true})
        this.#madeDirectory = true
      }
      await writeFile(temporary, `{"key":${JSON.stringify(key)},"analysis":${analysisJson}}`)
      await rename(temporary, file)
    } catch {
      // A cache that cannot be written only costs time next run.
      await unlink(temporary).catch(() => undefined)
    }
  }
}
