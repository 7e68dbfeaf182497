import {randomBytes} from 'node:crypto'
import fs from 'node:fs/promises'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {RenderedArticle} from '../types.js'

/** Bumped when the entry format changes. */
const FORMAT = 2

interface Entry extends RenderedArticle {
  format: number
  key: string
}

/**
 * Rendered articles on disk, one JSON file per content-hash key (`<dir>/<aa>/<key>.json`).
 * Writes are atomic (temporary file, then rename); entries that can't be read or don't
 * match their key are treated as missing, and overwritten by the next render.
 */
export class DiskCache {
  /** Sub-folders known to exist: saves a `mkdir` call per entry. */
  readonly #folders = new Set<string>()

  constructor(readonly dir: string) {}

  file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), key + '.json')
  }

  async get(key: string): Promise<RenderedArticle | undefined> {
    let text: string
    try {
      // Synchronous for the reason given in `readSourceFile`: a cold build's renders must not
      // wait for a thread-pool queue just to learn that an entry is missing.
      text = readFileSync(this.file(key), 'utf8')
    } catch {
      return undefined
    }
    try {
      const entry = JSON.parse(text) as Partial<Entry>
      if (
        entry.format !== FORMAT ||
        entry.key !== key ||
        typeof entry.html !== 'string' ||
        !entry.ledger ||
        !Array.isArray(entry.ledger.claims) ||
        !Array.isArray(entry.messages) ||
        !Array.isArray(entry.citations)
      ) {
        return undefined
      }
      return {html: entry.html, ledger: entry.ledger, messages: entry.messages, citations: entry.citations}
    } catch {
      return undefined
    }
  }

  async set(key: string, article: RenderedArticle): Promise<void> {
    const file = this.file(key)
    const entry: Entry = {format: FORMAT, key, ...article}
    const folder = path.dirname(file)
    if (!this.#folders.has(folder)) {
      await fs.mkdir(folder, {recursive: true})
      this.#folders.add(folder)
    }
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
    try {
      await fs.writeFile(temporary, JSON.stringify(entry))
      await fs.rename(temporary, file)
    } catch (error) {
      // The folder may have been removed since (someone cleared the cache): recreate it next time.
      this.#folders.delete(folder)
      await fs.rm(temporary, {force: true})
      throw error
    }
  }
}
