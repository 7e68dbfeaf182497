// Which content files are published articles, and how they are grouped.

/**
 * A page is a draft when its front matter says `draft: true` or it sits under a `drafts/` folder.
 * Both are checked so a draft cannot be published by forgetting one of them.
 * @param {Record<string, unknown>} data
 * @param {string} inputPath path inside the content folder
 */
export function isDraft(data, inputPath) {
  return data?.draft === true || /(^|[\\/])drafts[\\/]/.test(inputPath)
}

/** Newest first by `datePublished`, then by title, so the order is stable. */
export function byNewest(a, b) {
  const time = (item) => new Date(item.data.datePublished ?? item.date).getTime() || 0
  return time(b) - time(a) || String(a.data.title).localeCompare(String(b.data.title))
}

/**
 * Group articles by tag: `[{name, slug, articles}]`, sorted by name.
 * @param {Array<{data: {tags?: unknown}}>} articles newest first
 * @param {(name: string) => string} slugify
 */
export function groupByTag(articles, slugify) {
  /** @type {Map<string, {name: string, slug: string, articles: typeof articles}>} */
  const topics = new Map()
  for (const article of articles) {
    for (const name of tagList(article.data.tags)) {
      const slug = slugify(name)
      const topic = topics.get(slug) ?? {name, slug, articles: []}
      topic.articles.push(article)
      topics.set(slug, topic)
    }
  }
  return [...topics.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
}

/** Front matter `tags` may be a string or a list. */
export function tagList(tags) {
  if (typeof tags === 'string') return [tags]
  return Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string' && tag !== '') : []
}
