import type {FilterContext} from '../eleventy.js'
import type {PageStore} from '../data/page-store.js'
import {normalizeSources} from '../data/sources.js'
import type {Citation, Source} from '../types.js'
import {inputPathOf} from './health-claims.js'

/**
 * Sources numbered as the page's citation markers number them: the cited ones first, in the
 * order the text first cites them, each with the ids of its markers; then the ones nothing
 * cites (further reading), in front matter order.
 */
export function numberByCitation(sources: Source[], citations: Citation[]): Source[] {
  const markers = new Map<number, {number: number; ids: string[]}>()
  for (const citation of citations) {
    const entry = markers.get(citation.source) ?? {number: citation.number, ids: []}
    entry.ids.push(citation.id)
    markers.set(citation.source, entry)
  }
  const cited = sources
    .filter((source) => markers.has(source.number))
    .map((source) => {
      const entry = markers.get(source.number) as {number: number; ids: string[]}
      return {...source, number: entry.number, cited: true, citations: entry.ids}
    })
    .sort((a, b) => a.number - b.number)
  const further = sources
    .filter((source) => !markers.has(source.number))
    .map((source, index) => ({...source, number: cited.length + index + 1, cited: false, citations: []}))
  return [...cited, ...further]
}

/**
 * `{% for source in page | healthSources %}`: the page's front matter `sources`, numbered as
 * its citation markers are (see `numberByCitation`), each `{number, title, url, publisher,
 * host, cited, citations}`. `sources | healthSources` numbers a plain list in its own order.
 */
export function createHealthSourcesFilter(store: PageStore) {
  return function healthSources(this: FilterContext | undefined, value?: unknown): Source[] {
    const where = this?.page?.inputPath?.replace(/^\.\//, '') ?? 'page'
    if (Array.isArray(value)) return normalizeSources(value, where)
    const record = store.get(inputPathOf(value, this))
    if (!record) return []
    return numberByCitation(record.meta.sources, record.citations)
  }
}
