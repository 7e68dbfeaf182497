import {z} from 'zod'
import {publicationOptionsSchema} from 'remark-health-claims/options'

/** Shows a received value in an error message: strings quoted, objects as JSON, cut short. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return String(value)
  let text: string
  try {
    text = value instanceof RegExp ? String(value) : JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return text.length > 60 ? text.slice(0, 57) + '…' : text
}

const must = (what: string) => ({
  error: (issue: {input?: unknown}) => `must be ${what}, got ${show(issue.input)}`
})

/**
 * `claims`: remark-health-claims' own schema of a publication's options (caveat's config
 * validates its `claims` with the same one). It rejects unknown keys, `frontmatter` (this
 * plugin passes each page's front matter itself) and `annotate` (`mode: 'preview'` does that).
 */
const claims = publicationOptionsSchema.optional()

export const optionsSchema = z.strictObject(
  {
    mode: z.enum(['publish', 'preview'], must("'publish' or 'preview'")).optional(),
    claims,
    html: z
      .strictObject({embedHosts: z.array(z.string(), must('a list of host names')).optional()}, must('an object `{embedHosts?}`'))
      .optional(),
    cacheDir: z.union([z.string().min(1), z.literal(false)], must('a folder path or false')).optional(),
    workers: z.number(must('a whole number ≥ 0')).int(must('a whole number ≥ 0')).min(0, must('a whole number ≥ 0')).max(64, must('at most 64')).optional(),
    baseUrl: z.url(must('an absolute URL such as https://example.org/')).optional(),
    publisher: z
      .object({name: z.string(must('a string')), url: z.url(must('an absolute URL')).optional()}, must('an object `{name, url?}`'))
      .optional(),
    audience: z.string(must('a string such as Patient or Clinician')).optional()
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `is not an option (known options: mode, claims, html, cacheDir, workers, baseUrl, publisher, audience)`
        : `must be an object of options, got ${show(issue.input)}`
  }
)
