/**
 * `renderReviewReport(report, options)`: the whole reviewer's report as HTML
 * strings, ready to be written to a folder (see write.ts). Pure: no disk, no network.
 */
import type {Root} from 'hast'
import {unified} from 'unified'
import rehypeStringify from 'rehype-stringify'
import type {Options as ClaimsOptions} from 'remark-health-claims'
import type {Report} from '../report-types.js'
import {version} from '../version.js'
import {summarise, unmatchedA11yPages, type ArticleSummary} from './model.js'
import {articleBody, articlePage, indexPage} from './pages.js'
import {h} from 'hastscript'
import type {ElementContent} from 'hast'
import {renderArticle, type RenderedArticle} from './render-article.js'

export interface ReviewReportOptions {
  /** Markdown of each file, by its path in the report. Files without a source get a page of findings only. */
  sources: Map<string, string>
  /** `caveat a11y --format json` report of the built site: its findings join the articles they were built from (`sourcePath`). */
  a11y?: Report | undefined
  /** remark-health-claims options (caveat.config's `claims`), so inserted disclaimers match the site. */
  claims?: ClaimsOptions | undefined
  /** Index heading. Default `Reviewer’s report`. */
  title?: string | undefined
}

export interface ReviewReport {
  /** `index.html`. */
  index: string
  /** Article pages by path inside the report folder (`articles/….html`). */
  pages: Map<string, string>
  articles: ArticleSummary[]
}

const stringifier = unified().use(rehypeStringify)

function serialise(tree: Root): string {
  return stringifier.stringify(tree) + '\n'
}

function renderOne(article: ArticleSummary, options: ReviewReportOptions, prefix: string, headingBase: number): {rendered?: RenderedArticle | undefined; problem?: string | undefined} {
  const source = options.sources.get(article.file.path)
  if (source === undefined) return {problem: 'The source of this file could not be read, so only its findings are shown.'}
  if (article.file.failed) return {problem: 'This file could not be analysed: see its findings.'}
  try {
    return {rendered: renderArticle(article.file, source, {claims: options.claims, idPrefix: prefix, headingBase})}
  } catch (error) {
    return {problem: `The text could not be rendered (${(error as Error).message}); its findings are listed.`}
  }
}

export function renderReviewReport(report: Report, options: ReviewReportOptions): ReviewReport {
  const generator = `caveat report ${version}`
  const articles = summarise(report, options.a11y)
  const pages = new Map<string, string>()
  for (const article of articles) {
    const {rendered, problem} = renderOne(article, options, '', 3)
    pages.set(article.href, serialise(articlePage(article, rendered, {generator, home: '../index.html', a11y: options.a11y !== undefined, problem})))
  }
  const index = serialise(
    indexPage(report, articles, {
      generator,
      title: options.title ?? 'Reviewer’s report',
      a11y: options.a11y !== undefined,
      unmatchedA11y: unmatchedA11yPages(report, options.a11y)
    })
  )
  return {index, pages, articles}
}

/**
 * The whole report as ONE self-contained HTML page (index, then every article
 * as a section): for `caveat lint --format html` to stdout or to a `.html` file.
 */
export function renderReviewReportPage(report: Report, options: ReviewReportOptions): string {
  const generator = `caveat report ${version}`
  const articles = summarise(report, options.a11y).map((article) => {
    const slug = article.href.replace(/^articles\//, '').replace(/\.html$/, '')
    return {...article, href: `#${slug}--review`, slug}
  })
  const sections: ElementContent[] = articles.map((article) => {
    const prefix = `${article.slug}--`
    const {rendered, problem} = renderOne(article, options, prefix, 4)
    return h('section', {className: ['article-review'], ariaLabelledby: `${prefix}review`}, [
      ...articleBody(article, rendered, {a11y: options.a11y !== undefined, problem, prefix, level: 2}),
      h('p', h('a', {href: '#main'}, 'Back to the list of articles'))
    ])
  })
  return serialise(
    indexPage(report, articles, {
      generator,
      title: options.title ?? 'Reviewer’s report',
      a11y: options.a11y !== undefined,
      unmatchedA11y: unmatchedA11yPages(report, options.a11y),
      after: sections
    })
  )
}
