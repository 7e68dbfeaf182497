import {HealthClaimsBuildError} from '../errors/format.js'
import type {EleventyConfig} from '../eleventy.js'
import {articleMeta} from '../data/meta.js'
import type {PageStore} from '../data/page-store.js'
import {isDraft, isPublished} from '../data/published.js'
import type {ResolvedOptions} from '../options/normalize.js'
import {displayPath, type ArticleRenderer} from '../render/articles.js'
import type {ArticleMeta} from '../types.js'

const TEMPLATE_SYNTAX = /{{|{%/

/**
 * Takes over `.md` from Eleventy's markdown-it engine. Markdown is never run through
 * Liquid or Nunjucks first: `{{ x }}` in an article is text (and remark-health-claims reports
 * it as a placeholder). Templated permalinks in front matter still work: they are handed to
 * Eleventy's own markdown engine, which renders them with `markdownTemplateEngine` as before.
 */
export function addMarkdownExtension(
  eleventyConfig: EleventyConfig,
  options: ResolvedOptions,
  renderer: ArticleRenderer,
  store: PageStore,
  warn: (message: string) => void
): void {
  // `inputPath\0permalink` pairs whose permalink template Eleventy is about to compile.
  const permalinkTemplates = new Set<string>()

  eleventyConfig.addExtension('md', {
    // Called while Eleventy reads each page's data: the earliest moment a page is known.
    getData(inputPath: string) {
      renderer.prerender(inputPath)
      return undefined
    },
    compileOptions: {
      permalink(permalink: unknown, inputPath: string) {
        if (typeof permalink !== 'string') return permalink
        if (!TEMPLATE_SYNTAX.test(permalink)) return () => permalink
        permalinkTemplates.add(inputPath + '\0' + permalink)
        return permalink
      }
    },
    compile(this: {defaultRenderer?: (data: unknown) => Promise<string>}, body: string, inputPath: string) {
      if (permalinkTemplates.has(inputPath + '\0' + body) && this.defaultRenderer) {
        return this.defaultRenderer
      }
      return async (data: Record<string, unknown>) => {
        const file = displayPath(inputPath)
        const article = await renderer.render(inputPath, body)
        const draft = isDraft(data)
        const published = isPublished(data)
        let meta: ArticleMeta
        try {
          meta = articleMeta(data, file)
        } catch (error) {
          if (published) throw error
          warn(String((error as Error).message))
          meta = articleMeta({...data, sources: undefined}, file)
        }
        const page = (data.page ?? {}) as {url?: string | false}
        store.set({...article, inputPath, url: page.url, draft, published, meta})

        const errors = article.messages.filter((message) => message.severity === 'error')
        renderer.stats.errors += errors.length
        renderer.stats.warnings += article.messages.length - errors.length
        if (errors.length > 0 && published && options.mode === 'publish') {
          // The build stops here: don't leave workers busy with pages nobody will see.
          void renderer.endBuild(true).catch(() => {})
          throw new HealthClaimsBuildError(file, errors)
        }
        return article.html
      }
    }
  })
}
