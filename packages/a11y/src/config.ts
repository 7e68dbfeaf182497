/**
 * The options of a run: the `a11y` section of `caveat.config.*`. Owned here so a config
 * loader (caveat-health's) can delegate to `a11yConfigSchema` and every option is
 * documented and validated in one place.
 */
import {z} from 'zod'
import {optionsDocsUrl} from './docs.js'
import {A11yUsageError} from './errors.js'

export const a11yConfigSchema = z
  .object({
    /** WCAG level to test to (inclusive of the levels below). */
    standard: z.enum(['WCAG2A', 'WCAG2AA', 'WCAG2AAA']).default('WCAG2AA'),
    /** WCAG version: 2.2 adds axe's WCAG 2.2 rules (target size) and treats 4.1.1 Parsing (obsolete in 2.2) as a warning. HTML_CodeSniffer tests 2.1 either way. */
    wcagVersion: z.enum(['2.0', '2.1', '2.2']).default('2.1'),
    /** pa11y runners; both by default: they catch different failures. */
    runners: z.array(z.enum(['axe', 'htmlcs'])).min(1).default(['axe', 'htmlcs']),
    /** Rule codes to ignore: axe rule ids (`color-contrast`) or HTML_CodeSniffer codes (`WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail`), case-insensitive. */
    ignore: z.array(z.string().min(1)).default([]),
    /** CSS selector of elements whose issues are dropped (e.g. third-party embeds). */
    hideElements: z.string().min(1).optional(),
    /** Per-page timeout in milliseconds (navigation + both runners). */
    timeout: z.number().int().positive().default(30_000),
    /** Pages checked at once in the one shared browser; default: number of CPU cores. */
    concurrency: z.number().int().positive().optional(),
    /** Retries for a page that crashed or timed out before it is reported as failed to run. */
    retries: z.number().int().min(0).max(5).default(1),
    /** Keep axe's needs-review results and best-practice rules as warnings (they are never errors). */
    warnings: z.boolean().default(true),
    /** Also keep HTML_CodeSniffer's warnings (heuristics such as "check that this is a heading"): noisy, off by default. */
    htmlcsWarnings: z.boolean().default(false),
    /** Viewport the pages are checked at. */
    viewport: z.object({width: z.number().int().positive(), height: z.number().int().positive()}).default({width: 1280, height: 1024}),
    /** Browser binary; `CHROME_PATH` wins over it. */
    executablePath: z.string().min(1).optional(),
    /** Where the incremental cache lives, relative to the project root (the config file's folder). */
    cacheDir: z.string().min(1).default('.cache/caveat/a11y'),
    /** Source folder whose changes `--changed-since` maps to pages. */
    contentDir: z.string().min(1).default('content'),
    /**
     * Caveat's checks beyond axe and HTML_CodeSniffer, each on by default; `false` turns one off.
     * See docs/checks.md, "Browser checks".
     */
    checks: z
      .object({
        /** 2.1.1, 2.1.2, 2.4.3, 2.4.7: tab through the page (traps, unreachable and mouse-only controls, focus order, invisible focus). */
        keyboard: z.boolean().default(true),
        /** 1.4.4, 1.4.10: text at 200 % and a 320 CSS px viewport (clipped text, two-dimensional scrolling). */
        reflow: z.boolean().default(true),
        /** 1.4.12: WCAG text spacing (clipped or overlapping text). */
        textSpacing: z.boolean().default(true),
        /** 1.3.4: content rotated or hidden by an orientation media query. */
        orientation: z.boolean().default(true),
        /** 2.5.3: axe's label-content-name-mismatch (shipped disabled by axe). */
        labelInName: z.boolean().default(true),
        /** 4.1.2: axe's aria-prohibited-attr, graded as an error even where axe asks for review (an element with text). */
        ariaProhibited: z.boolean().default(true)
      })
      .strict()
      .prefault({})
  })
  .strict()

export type A11yConfig = z.infer<typeof a11yConfigSchema>
export type A11yConfigInput = z.input<typeof a11yConfigSchema>

export class A11yConfigError extends A11yUsageError {
  constructor(message: string) {
    super(message)
    this.name = 'A11yConfigError'
  }
}

/** Validate an `a11y` section, with errors that name the file and the option. */
export function parseA11yConfig(section: unknown, file = 'caveat.config'): A11yConfig {
  const result = a11yConfigSchema.safeParse(section ?? {})
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => `  a11y.${issue.path.join('.') || '(section)'}: ${issue.message}`)
  throw new A11yConfigError(`${file}: invalid \`a11y\` options:\n${problems.join('\n')}\nSee ${optionsDocsUrl} for every option.`)
}
