/**
 * One render per build: with `lint.renderCache` on, each article `caveat lint` analyses is also
 * rendered — from the tree it already parsed and ran remark-health-claims on — into the Eleventy
 * plugin's render cache, under the key the plugin will look up. The site build that follows
 * (`npm run build`: lint, then Eleventy) finds every article there.
 *
 * Optional: eleventy-plugin-health-claims is a peer dependency of caveat that only this needs.
 */
import {realpathSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {RenderCacheWriter} from 'eleventy-plugin-health-claims'
import type {ResolvedConfig} from '../config/schema.js'

export type {RenderCacheWriter}

/**
 * The writer for `config`, or `undefined` with the reason when it can't be used: the plugin is
 * not installed, or it would analyse with other copies of the parser or of remark-health-claims
 * than caveat does (its cache keys name its own versions, so caveat's render must be the same).
 */
export async function loadRenderCacheWriter(config: ResolvedConfig, cwd: string): Promise<{writer?: RenderCacheWriter; problem?: string}> {
  const setting = config.lint.renderCache
  if (setting === false) return {}
  let plugin: typeof import('eleventy-plugin-health-claims')
  try {
    plugin = await import('eleventy-plugin-health-claims')
  } catch {
    return {problem: '`lint.renderCache` is on but eleventy-plugin-health-claims is not installed: articles are not pre-rendered for the site build'}
  }
  const theirs = plugin.analysisPackagePaths()
  for (const name of plugin.ANALYSIS_PACKAGES) {
    let ours: string | undefined
    try {
      ours = realpathSync(fileURLToPath(import.meta.resolve(name)))
    } catch {
      ours = undefined
    }
    if (!ours || ours !== theirs[name]) {
      return {problem: `\`lint.renderCache\` is on but caveat and eleventy-plugin-health-claims use different copies of ${name}: articles are not pre-rendered (install matching versions)`}
    }
  }
  const writer = plugin.createRenderCacheWriter(
    {claims: config.raw['claims'] as never, html: config.raw['html'] as never, cacheDir: typeof setting === 'string' ? setting : undefined},
    // The site's cache is at the project root, wherever lint is run from.
    config.root ?? cwd
  )
  return {writer}
}
