import type {EleventyConfig} from '../eleventy.js'
import type {ArticleRenderer} from '../render/articles.js'

/** Name of the event emitted after each build with its `BuildStats`. */
export const STATS_EVENT = 'eleventy-plugin-health-claims.stats'

/**
 * Per-build bookkeeping: reset before, and after, log a one-line summary, emit the stats
 * (`eleventyConfig.on(STATS_EVENT, stats => …)`) and stop the worker threads.
 */
export function addBuildEvents(
  eleventyConfig: EleventyConfig,
  renderer: ArticleRenderer,
  log: (message: string) => void
): void {
  eleventyConfig.on('eleventy.before', () => {
    renderer.beginBuild()
  })
  eleventyConfig.on('eleventy.after', async () => {
    const stats = {...renderer.stats}
    await renderer.endBuild()
    if (stats.pages > 0) {
      log(
        `${stats.pages} markdown page${stats.pages === 1 ? '' : 's'}: ${stats.cacheHits} from cache, ${stats.rendered} rendered; ` +
          `${stats.errors} error${stats.errors === 1 ? '' : 's'}, ${stats.warnings} warning${stats.warnings === 1 ? '' : 's'}`
      )
    }
    await eleventyConfig.emit?.(STATS_EVENT, stats)
  })
}
