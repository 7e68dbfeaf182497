/**
 * The render cache, written from outside Eleventy: `caveat lint` has already parsed each article
 * and run remark-health-claims on it, so it finishes the render (the stages after the claims,
 * `createProcessorAfterClaims`) and stores it under the key this plugin will look up. The
 * Eleventy build that follows finds every article in its cache: one render per build.
 */
import {existsSync, realpathSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import matter from '@11ty/gray-matter'
import type {Root} from 'mdast'
import type {HealthClaimsLedger} from 'remark-health-claims'
import type {VFile} from 'vfile'
import {DiskCache} from '../cache/disk-cache.js'
import {articleKey, optionsHash} from '../cache/key.js'
import {toolVersions} from '../cache/tool-versions.js'
import {offsets, plain} from '../data/own-front-matter.js'
import {splitsLikeEleventy} from '../library/front-matter-boundary.js'
import {createProcessorAfterClaims} from '../library/processor.js'
import {toArticleMessage} from '../library/render-markdown.js'
import {normalizeOptions} from '../options/normalize.js'
import type {PluginOptions} from '../types.js'

/** A file ready to be rendered into the cache: its key and the front matter the plugin sees. */
export interface PreparedArticle {
  key: string
  /** The page's own front matter, as Eleventy reads it (give it to remark-health-claims as `file.data.matter`). */
  frontmatter: Record<string, unknown>
  /** An entry with this key is already stored: nothing to render. */
  cached: boolean
  /** The markdown after the front matter, as Eleventy hands it to the plugin. */
  body: string
}

export interface RenderCacheWriter {
  /** Folder of the cache (absolute). */
  readonly dir: string
  /**
   * Key and front matter of a markdown file as Eleventy will see it, or `undefined` when its
   * front matter can't be read (the build reports that itself).
   */
  prepare(raw: string, filePath: string): PreparedArticle | undefined
  /**
   * Finishes the render of `tree` — the whole file parsed with remark-parse, remark-frontmatter
   * and GFM, after remark-health-claims ran on it with `file.data.matter` set to
   * `prepared.frontmatter` — and stores it. Mutates `tree` (it becomes the HTML tree).
   * Returns false when the tree can't give Eleventy's render (its front matter is not where
   * Eleventy's is), so nothing is stored.
   */
  write(prepared: PreparedArticle, tree: Root, file: VFile): Promise<boolean>
}

/** Packages that parse and analyse a page: the writer's caller must use these very files. */
export const ANALYSIS_PACKAGES = ['unified', 'remark-parse', 'remark-gfm-lazy-autolinks', 'remark-health-claims'] as const

/** Where this plugin's copies of `ANALYSIS_PACKAGES` live (real paths of their entry files). */
export function analysisPackagePaths(): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {}
  for (const name of ANALYSIS_PACKAGES) {
    try {
      result[name] = realpathSync(fileURLToPath(import.meta.resolve(name)))
    } catch {
      result[name] = undefined
    }
  }
  return result
}

/**
 * @param options the same `claims` and `html` the site gives this plugin, and its `cacheDir`
 *   (default `.cache/caveat/eleventy`); a publish-mode render is written (previews have their own keys).
 * @param cwd folder `cacheDir` is relative to (the folder Eleventy runs in).
 */
export function createRenderCacheWriter(options: Pick<PluginOptions, 'claims' | 'html' | 'cacheDir'>, cwd: string = process.cwd()): RenderCacheWriter {
  const resolved = normalizeOptions({claims: options.claims, html: options.html, cacheDir: options.cacheDir, workers: 0}, cwd)
  if (!resolved.cacheDir) throw new TypeError('eleventy-plugin-health-claims: createRenderCacheWriter needs a cacheDir')
  const cache = new DiskCache(resolved.cacheDir)
  // The same hash as `ArticleRenderer.optionsHash` in publish mode.
  const hash = optionsHash({claims: resolved.claims, html: resolved.html, annotate: false}, toolVersions())
  let processor: ReturnType<typeof createProcessorAfterClaims> | undefined

  return {
    dir: resolved.cacheDir,
    prepare(raw, filePath) {
      let data: unknown
      let body: string
      try {
        const parsed = matter(raw, {filePath} as Parameters<typeof matter>[1])
        if (parsed.data instanceof Promise) return undefined
        data = parsed.data
        body = parsed.content
      } catch {
        return undefined
      }
      const frontmatter = plain(data ?? {}) as Record<string, unknown>
      const {lineOffset} = offsets(raw, body)
      const key = articleKey({body, frontmatter, lineOffset, optionsHash: hash})
      return {key, frontmatter, cached: existsSync(cache.file(key)), body}
    },
    async write(prepared, tree, file) {
      if (!splitsLikeEleventy(tree, String(file.value), prepared.body)) return false
      processor ??= createProcessorAfterClaims(resolved.html)
      // Positions are already in the file (front matter counted): no shifting, unlike a render
      // of the body alone.
      const ledger = (file.data.healthClaims as HealthClaimsLedger | undefined) ?? {claims: [], disclaimers: []}
      const messages = file.messages.filter((message) => message.source === 'remark-health-claims').map((message) => toArticleMessage(message, 0))
      const hast = await processor.run(tree, file)
      const html = String(processor.stringify(hast, file))
      await cache.set(prepared.key, {html, ledger, messages, citations: file.data.citations ?? []})
      return true
    }
  }
}
