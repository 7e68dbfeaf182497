import {existsSync} from 'node:fs'
import {DiskCache} from '../cache/disk-cache.js'
import {articleKey, optionsHash} from '../cache/key.js'
import {toolVersions} from '../cache/tool-versions.js'
import {readSourceFile, type SourceFile} from '../data/own-front-matter.js'
import {createRenderer, type RenderMarkdown, type RenderTask} from '../library/render-markdown.js'
import type {ResolvedOptions} from '../options/normalize.js'
import type {BuildStats, RenderedArticle} from '../types.js'
import {RenderPool} from './pool.js'

interface Pending {
  key: string
  promise: Promise<RenderedArticle>
}

export function emptyStats(): BuildStats {
  return {pages: 0, cacheHits: 0, rendered: 0, prerendered: 0, prerenderMisses: 0, workerThreads: 0, errors: 0, warnings: 0}
}

/**
 * Renders the markdown pages of one plugin instance: from the disk cache when it can,
 * else in worker threads. Renders start as soon as Eleventy reads a page's data (`prerender`),
 * long before it asks for the content (`render`), so the workers run while Eleventy builds its
 * data cascade — Eleventy itself renders one page at a time.
 */
export class ArticleRenderer {
  stats: BuildStats = emptyStats()
  readonly #options: ResolvedOptions
  readonly #pool: RenderPool | undefined
  readonly #cache: DiskCache | undefined
  readonly #pending = new Map<string, Pending>()
  readonly #sources = new Map<string, Promise<SourceFile | undefined>>()
  readonly #writes = new Set<Promise<unknown>>()
  #inline: RenderMarkdown | undefined
  /** A render is running on the main thread (see `#obtain`). */
  #inlineBusy = false
  #optionsHash: string | undefined
  #cacheWarning: string | undefined
  readonly #warn: (message: string) => void
  readonly #parsingOptions: () => object | undefined

  /**
   * @param parsingOptions Eleventy's front matter parsing options (read when a build runs:
   *   the site's config may set them after adding this plugin).
   */
  constructor(options: ResolvedOptions, warn: (message: string) => void, parsingOptions: () => object | undefined) {
    this.#options = options
    this.#parsingOptions = parsingOptions
    this.#pool = options.workers > 0 ? new RenderPool(options.workers) : undefined
    this.#cache = options.cacheDir ? new DiskCache(options.cacheDir) : undefined
    this.#warn = warn
  }

  get annotate(): boolean {
    return this.#options.mode === 'preview'
  }

  /** Hash of options and tool versions; tool versions are read once per instance. */
  get optionsHash(): string {
    this.#optionsHash ??= optionsHash({claims: this.#options.claims, html: this.#options.html, annotate: this.annotate}, toolVersions())
    return this.#optionsHash
  }

  beginBuild(): void {
    this.stats = emptyStats()
    this.#pending.clear()
    this.#sources.clear()
    // No cache yet: every page will be rendered. Start a thread now, so it loads its modules
    // while Eleventy starts up (about 3 s for 1,000 pages) instead of after. A build that
    // finds a cache doesn't pay for a thread it may not need.
    if (this.#pool && (!this.#options.cacheDir || !existsSync(this.#options.cacheDir))) this.#pool.warm()
  }

  /**
   * @param abandon Stop renders still running (the build failed). Otherwise they finish and are
   *   cached: Eleventy may never ask for a page it read (a preprocessor dropped a draft), and
   *   without its entry every rebuild would start a worker just to render it again.
   */
  async endBuild(abandon = false): Promise<void> {
    const unused = [...this.#pending.values()].map((pending) => pending.promise)
    this.#pending.clear()
    this.#sources.clear()
    if (!abandon) await Promise.allSettled(unused)
    if (this.#pool) await this.#pool.close()
    await Promise.all(this.#writes)
  }

  /** Starts rendering a page from its own front matter, before Eleventy asks for it. */
  prerender(inputPath: string): void {
    if (this.#sources.has(inputPath)) return
    const source = readSourceFile(inputPath, this.#parsingOptions()).catch(() => undefined)
    this.#sources.set(inputPath, source)
    const promise = source.then((file) => {
      if (!file) return
      const key = this.#key(file.body, file.frontmatter, file.lineOffset)
      this.stats.prerendered++
      const rendering = this.#obtain(key, this.#task(inputPath, file.body, file.frontmatter, file))
      // Failures are reported when the page is rendered for real; don't leave them unhandled here.
      rendering.catch(() => {})
      this.#pending.set(inputPath, {key, promise: rendering})
    })
    promise.catch(() => {})
  }

  /**
   * The rendered article for a page; `body` is what Eleventy passed to the template engine.
   * remark-health-claims gets the page's own front matter, not the data cascade: global data
   * keys (a site's `disclaimers` list, say) must not read as the page's disclaimer opt-outs.
   */
  async render(inputPath: string, body: string): Promise<RenderedArticle> {
    this.stats.pages++
    let file = await this.#sources.get(inputPath)
    if (!file) {
      file = await readSourceFile(inputPath, this.#parsingOptions()).catch(() => undefined)
    }
    const frontmatter = file?.frontmatter ?? {}
    const offsets = file && file.body === body ? file : {lineOffset: 0, charOffset: 0}
    const key = this.#key(body, frontmatter, offsets.lineOffset)
    const pending = this.#pending.get(inputPath)
    this.#pending.delete(inputPath)
    if (pending?.key === key) return pending.promise
    if (pending) this.stats.prerenderMisses++
    return this.#obtain(key, this.#task(inputPath, body, frontmatter, offsets))
  }

  #key(body: string, frontmatter: Record<string, unknown>, lineOffset: number): string {
    return articleKey({body, frontmatter, lineOffset, optionsHash: this.optionsHash})
  }

  #task(
    inputPath: string,
    body: string,
    frontmatter: Record<string, unknown>,
    offsets: {lineOffset: number; charOffset: number; raw?: string | undefined}
  ): RenderTask {
    return {
      body,
      // The whole file, when `body` is what follows its front matter (see RenderTask.file).
      file: offsets.raw,
      inputPath: displayPath(inputPath),
      frontmatter,
      claims: this.#options.claims,
      annotate: this.annotate,
      html: this.#options.html,
      lineOffset: offsets.lineOffset,
      charOffset: offsets.charOffset
    }
  }

  async #obtain(key: string, task: RenderTask): Promise<RenderedArticle> {
    const cached = await this.#cache?.get(key)
    if (cached) {
      this.stats.cacheHits++
      return cached
    }
    this.stats.rendered++
    let article: RenderedArticle
    // Until a worker has started, one render at a time runs on the main thread: a rebuild
    // after an edit renders one page, and a thread would take longer to start and load its
    // modules (~0.3–0.6 s) than the page takes to render (~30 ms). A second page missing
    // from the cache while that one renders starts the workers. A cold build has them
    // started already (`beginBuild`).
    if (this.#pool && (this.#pool.started || this.#inlineBusy)) {
      article = await this.#pool.run({task, optionsKey: this.optionsHash})
      this.stats.workerThreads = Math.max(this.stats.workerThreads, this.#pool.threadCount)
    } else {
      this.#inline ??= createRenderer()
      this.#inlineBusy = true
      try {
        article = await this.#inline(task, this.optionsHash)
      } finally {
        this.#inlineBusy = false
      }
    }
    if (this.#cache) {
      // Not awaited: the page needn't wait for the disk. `endBuild` waits for every write.
      const write = this.#cache.set(key, article).catch((error: unknown) => this.#cacheFailed(String(error)))
      this.#writes.add(write)
      void write.finally(() => this.#writes.delete(write))
    }
    return article
  }

  #cacheFailed(reason: string): void {
    if (this.#cacheWarning) return
    this.#cacheWarning = reason
    this.#warn(`could not write the render cache in ${String(this.#options.cacheDir)} (${reason}); pages still build, but won't be reused next time`)
  }
}

/** `./content/a.md` → `content/a.md`: the path as people type it. */
export function displayPath(inputPath: string): string {
  return inputPath.replace(/^\.\//, '')
}
