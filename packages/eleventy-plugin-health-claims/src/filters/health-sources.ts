import type {FilterContext} from '../eleventy.js'
import type {PageStore} from '../data/page-store.js'
import {normalizeSources} from '../data/sources.js'
import type {Source} from '../types.js'
import {inputPathOf} from './health-claims.js'

/**
 * `{% for source in page | healthSources %}` (or `sources | healthSources`): the page's front
 * matter `sources` as a numbered list of `{number, title, url, publisher, host}`.
 */
export function createHealthSourcesFilter(store: PageStore) {
  return function healthSources(this: FilterContext | undefined, value?: unknown): Source[] {
    const where = this?.page?.inputPath?.replace(/^\.\//, '') ?? 'page'
    if (Array.isArray(value)) return normalizeSources(value, where)
    return store.get(inputPathOf(value, this))?.meta.sources ?? []
  }
}
