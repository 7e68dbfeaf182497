/**
 * eleventy-plugin-health-claims: render markdown through unified and remark-health-claims,
 * with disclaimers, a claim ledger and MedicalWebPage JSON-LD for the layouts.
 *
 * @example
 *   import healthClaims from 'eleventy-plugin-health-claims'
 *   export default function (eleventyConfig) {
 *     eleventyConfig.addPlugin(healthClaims, {mode: 'publish', claims: {topics: [...]}})
 *   }
 */
import {PageStore} from './data/page-store.js'
import type {EleventyConfig} from './eleventy.js'
import {addBuildEvents} from './events/build.js'
import {addMarkdownExtension} from './extensions/markdown.js'
import {createHealthClaimsFilter} from './filters/health-claims.js'
import {createHealthJsonLdFilter} from './filters/health-json-ld.js'
import {createHealthSourcesFilter} from './filters/health-sources.js'
import {normalizeOptions} from './options/normalize.js'
import {ArticleRenderer} from './render/articles.js'
import {findingKinds} from './library/preview-findings.js'
import type {PluginOptions} from './types.js'

export type * from './types.js'
export type {EleventyConfig} from './eleventy.js'
export type {LedgerView} from './filters/health-claims.js'
export {HealthClaimsBuildError, formatMessage} from './errors/format.js'
export {STATS_EVENT} from './events/build.js'
export {DEFAULT_CACHE_DIR} from './options/normalize.js'
export {medicalWebPage} from './jsonld/medical-web-page.js'
export {scriptSafeJson} from './jsonld/script.js'
export {findingKinds} from './library/preview-findings.js'
export {createRenderCacheWriter, analysisPackagePaths, ANALYSIS_PACKAGES} from './render/cache-writer.js'
export type {PreparedArticle, RenderCacheWriter} from './render/cache-writer.js'

const PREFIX = '[11ty/health-claims]'

export default function eleventyPluginHealthClaims(eleventyConfig: EleventyConfig, pluginOptions?: PluginOptions): void {
  // 1. Options: fail at config time, naming the option.
  const options = normalizeOptions(pluginOptions)
  eleventyConfig.versionCheck?.('>=3.0.0')

  const log = (message: string) => {
    if (eleventyConfig.logger?.logWithOptions) eleventyConfig.logger.logWithOptions({message, prefix: PREFIX})
    else console.log(`${PREFIX} ${message}`)
  }
  const warn = (message: string) => {
    if (eleventyConfig.logger?.logWithOptions) eleventyConfig.logger.logWithOptions({message, prefix: PREFIX, type: 'warn', color: 'yellow'})
    else console.warn(`${PREFIX} ${message}`)
  }

  // Everything below belongs to this call: two configs in one process share nothing.
  const store = new PageStore()
  const renderer = new ArticleRenderer(options, warn, () => eleventyConfig.frontMatterParsingOptions)

  // 2. Extension: `.md` through unified, in worker threads, cached on disk.
  addMarkdownExtension(eleventyConfig, options, renderer, store, warn)

  // 3. Data.
  eleventyConfig.addGlobalData('healthClaimsMode', options.mode)
  // The finding kinds preview builds mark, with their labels: for a legend.
  eleventyConfig.addGlobalData('healthClaimsFindingKinds', findingKinds)

  // 4. Filters for layouts.
  eleventyConfig.addFilter('healthClaims', createHealthClaimsFilter(store))
  eleventyConfig.addFilter('healthSources', createHealthSourcesFilter(store))
  eleventyConfig.addFilter('healthJsonLd', createHealthJsonLdFilter(store, options, () => eleventyConfig.pathPrefix))

  // 5. Events: per-build reset, summary, worker shutdown.
  addBuildEvents(eleventyConfig, renderer, log)
}
