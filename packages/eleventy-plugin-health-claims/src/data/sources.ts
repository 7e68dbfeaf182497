import type {Source} from '../types.js'

/** Thrown for a front matter `sources` entry that can't be shown as a source. */
export class SourceError extends Error {}

/**
 * Normalises front matter `sources` (`[{title, url, publisher?}]`, or bare URLs) into a
 * numbered list. An entry without a usable `http(s)` URL is an error, never dropped:
 * a sources list that silently loses an entry misleads readers.
 */
export function normalizeSources(value: unknown, where: string): Source[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    throw new SourceError(`${where}: front matter \`sources\` must be a list of {title, url, publisher?}, got ${typeof value}`)
  }
  return value.map((entry: unknown, index): Source => {
    const item = typeof entry === 'string' ? {url: entry} : (entry as Record<string, unknown> | null)
    const label = `${where}: front matter \`sources[${index}]\``
    if (!item || typeof item !== 'object') throw new SourceError(`${label} must be {title, url, publisher?}, got ${JSON.stringify(entry)}`)
    const url = typeof item.url === 'string' ? item.url.trim() : ''
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      throw new SourceError(`${label} needs a \`url\` that is an absolute http(s) URL, got ${JSON.stringify(item.url)}`)
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw new SourceError(`${label} needs an http(s) \`url\`, got ${JSON.stringify(url)}`)
    }
    const title = typeof item.title === 'string' && item.title.trim() ? item.title.trim() : url
    const publisher = typeof item.publisher === 'string' && item.publisher.trim() ? item.publisher.trim() : undefined
    return {number: index + 1, title, url, publisher, host: parsed.hostname}
  })
}
