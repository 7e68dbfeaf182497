/**
 * The parts of Eleventy 3's configuration API this plugin uses (Eleventy ships no types).
 */
export interface EleventyConfig {
  addExtension(extension: string, options: Record<string, unknown>): void
  addFilter(name: string, filter: (...args: any[]) => unknown): void
  addGlobalData(name: string, data: unknown): void
  on(event: string, callback: (...args: any[]) => unknown): void
  emit?(event: string, ...args: unknown[]): unknown
  versionCheck?(range: string): void
  frontMatterParsingOptions?: object
  /** The project's `pathPrefix` (e.g. `/repo/` on GitHub Pages), set once the config is read. */
  pathPrefix?: string
  logger?: {logWithOptions?(options: {message: string; prefix?: string; type?: string; color?: string}): void}
}

/** `this` inside a filter: Eleventy 3 sets `page` for Nunjucks, Liquid and JavaScript templates. */
export interface FilterContext {
  page?: {inputPath?: string; url?: string | false} | undefined
}
