/**
 * Public types of eleventy-plugin-health-claims.
 */
import type {HtmlPolicyOptions} from 'caveat-html-policy'
import type {HealthClaimsLedger, Options as ClaimsOptions} from 'remark-health-claims'

export type {HealthClaimsLedger, ClaimsOptions, HtmlPolicyOptions}

/** `publish` fails the build on error-level findings in published pages; `preview` highlights them instead. */
export type Mode = 'publish' | 'preview'

/** Options of the Eleventy plugin (`eleventyConfig.addPlugin(healthClaims, options)`). */
export interface PluginOptions {
  /** Default `'publish'`. */
  mode?: Mode | undefined
  /**
   * Options passed to remark-health-claims (scope, rules, sources, disclaimers, topics, docsUrl).
   * `frontmatter` and `annotate` are set by this plugin per page.
   */
  claims?: Omit<ClaimsOptions, 'frontmatter' | 'annotate'> | undefined
  /**
   * The HTML policy (`caveat-html-policy`): raw HTML is reparsed and sanitised with GitHub's
   * schema plus details/summary, abbr, sup/sub and figure; `<iframe>`s are kept only from
   * `embedHosts`. The same options as `html` in caveat.config.mjs, so lint reports what is removed.
   */
  html?: HtmlPolicyOptions | undefined
  /**
   * Folder of the content-hash cache of rendered articles, relative to the working directory,
   * or `false` to turn the on-disk cache off. Default `.cache/caveat/eleventy`.
   */
  cacheDir?: string | false | undefined
  /** Worker threads that render markdown; `0` renders on the main thread. Default: available cores, at most 4. */
  workers?: number | undefined
  /** Absolute URL of the site (`https://example.org/`), used to make JSON-LD `url`s absolute. */
  baseUrl?: string | undefined
  /** Publisher in JSON-LD (`{name, url?}`). */
  publisher?: {name: string; url?: string | undefined} | undefined
  /** Default `medicalAudience` (`audienceType`) when a page has no `audience`. Default `'Patient'`. */
  audience?: string | undefined
}

/** A vfile message, made plain so it can cross threads and be cached. */
export interface ArticleMessage {
  reason: string
  severity: 'error' | 'warning' | 'info'
  ruleId?: string | undefined
  source?: string | undefined
  url?: string | undefined
  note?: string | undefined
  /** 1-indexed, in the source file (front matter lines included). */
  line?: number | undefined
  column?: number | undefined
  endLine?: number | undefined
  endColumn?: number | undefined
}

/** A numbered citation marker the plugin put in a page's body after a link to one of its sources. */
export interface Citation {
  /** The source's place in the front matter `sources` list (1-based). */
  source: number
  /** The number the reader sees: sources are numbered in the order the text first cites them. */
  number: number
  /** `id` of the marker (`cite-2-1`: the first citation of source number 2), for links back to it. */
  id: string
}

/** What rendering one markdown file produces (and what the cache stores). */
export interface RenderedArticle {
  html: string
  ledger: HealthClaimsLedger
  messages: ArticleMessage[]
  /** Citation markers in the body, in document order. */
  citations: Citation[]
}

/** One entry of the front matter `sources` list, normalised. */
export interface Source {
  /**
   * 1-based number, for a numbered "Sources" list and the `[n]` markers in the text: sources
   * the text cites come first, in the order it first cites them, then the others in front
   * matter order. From a plain list (`sources | healthSources`), the front matter order.
   */
  number: number
  /** Whether the body links to it (then it has markers); sources nothing cites are further reading. */
  cited?: boolean | undefined
  /** `id`s of the markers citing it, in document order (link back to each with `#id`). */
  citations?: string[] | undefined
  title: string
  url: string
  publisher?: string | undefined
  /** Host name of `url` (`www.nhs.uk`). */
  host: string
}

/** A person or organisation named in front matter (`author`, `reviewedBy`). */
export interface Agent {
  name: string
  url?: string | undefined
  type: 'Person' | 'Organization'
}

/** What the plugin keeps about a page it rendered, for the filters used in layouts. */
export interface PageRecord extends RenderedArticle {
  inputPath: string
  url: string | false | undefined
  draft: boolean
  published: boolean
  meta: ArticleMeta
}

/** The front matter fields that JSON-LD and the article layout use. */
export interface ArticleMeta {
  title?: string | undefined
  description?: string | undefined
  lang?: string | undefined
  datePublished?: string | undefined
  dateModified?: string | undefined
  lastReviewed?: string | undefined
  author: Agent[]
  reviewedBy: Agent[]
  sources: Source[]
  audience?: string | undefined
  tags: string[]
}

/** Counts for one build, logged after it and readable with `getStats` (tests, benchmarks). */
export interface BuildStats {
  /** Markdown pages rendered through this plugin. */
  pages: number
  /** Renders served from the on-disk cache (prerenders of pages Eleventy then dropped included). */
  cacheHits: number
  /** Renders done (in a worker or on the main thread), counted the same way. */
  rendered: number
  /** Renders started before Eleventy asked for them (while it was reading data). */
  prerendered: number
  /** Prerenders thrown away because the page's data differed from its own front matter. */
  prerenderMisses: number
  /**
   * Worker threads started. 0 when every page came from the cache, or when the few that
   * changed were rendered on the main thread (the first render of a build with a cache is:
   * an edit to one article doesn't pay for starting a thread and loading its modules).
   */
  workerThreads: number
  errors: number
  warnings: number
}
