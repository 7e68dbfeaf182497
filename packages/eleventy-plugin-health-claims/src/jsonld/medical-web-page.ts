import type {Agent, ArticleMeta} from '../types.js'

export interface JsonLdContext {
  /** The page's URL (`page.url`), made absolute against `baseUrl` when given. */
  url?: string | false | undefined
  baseUrl?: string | undefined
  /** Eleventy's `pathPrefix`: prepended to a root-relative `url`, as Eleventy's `url` filter does. */
  pathPrefix?: string | undefined
  publisher?: {name: string; url?: string | undefined} | undefined
  /** Used when the page has no `audience`. */
  audience: string
}

function agent(value: Agent): Record<string, unknown> {
  return {'@type': value.type, name: value.name, ...(value.url ? {url: value.url} : {})}
}

function one<T>(list: T[]): T | T[] | undefined {
  return list.length === 0 ? undefined : list.length === 1 ? list[0] : list
}

function withPathPrefix(url: string, prefix: string | undefined): string {
  if (!prefix || prefix === '/' || !url.startsWith('/') || url.startsWith('//')) return url
  return `/${prefix.split('/').filter(Boolean).join('/')}${url}`
}

/** schema.org `MedicalWebPage` for an article; fields without a value are left out. */
export function medicalWebPage(meta: ArticleMeta, context: JsonLdContext): Record<string, unknown> {
  let url: string | undefined
  if (typeof context.url === 'string') {
    const served = withPathPrefix(context.url, context.pathPrefix)
    url = context.baseUrl ? new URL(served, context.baseUrl).href : served
  }
  const audience = meta.audience ?? context.audience
  const node: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    headline: meta.title,
    name: meta.title,
    description: meta.description,
    url,
    inLanguage: meta.lang,
    datePublished: meta.datePublished,
    dateModified: meta.dateModified,
    lastReviewed: meta.lastReviewed,
    author: one(meta.author.map(agent)),
    reviewedBy: one(meta.reviewedBy.map(agent)),
    publisher: context.publisher
      ? {'@type': 'Organization', name: context.publisher.name, ...(context.publisher.url ? {url: context.publisher.url} : {})}
      : undefined,
    medicalAudience: {'@type': 'MedicalAudience', audienceType: audience},
    keywords: meta.tags.length > 0 ? meta.tags.join(', ') : undefined,
    citation: meta.sources.length
      ? meta.sources.map((source) => ({
          '@type': 'CreativeWork',
          name: source.title,
          url: source.url,
          ...(source.publisher ? {publisher: {'@type': 'Organization', name: source.publisher}} : {})
        }))
      : undefined
  }
  for (const key of Object.keys(node)) if (node[key] === undefined) delete node[key]
  return node
}
