// Eleventy 3 configuration of the Caveat publication.
//
// Arrangement (why it looks like this):
// - Eleventy's input is the repo root's `content/` folder, so only articles are ever picked up as
//   templates from disk: nothing in `packages/`, `site/` or the README can become a page by accident.
// - Layouts (`site/_includes/`) and global data (`site/_data/`) live in `site/`, referenced from
//   the input folder with relative paths (Eleventy resolves `dir.includes`/`dir.data` from `dir.input`).
// - Site pages that are not articles (home, topics, 404, editorial policy, sitemap, Atom feed) live
//   in `site/pages/` and are added as Eleventy *virtual templates*, so they sit next to the layouts
//   but are rendered as if they were in the input folder.
// - Drafts (`draft: true`, or any file under `content/drafts/`) are dropped by a preprocessor before
//   Eleventy builds anything from them: they are never written, never in a collection, a sitemap or
//   the feed. `caveat lint` still lints them (it reads files, not the site). Preview builds render
//   them, with a draft banner, listed only on the preview home page.
// - Markdown is never run through a template engine (`markdownTemplateEngine: false`): a literal
//   `{{ x }}` in an article is shown as written, and the linter's `placeholder-text` rule reports it.
//
// `CAVEAT_CONTENT_DIR` (default `content`) builds another content folder with these templates
// (used by the tests); `CAVEAT_PREVIEW=1` renders with unsourced claims highlighted for editors.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {rssPlugin} from '@11ty/eleventy-plugin-rss'
import caveatConfig from '../caveat.config.mjs'
import site from './_data/site.js'
import {isDraft, byNewest, groupByTag} from './lib/articles.js'
import {removeOrphanPages} from './lib/orphans.js'
import {writeSearchIndex} from './lib/search-index.js'
import {isoDate, readableDate, personName, wrapTables, toDateFilter, newestReview, topicLabel, addMonths, smartQuotes} from './lib/filters.js'

const siteDir = path.dirname(fileURLToPath(import.meta.url))
const rootDir = path.dirname(siteDir)

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default async function (eleventyConfig) {
  const contentDir = process.env.CAVEAT_CONTENT_DIR || 'content'
  const preview = process.env.CAVEAT_PREVIEW === '1'
  // Relative from the input folder (Eleventy resolves these from it), for any content folder.
  const fromInput = (/** @type {string} */ dir) => path.relative(path.resolve(contentDir), path.join(siteDir, dir))
  // Paths inside the content folder, so a folder named drafts above it never matters.
  const draft = (/** @type {Record<string, unknown>} */ data, /** @type {string} */ inputPath) =>
    isDraft(data, path.relative(path.resolve(contentDir), path.resolve(inputPath)))
  const fromCwd = (/** @type {string} */ file) => path.relative(process.cwd(), file) || '.'

  // Renders every .md through unified + remark-health-claims (disclaimers, claim ledger), fails
  // the build on error-level findings in published pages, and gives layouts the `healthJsonLd`,
  // `healthSources` and `healthClaims` filters. Preview highlights unsourced claims instead.
  eleventyConfig.addPlugin(await loadHealthClaimsPlugin(), {
    mode: preview ? 'preview' : 'publish',
    claims: caveatConfig.claims,
    html: caveatConfig.html,
    baseUrl: site.url + '/',
    publisher: {name: site.publisher, url: site.url + '/'}
  })

  eleventyConfig.addPlugin(rssPlugin)

  // Preview only: the reviewer's report (`caveat report`) under /_review/, written after each
  // build. Its pages are `noindex` and, not being templates, never in a collection or the sitemap.
  if (preview) {
    eleventyConfig.on('eleventy.after', async ({directories}) => {
      const {writeReviewReport} = await import('caveat-health')
      await writeReviewReport({inputDir: contentDir, outputDir: directories.output})
    })
  }

  // A page of an article deleted since the last build must not stay in the output (and be
  // deployed): after every full build, pages this build did not write are removed.
  eleventyConfig.on('eleventy.after', ({directories, results, outputMode, incremental}) => {
    if (outputMode !== 'fs' || incremental) return
    const removed = removeOrphanPages(directories.output, results, {keep: ['assets', 'pagefind', '_review']})
    for (const file of removed) console.log(`[caveat] removed ${path.join(directories.output, file)}: no page builds it any more`)
  })
  // Then the search index of what was built (Pagefind, into <output>/pagefind/).
  eleventyConfig.on('eleventy.after', async ({directories, outputMode}) => {
    if (outputMode !== 'fs') return
    const {pages} = await writeSearchIndex(directories.output)
    console.log(`[caveat] search index (articles only) written to ${path.join(directories.output, "pagefind")} from ${pages} pages`)
  })

  eleventyConfig.addGlobalData('preview', preview)
  // Articles carry no `layout` in their front matter: every markdown file in content/ is an article.
  eleventyConfig.addGlobalData('layout', 'layouts/article.njk')

  // Drafts are never built for publishing. Preview builds render them (marked `caveatDraft`,
  // listed only on the preview home page), so editors see every finding in the page.
  eleventyConfig.addPreprocessor('caveat-drafts', '*', function (data) {
    if (!draft(data, this.inputPath)) return
    if (!preview) return false
    data.caveatDraft = true
  })

  for (const name of readdirSync(path.join(siteDir, 'pages'))) {
    eleventyConfig.addTemplate(
      `site-pages/${name}`,
      readFileSync(path.join(siteDir, 'pages', name), 'utf8')
    )
  }

  // Published articles, newest first. Drafts never reach here (preprocessor above); the
  // filter is a second lock so a collection can never list one.
  const publishedArticles = (collectionApi) =>
    collectionApi
      .getAll()
      .filter((item) => item.inputPath.endsWith('.md') && !draft(item.data, item.inputPath))
      .sort(byNewest)
  eleventyConfig.addCollection('articles', publishedArticles)
  // Preview only (drafts are dropped otherwise): the drafts, for the preview home page.
  eleventyConfig.addCollection('drafts', (collectionApi) =>
    collectionApi.getAll().filter((item) => item.data.caveatDraft === true).sort(byNewest)
  )
  // `[{name, slug, articles}]`, one tag page each (site/pages/topic.njk).
  eleventyConfig.addCollection('topics', (collectionApi) =>
    groupByTag(publishedArticles(collectionApi), eleventyConfig.getFilter('slugify'))
  )

  eleventyConfig.addFilter('isoDate', isoDate)
  eleventyConfig.addFilter('readableDate', readableDate)
  eleventyConfig.addFilter('personName', personName)
  eleventyConfig.addFilter('wrapTables', wrapTables)
  eleventyConfig.addFilter('toDate', toDateFilter)
  eleventyConfig.addFilter('newestReview', newestReview)
  eleventyConfig.addFilter('topicLabel', topicLabel)
  eleventyConfig.addFilter('smartQuotes', smartQuotes)
  // "Next review due": the review interval is the one `caveat lint` enforces (`stale-review`).
  const reviewMonths = caveatConfig.lint?.staleReviewMonths ?? 12
  eleventyConfig.addFilter('nextReviewDue', function (lastReviewed) {
    return addMonths(lastReviewed, reviewMonths, this?.page)
  })

  eleventyConfig.addPassthroughCopy({[fromCwd(path.join(siteDir, 'assets'))]: 'assets'})
  eleventyConfig.addWatchTarget(fromCwd(siteDir))
  eleventyConfig.addWatchTarget(fromCwd(path.join(rootDir, 'caveat.config.mjs')))

  return {
    dir: {
      input: contentDir,
      includes: fromInput('_includes'),
      data: fromInput('_data'),
      output: '_site'
    },
    // GitHub Pages project sites live under /<repo>/: the HTML base plugin (added by the RSS
    // plugin) rewrites root-relative URLs in the HTML, and `htmlBaseUrl` adds it to absolute ones.
    pathPrefix: process.env.PATH_PREFIX || '/',
    templateFormats: ['md', 'njk'],
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk'
  }
}

/** The plugin is TypeScript compiled into its dist/ by `npm run compile` (`tsc -b`). */
async function loadHealthClaimsPlugin() {
  try {
    return (await import('eleventy-plugin-health-claims')).default
  } catch (error) {
    // Not built yet is the common case on a fresh checkout; anything else is a real bug: rethrow it.
    if (/** @type {{code?: string}} */ (error).code !== 'ERR_MODULE_NOT_FOUND') throw error
    throw new Error(
      'site/eleventy.config.js: cannot load eleventy-plugin-health-claims. Build the packages first: `npm run compile`.',
      {cause: error}
    )
  }
}
