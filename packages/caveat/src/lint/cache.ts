/**
 * Content-hash cache: one file per analysed file content in `.cache/caveat/`,
 * keyed by the content, the configuration and the tool (version and build).
 * Writes are atomic (temp file + rename); unreadable or corrupt entries are ignored
 * and rewritten.
 */
import {createHash, randomBytes} from 'node:crypto'
import {mkdir, rename, writeFile, unlink} from 'node:fs/promises'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {crc32} from 'node:zlib'
import {fileURLToPath} from 'node:url'
import {globSync} from 'tinyglobby'
import type {Analysis} from './analyse.js'
import type {DocumentFacts} from './facts.js'
import type {MessageIndexEntry} from '../report/raw.js'
import type {ResolvedConfig} from '../config/schema.js'
import {claimModelDigest} from 'remark-health-claims/model'
import {version} from '../version.js'

/** Bump when the shape of cached entries changes. */
const format = 3

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
 * The built code of caveat, remark-health-claims, remark-gfm-lazy-autolinks and caveat-html-policy: in a monorepo
 * their code changes without a version bump, and a rebuilt linter must not serve old results.
 */
function buildFingerprint(): string {
  const hash = createHash('sha256')
  const roots = [path.dirname(path.dirname(fileURLToPath(import.meta.url)))]
  for (const name of ['remark-health-claims', 'remark-gfm-lazy-autolinks', 'caveat-html-policy']) {
    try {
      roots.push(path.dirname(fileURLToPath(import.meta.resolve(name))))
    } catch {
      // Not built: the analysis records that claims were unavailable (or fails to load the parser).
    }
  }
  for (const root of roots) {
    for (const file of globSync('**/*.js', {cwd: root, absolute: true}).sort()) {
      hash.update(file)
      hash.update(readFileSync(file))
    }
  }
  // The claim model's weights are data beside the code: a retrained model changes every analysis.
  hash.update(claimModelDigest())
  return hash.digest('hex')
}

export function configKey(config: ResolvedConfig): string {
  // Settings that do not change a file's analysis stay out of the key.
  const {content: _content, ignore: _ignore, cacheDir: _cacheDir, strictDrafts: _strict, staleReviewMonths: _stale, ...lint} = config.lint
  return createHash('sha256')
    .update(stableJson({format, version, build: buildFingerprint(), claims: config.claims, html: config.html, lint}))
    .digest('hex')
}

/**
 * A cached analysis: the small facts parsed, the messages and the ledger kept as the
 * JSON bytes stored (see report/raw.ts), with an index of message severities and places.
 */
export interface CachedAnalysis {
  draft: boolean
  claimsUnavailable?: boolean | undefined
  facts: Omit<DocumentFacts, 'ledger'>
  messages: Buffer
  index: MessageIndexEntry[]
  ledger?: Buffer | undefined
}

/**
 * Entry layout: one line of JSON (the head: key, facts, message index, segment sizes and
 * a CRC-32 of the segments), then the messages as a JSON array, then the ledger as JSON.
 * The segments are never parsed on a warm run that only writes JSON, so the CRC is what
 * keeps a damaged entry out of the report.
 */
interface EntryHead {
  format: typeof format
  key: string
  draft: boolean
  claimsUnavailable?: boolean | undefined
  facts: Omit<DocumentFacts, 'ledger'>
  index: MessageIndexEntry[]
  messagesBytes: number
  ledgerBytes: number
  crc: number
}

const newline = 0x0a

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

  async get(key: string): Promise<CachedAnalysis | undefined> {
    if (!this.enabled) return undefined
    let bytes: Buffer
    try {
      // Synchronous, like the article reads: see read-file.ts.
      bytes = readFileSync(this.#file(key))
    } catch {
      return undefined
    }
    try {
      const end = bytes.indexOf(newline)
      if (end < 0) return undefined
      const head = JSON.parse(bytes.toString('utf8', 0, end)) as Partial<EntryHead>
      const body = bytes.subarray(end + 1)
      if (
        head.format !== format ||
        head.key !== key ||
        typeof head.facts !== 'object' ||
        head.facts === null ||
        !Array.isArray(head.index) ||
        typeof head.messagesBytes !== 'number' ||
        typeof head.ledgerBytes !== 'number' ||
        body.length !== head.messagesBytes + head.ledgerBytes ||
        crc32(body) !== head.crc
      ) {
        return undefined
      }
      return {
        draft: head.draft === true,
        claimsUnavailable: head.claimsUnavailable,
        facts: head.facts,
        index: head.index,
        messages: body.subarray(0, head.messagesBytes),
        ledger: head.ledgerBytes > 0 ? body.subarray(head.messagesBytes) : undefined
      }
    } catch {
      return undefined
    }
  }

  async set(key: string, analysis: Analysis): Promise<void> {
    if (!this.enabled) return
    const {ledger, ...facts} = analysis.facts
    const index: MessageIndexEntry[] = []
    const pieces: string[] = []
    let offset = 1
    for (const message of analysis.messages) {
      const json = JSON.stringify(message)
      if (pieces.length > 0) offset += 1
      const length = Buffer.byteLength(json)
      index.push([message.line ?? 0, message.column ?? 0, message.ruleId, message.severity, offset, offset + length])
      offset += length
      pieces.push(json)
    }
    const messages = Buffer.from(`[${pieces.join(',')}]`)
    const ledgerBytes = ledger === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(ledger))
    const body = Buffer.concat([messages, ledgerBytes])
    const head: EntryHead = {
      format,
      key,
      draft: analysis.draft,
      claimsUnavailable: analysis.claimsUnavailable,
      facts,
      index,
      messagesBytes: messages.length,
      ledgerBytes: ledgerBytes.length,
      crc: crc32(body)
    }
    await this.#write(key, Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), body]))
  }

  async #write(key: string, bytes: Buffer): Promise<void> {
    const file = this.#file(key)
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
    try {
      if (!this.#madeDirectory) {
        await mkdir(this.directory, {recursive: true})
        this.#madeDirectory = true
      }
      await writeFile(temporary, bytes)
      await rename(temporary, file)
    } catch {
      // A cache that cannot be written only costs time next run.
      await unlink(temporary).catch(() => undefined)
    }
  }
}
