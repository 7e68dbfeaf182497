import {z} from 'zod'

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

const severity = z.enum(['error', 'warn', 'off'], must("'error', 'warn' or 'off'"))

const topic = z.object(
  {
    id: z.string(must('a string')).min(1, 'must not be empty'),
    match: z.union([z.string(), z.array(z.string()), z.instanceof(RegExp)], must('a word, a list of words or a RegExp')),
    title: z.string(must('a string')),
    text: z.string(must('a string (markdown)')),
    position: z.enum(['start', 'end', 'before-first-match'], must("'start', 'end' or 'before-first-match'")).optional()
  },
  must('an object `{id, match, title, text, position?}`')
)

/**
 * The part of remark-health-claims' options this plugin checks itself, so a typo fails at
 * config time with the option's name rather than deep inside a worker.
 * Unknown keys pass through: remark-health-claims may grow options this plugin doesn't know yet.
 */
const claims = z
  .looseObject(
    {
      scope: z.enum(['sentence', 'paragraph', 'section', 'document'], must("'sentence', 'paragraph', 'section' or 'document'")).optional(),
      rules: z.record(z.string(), severity, must('an object of rule ids to severities')).optional(),
      sources: z
        .object(
          {
            trusted: z.array(z.string(), must('a list of hosts')).optional(),
            untrusted: z.array(z.string(), must('a list of hosts')).optional(),
            replaceDefaults: z.boolean(must('a boolean')).optional()
          },
          must('an object `{trusted?, untrusted?, replaceDefaults?}`')
        )
        .optional(),
      disclaimers: z
        .union(
          [
            z.literal(false),
            z.array(z.enum(['medical', 'advice', 'supplement'])),
            z.strictObject({medical: z.boolean().optional(), advice: z.boolean().optional(), supplement: z.boolean().optional()})
          ],
          must("false, a list of 'medical', 'advice', 'supplement', or {medical?, advice?, supplement?} of booleans")
        )
        .optional(),
      locale: z.string(must('a language tag such as en-GB')).optional(),
      topics: z.array(topic, must('a list of topic disclaimers')).optional(),
      docsUrl: z.string(must('a string')).optional(),
      frontmatter: z.undefined(must('left out: this plugin passes each page’s front matter itself')).optional(),
      annotate: z.undefined(must("left out: use `mode: 'preview'` to annotate")).optional()
    },
    must('an object of remark-health-claims options')
  )
  .optional()

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
