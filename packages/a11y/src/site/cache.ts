/**
 * The incremental cache: a page is re-checked only when its HTML, the local CSS
 * and scripts it links, the a11y options or the tool versions change. Entries are
 * keyed by content (two identical pages share one), written atomically
 * (temp file + rename) so a killed run never leaves a torn entry.
 */
import {createHash, randomBytes} from 'node:crypto'
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {ReportMessage} from '../report.js'

const cacheFormat = 1

/** Local stylesheets and scripts a page links, as paths inside the site (`css/site.css`). */
export function linkedAssets(html: string, pagePath: string): string[] {
  const assets = new Set<string>()
  const base = new URL(pagePath, 'http://site.invalid/')
  const add = (href: string | undefined) => {
    if (!href) return
    try {
      const url = new URL(href.replace(/&amp;/g, '&'), base)
      if (url.origin === base.origin) assets.add(decodeURIComponent(url.pathname).replace(/^\/+/, ''))
    } catch {
      // unparseable href: nothing to hash
    }
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel\s*=\s*["']?[^"'>]*stylesheet/i.test(tag)) add(/\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1])
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi)) {
    add(/\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1])
  }
  return [...assets].sort()
}

export async function pageKey(siteRoot: string, pagePath: string, html: string, settings: string): Promise<string> {
  const hash = createHash('sha256')
  hash.update(`caveat-a11y-cache:${cacheFormat}\0${settings}\0`)
  hash.update(html)
  for (const asset of linkedAssets(html, pagePath)) {
    hash.update(`\0${asset}\0`)
    try {
      hash.update(await readFile(path.join(siteRoot, asset)))
    } catch {
      hash.update('(missing)')
    }
  }
  return hash.digest('hex')
}

interface CacheEntry {
  format: number
  messages: ReportMessage[]
}

export class PageCache {
  constructor(readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`)
  }

  async get(key: string): Promise<ReportMessage[] | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.file(key), 'utf8')) as CacheEntry
      return entry.format === cacheFormat && Array.isArray(entry.messages) ? entry.messages : undefined
    } catch {
      return undefined
    }
  }

  async set(key: string, messages: ReportMessage[]): Promise<void> {
    const file = this.file(key)
    await mkdir(path.dirname(file), {recursive: true})
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
    await writeFile(temporary, JSON.stringify({format: cacheFormat, messages} satisfies CacheEntry))
    await rename(temporary, file)
  }
}
