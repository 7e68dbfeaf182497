/**
 * The schema of `caveat.config.{js,mjs,json}`: one file for the whole publication,
 * so the linter, the Eleventy build and the accessibility check apply one policy.
 */
import {z} from 'zod'
// The options subpath loads the schema without the classifier: every command reads the config.
import {publicationOptionsSchema, type PublicationOptions as ClaimsOptions} from 'remark-health-claims/options'
// The config subpath only: the package's index also loads the browser stack (puppeteer, pa11y),
// which every process that reads a config (lint workers, the language server) would pay for.
import {a11yConfigSchema, type A11yConfig, type A11yConfigInput} from 'caveat-a11y/config'
import {reportConfigSchema, type ReportConfig} from '../report-html/config.js'

export const severitySchema = z.enum(['off', 'warn', 'error', 'info'], {
  message: 'expected "off", "info", "warn" or "error"'
})
export type RuleSeverity = z.infer<typeof severitySchema>

/**
 * `claims`: remark-health-claims' own schema of the options a publication sets once (the
 * Eleventy plugin validates its `claims` with the same one), so the two can never disagree.
 */
const claimsSchema = publicationOptionsSchema

export const lintSchema = z.strictObject({
  /** Files or globs linted when `caveat lint` gets no paths. */
  content: z.union([z.string(), z.array(z.string())]).default(['content/**/*.md']),
  /** Globs never linted. */
  ignore: z.array(z.string()).default([]),
  /** Rule id → severity. Ids: Caveat's own, remark-health-claims', and remark-lint's (`no-literal-urls` or `remark-lint:no-literal-urls`). */
  rules: z.record(z.string(), severitySchema).default({}),
  readability: z
    .strictObject({
      /** Flesch-Kincaid grade above which `readability-grade` warns. */
      targetGrade: z.number().positive().default(8),
      /** How many of the hardest paragraphs to list per article. */
      hardest: z.number().int().min(0).default(3)
    })
    .default({targetGrade: 8, hardest: 3}),
  /** `stale-review` when `lastReviewed` is older than this many months. */
  staleReviewMonths: z.number().positive().default(12),
  /** Files larger than this (bytes) are not analysed. */
  maxFileSize: z.number().int().positive().default(2 * 1024 * 1024),
  /** Drafts' problems fail the run too. */
  strictDrafts: z.boolean().default(false),
  /** Where the content-hash cache lives, relative to the project root (the config file's folder). */
  cacheDir: z.string().default('.cache/caveat'),
  /** Base URL of Caveat's rule docs: `<rule id>.md` is appended (default: docs/rules/ in the repository). */
  docsUrl: z.string().optional(),
  /**
   * Also render each analysed article into eleventy-plugin-health-claims' cache (`true`: its
   * default folder `.cache/caveat/eleventy`; or a folder), so the site build after lint renders
   * nothing again. The site must give the plugin this config's `claims` and `html`.
   */
  renderCache: z.union([z.boolean(), z.string().min(1)]).default(false)
})

/** The site's HTML policy (caveat-html-policy), read by `caveat lint` (`raw-html`) and the site build. */
export const htmlSchema = z.strictObject({
  /** Hosts whose `<iframe>` embeds are published (`www.youtube-nocookie.com`, `*.example.org`). */
  embedHosts: z.array(z.string().min(1)).default([])
})

/**
 * The sections of the config, one per stage: each stage owns its schema (lint and claims here,
 * `a11y` exported by caveat-a11y, `report` in src/report-html/config.ts) and registers it in this
 * table. A key that is not a section is an error (with a suggestion), never silently ignored.
 */
export const configSections = {
  claims: claimsSchema.optional(),
  html: htmlSchema.default({embedHosts: []}),
  lint: lintSchema.default(lintSchema.parse({})),
  a11y: a11yConfigSchema.default(a11yConfigSchema.parse({})),
  report: reportConfigSchema.default(reportConfigSchema.parse({}))
}

export const configSchema = z.strictObject(configSections)

/** What a `caveat.config.*` file exports (before defaults are applied). */
export interface CaveatConfig {
  /** Options for remark-health-claims. */
  claims?: ClaimsOptions
  lint?: Partial<z.input<typeof lintSchema>>
  /** The HTML policy shared by `caveat lint` and the site build. */
  html?: z.input<typeof htmlSchema>
  /** Options for `caveat a11y` (see docs/a11y.md). */
  a11y?: A11yConfigInput
  /** Defaults of `caveat report`. */
  report?: z.input<typeof reportConfigSchema>
}

export type LintSettings = z.output<typeof lintSchema>

/** A validated configuration with defaults applied. */
export interface ResolvedConfig {
  /** Absolute path of the file it came from, if any. */
  path?: string | undefined
  /**
   * The project root: the folder of the config file found by searching up (with --config, or
   * without a config: the nearest folder with a package.json or .git, else the working
   * directory). Caches, `.caveatignore` and the config's globs are relative to it.
   */
  root: string
  claims: ClaimsOptions
  lint: LintSettings
  html: z.output<typeof htmlSchema>
  a11y: A11yConfig
  report: ReportConfig
  raw: Record<string, unknown>
}
