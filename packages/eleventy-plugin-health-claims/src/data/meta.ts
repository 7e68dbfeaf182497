import type {Agent, ArticleMeta} from '../types.js'
import {normalizeSources} from './sources.js'

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/** Front matter dates come as Dates (YAML) or strings; JSON-LD wants ISO 8601. */
function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10)
  if (typeof value === 'string' && value.trim()) {
    const date = new Date(value)
    return Number.isNaN(date.getTime()) ? value.trim() : /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : date.toISOString()
  }
  return undefined
}

/** `author: "Name"`, `author: {name, url}` or a list of either. */
function agents(value: unknown): Agent[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
  const result: Agent[] = []
  for (const item of list) {
    if (typeof item === 'string' && item.trim()) result.push({name: item.trim(), type: 'Person'})
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>
      const name = text(record.name)
      if (!name) continue
      const type = record.type === 'Organization' || record['@type'] === 'Organization' ? 'Organization' : 'Person'
      result.push({name, url: text(record.url), type})
    }
  }
  return result
}

/**
 * The fields of a page's data that the article layout and JSON-LD use, with the names the
 * front matter may use for them (first one wins): `title`; `description` or `summary`;
 * `datePublished` or `date`; `dateModified`; `lastReviewed` or `reviewed`; `author`;
 * `reviewedBy` or `reviewer`; `sources`; `audience`; `lang`; `tags`.
 */
export function articleMeta(data: Record<string, unknown>, where: string): ArticleMeta {
  const page = (data.page ?? {}) as Record<string, unknown>
  const tags = Array.isArray(data.tags) ? data.tags.filter((tag): tag is string => typeof tag === 'string') : typeof data.tags === 'string' ? [data.tags] : []
  return {
    title: text(data.title),
    description: text(data.description) ?? text(data.summary),
    lang: text(data.lang) ?? text(data.language),
    datePublished: isoDate(data.datePublished) ?? isoDate(data.date) ?? isoDate(page.date),
    dateModified: isoDate(data.dateModified),
    lastReviewed: isoDate(data.lastReviewed) ?? isoDate(data.reviewed),
    author: agents(data.author),
    reviewedBy: agents(data.reviewedBy ?? data.reviewer),
    sources: normalizeSources(data.sources, where),
    audience: text(data.audience),
    tags
  }
}
