import fs from 'node:fs'
import matter from '@11ty/gray-matter'

/** A markdown file split as Eleventy splits it. */
export interface SourceFile {
  /** The page's own front matter (not the data cascade). */
  frontmatter: Record<string, unknown>
  /** Markdown after the front matter. */
  body: string
  /** The whole file. */
  raw: string
  /** Lines and characters before `body` in the file. */
  lineOffset: number
  charOffset: number
}

/**
 * Reads a file's own front matter with the parser Eleventy uses (and its parsing options),
 * so the body matches what Eleventy hands to the template engine.
 * The read is synchronous on purpose: it is a few kB, and `fs.promises.readFile` takes four
 * trips through libuv's thread pool, queued behind Eleventy's own reads of every page — with
 * 1,000 pages the first render could only start after the whole data phase, leaving the
 * worker threads idle while Eleventy read data.
 */
export async function readSourceFile(inputPath: string, parsingOptions: object | undefined): Promise<SourceFile> {
  const raw = fs.readFileSync(inputPath, 'utf8')
  const parsed = matter(raw, {...parsingOptions, filePath: inputPath} as Parameters<typeof matter>[1])
  const data = parsed.data instanceof Promise ? await parsed.data : parsed.data
  return {frontmatter: plain(data ?? {}) as Record<string, unknown>, body: parsed.content, raw, ...offsets(raw, parsed.content)}
}

/** Where `body` starts in `raw`, when `raw` ends with it (else 0: positions stay body-relative). */
export function offsets(raw: string, body: string): {lineOffset: number; charOffset: number} {
  if (!raw.endsWith(body)) return {lineOffset: 0, charOffset: 0}
  const charOffset = raw.length - body.length
  let lineOffset = 0
  for (let index = raw.indexOf('\n'); index !== -1 && index < charOffset; index = raw.indexOf('\n', index + 1)) lineOffset++
  return {lineOffset, charOffset}
}

/**
 * A copy keeping only what can cross to a worker thread and be hashed: plain objects,
 * arrays, strings, numbers, booleans, null and Dates. Functions (e.g. a `permalink`
 * function from a data file) are left out.
 */
export function plain(value: unknown, depth = 0): unknown {
  if (depth > 20) return undefined
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (value instanceof Date) return new Date(value.getTime())
  if (Array.isArray(value)) return value.map((item) => plain(item, depth + 1) ?? null)
  if (typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value)
    if (prototype !== Object.prototype && prototype !== null) return undefined
    const result: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      const copy = plain(item, depth + 1)
      if (copy !== undefined) result[key] = copy
    }
    return result
  }
  return undefined
}
