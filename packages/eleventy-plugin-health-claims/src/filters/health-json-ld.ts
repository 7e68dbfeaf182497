import type {FilterContext} from '../eleventy.js'
import {articleMeta} from '../data/meta.js'
import type {PageStore} from '../data/page-store.js'
import {medicalWebPage} from '../jsonld/medical-web-page.js'
import {jsonLdScript} from '../jsonld/script.js'
import type {ResolvedOptions} from '../options/normalize.js'
import {inputPathOf} from './health-claims.js'

/**
 * `{{ page | healthJsonLd | safe }}`: a `<script type="application/ld+json">` element with the
 * page's schema.org `MedicalWebPage`. Given a plain data object instead of `page` (e.g. for a
 * page that isn't markdown), it builds the JSON-LD from that object's fields.
 */
export function createHealthJsonLdFilter(store: PageStore, options: ResolvedOptions, pathPrefix: () => string | undefined = () => undefined) {
  return function healthJsonLd(this: FilterContext | undefined, value?: unknown): string {
    const record = store.get(inputPathOf(value, this))
    // `page.url` leaves out the path prefix (a GitHub Pages project site lives under /repo/);
    // the URL the page is served at has it. Read per call: Eleventy sets it after plugins run.
    const context = {baseUrl: options.baseUrl, pathPrefix: pathPrefix(), publisher: options.publisher, audience: options.audience}
    if (record) return jsonLdScript(medicalWebPage(record.meta, {...context, url: record.url}))
    if (value && typeof value === 'object' && !('inputPath' in value)) {
      const data = value as Record<string, unknown>
      const where = this?.page?.inputPath ?? 'page'
      const url = (data.page as {url?: string} | undefined)?.url ?? this?.page?.url
      return jsonLdScript(medicalWebPage(articleMeta(data, where), {...context, url}))
    }
    return ''
  }
}
