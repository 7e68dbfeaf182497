import {retext} from 'retext'
import retextSmartypants from 'retext-smartypants'

// Template filters of the site. Each throws a clear error naming the page when data is wrong,
// rather than printing "Invalid Date" on a health page.

const readable = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC'
})

/**
 * YAML gives `2025-03-01` as a Date; quoted it is a string. Accept both.
 * @param {unknown} value
 * @param {{inputPath?: string} | undefined} page Eleventy's `this.page`, for the error message
 */
function toDate(value, page) {
  const date =
    value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime())) {
    throw new Error(
      `${page?.inputPath ?? 'A page'}: expected an ISO date (YYYY-MM-DD) in front matter, got ${JSON.stringify(value)}. ` +
        'Set `datePublished` and `lastReviewed` like `2025-03-01`.'
    )
  }
  return date
}

/** `2025-03-01`: for `<time datetime>` and the sitemap. */
export function isoDate(value) {
  return toDate(value, this?.page).toISOString().slice(0, 10)
}

/** `1 March 2025`: the GOV.UK date style. */
export function readableDate(value) {
  return readable.format(toDate(value, this?.page))
}

/** `author`/`reviewedBy` may be a name or `{name, …}`. */
export function personName(person) {
  if (typeof person === 'string') return person
  if (person && typeof person === 'object' && typeof person.name === 'string') return person.name
  return ''
}

/**
 * Let wide tables scroll sideways inside a keyboard-focusable, labelled region instead of
 * making the whole page scroll at 320px (WCAG 1.4.10 Reflow). The body HTML comes from
 * rehype-stringify (or markdown-it), which writes `<table>` without attributes.
 */
export function wrapTables(html) {
  if (typeof html !== 'string' || !html.includes('<table')) return html
  let count = 0
  return html
    .replace(/<table(\s[^>]*)?>/g, (table) => {
      count++
      return `<div class="table-scroll" role="region" tabindex="0" aria-label="Table ${count}">${table}`
    })
    .replace(/<\/table>/g, '</table></div>')
}

/**
 * When an article is next due for review: `lastReviewed` plus `months` (the publication's review
 * interval, `lint.staleReviewMonths` in caveat.config.mjs, which `caveat lint`'s `stale-review`
 * rule flags once passed). The 31st plus a month lands on the last day of a shorter month.
 * @param {unknown} value
 * @param {number} months
 */
export function addMonths(value, months, page) {
  const date = toDate(value, page)
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay))
  return target
}

/** Front matter date (Date or ISO string) as a Date, for the feed's RFC 3339 dates. */
export function toDateFilter(value) {
  return toDate(value, this?.page)
}

/** The most recent `lastReviewed` (or `datePublished`) of a list of articles: the feed's `updated`. */
export function newestReview(articles) {
  let newest
  for (const article of articles) {
    const value = article.data.lastReviewed ?? article.data.datePublished
    if (value === undefined) continue
    const date = toDate(value, article.data.page)
    if (!newest || date > newest) newest = date
  }
  return newest ?? new Date(0)
}

/**
 * Tags are written as slugs (`back-pain`); readers see `Back pain`.
 * @param {string} tag
 * @param {Record<string, string>} [labels] overrides from site data (`site.topicLabels`)
 */
export function topicLabel(tag, labels = {}) {
  if (Object.hasOwn(labels, tag)) return labels[tag]
  const words = String(tag).replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const smartypants = retext().use(retextSmartypants)

/**
 * Typographic quotes, dashes and ellipses for text from front matter (titles, summaries), as
 * remark-smartypants gives the article body: `"natural"` → “natural”, `it's` → it’s.
 * @param {unknown} text
 */
export function smartQuotes(text) {
  if (typeof text !== 'string' || !/['"`]|--|\.\.\./.test(text)) return text
  return String(smartypants.processSync(text))
}
