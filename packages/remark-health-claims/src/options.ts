/**
 * The one schema of remark-health-claims' options. The plugin validates with it, and so do
 * the tools that carry these options in their own configuration (`caveat.config.*`'s `claims`,
 * eleventy-plugin-health-claims' `claims`): one list of options, one set of messages.
 */
import {z} from 'zod'
import type {Options} from './types.js'
import {rules} from './rules/index.js'
import {compileTopics} from './disclaimers/topics.js'

/** A bad option: every problem on its own line, each naming the option, what it must be and what it got. */
export class OptionsError extends TypeError {
  /** One entry per problem: `path` is the option (`scope`, `sources.trusted`), `message` what is wrong. */
  readonly issues: ReadonlyArray<{path: string; message: string}>

  constructor(issues: ReadonlyArray<{path: string; message: string}>, label = 'remark-health-claims') {
    super(issues.map((issue) => `${label}: ${issue.path ? `\`${issue.path}\` ` : 'options '}${issue.message}`).join('\n'))
    this.name = 'OptionsError'
    this.issues = issues
  }
}

/** Shows a received value in a message: strings quoted, objects as JSON, cut short. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return String(value)
  let text: string
  try {
    text = value instanceof RegExp ? String(value) : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return text.length > 60 ? text.slice(0, 57) + '…' : text
}

const must = (what: string) => ({error: (issue: {input?: unknown}) => `must be ${what}; got ${show(issue.input)}`})
const list = (values: readonly string[]) => {
  const quoted = values.map((value) => `'${value}'`)
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
}

const ruleIds = rules.map((rule) => rule.id)
const scopes = ['sentence', 'paragraph', 'section', 'document'] as const
const severities = ['error', 'warn', 'off'] as const
const disclaimerIds = ['medical', 'advice', 'supplement'] as const

const severity = z.enum(severities, must(`one of ${list(severities)}`))

const ruleSeverities = z.record(z.string(), z.unknown(), must('an object of rule ids to severities')).superRefine((value, context) => {
  for (const [id, level] of Object.entries(value)) {
    if (!(ruleIds as string[]).includes(id)) {
      context.addIssue({code: 'custom', message: `has an unknown rule \`${id}\`; known rules: ${ruleIds.join(', ')}`})
    } else if (!severity.safeParse(level).success) {
      context.addIssue({code: 'custom', path: [id], message: `must be ${list(severities)}; got ${show(level)}`})
    }
  }
})

const hosts = z.array(z.string(), must("a list of host names (like 'example.org' or '*.example.org')"))

/** Topic disclaimers are checked by the code that compiles them, so the checks and their messages live in one place. */
const topics = z.unknown().superRefine((value, context) => {
  try {
    compileTopics(value)
  } catch (error) {
    // `remark-health-claims: \`options.topics[0].id\` must be …` → at `[0].id`, `must be …`
    const text = String((error as Error).message).replace(/^remark-health-claims: /, '')
    const named = /^`options\.topics([^`]*)`\s*(.*)$/s.exec(text)
    context.addIssue({code: 'custom', message: named ? (named[2] ?? text) : text, params: {at: named?.[1] ?? ''}})
  }
})

const shape = {
  scope: z.enum(scopes, must(`one of ${list(scopes)}`)).optional(),
  minConfidence: z.number(must('a number from 0 to 1')).min(0, must('a number from 0 to 1')).max(1, must('a number from 0 to 1')).optional(),
  rules: ruleSeverities.optional(),
  sources: z
    .strictObject(
      {trusted: hosts.optional(), untrusted: hosts.optional(), replaceDefaults: z.boolean(must('true or false')).optional()},
      must('an object `{trusted?, untrusted?, replaceDefaults?}`')
    )
    .optional(),
  disclaimers: z
    .union(
      [
        z.literal(false),
        z.array(z.enum(disclaimerIds)),
        z.strictObject({medical: z.boolean().optional(), advice: z.boolean().optional(), supplement: z.boolean().optional()})
      ],
      must(`false, a list of ${list(disclaimerIds)}, or an object of those ids to true/false`)
    )
    .optional(),
  locale: z.string(must('a language tag such as en-GB')).optional(),
  topics: topics.optional(),
  frontmatter: z.record(z.string(), z.unknown(), must('an object (the page’s front matter)')).optional(),
  annotate: z.boolean(must('true or false')).optional(),
  docsUrl: z.string(must('a URL ending in /')).optional()
}

const unknownKey = (known: readonly string[]) => (issue: {code?: string; input?: unknown}) =>
  issue.code === 'unrecognized_keys' ? `is not an option of remark-health-claims (known options: ${known.join(', ')})` : `must be an object of options; got ${show(issue.input)}`

/** Every option of the plugin. Unknown keys are rejected: a typo must not silently change nothing. */
export const optionsSchema = z.strictObject(shape, {error: unknownKey(Object.keys(shape))})

/**
 * The options a publication sets once for all its pages (`caveat.config.*`'s `claims`, the
 * Eleventy plugin's `claims`): everything but `frontmatter` (each page's own) and `annotate`
 * (a property of one build: the Eleventy plugin's `mode: 'preview'`).
 */
const {frontmatter: _frontmatter, annotate: _annotate, ...publicationShape} = shape
export const publicationOptionsSchema = z.strictObject(publicationShape, {
  error: (issue) =>
    issue.code === 'unrecognized_keys' && issue.keys.some((key) => key === 'annotate' || key === 'frontmatter')
      ? 'is not set in a publication’s configuration: `annotate` follows the build (eleventy-plugin-health-claims: use `mode: \'preview\'`), `frontmatter` is each page’s own'
      : unknownKey(Object.keys(publicationShape))(issue)
})

/** The options of one publication (see `publicationOptionsSchema`). */
export type PublicationOptions = Omit<Options, 'frontmatter' | 'annotate'>

function issuesOf(error: z.ZodError): Array<{path: string; message: string}> {
  return error.issues.flatMap((issue) => {
    const suffix = issue.code === 'custom' && typeof issue.params?.['at'] === 'string' ? issue.params['at'] : ''
    const at = issue.path.map(String).join('.') + suffix
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({path: at ? `${at}.${key}` : key, message: issue.message}))
    return [{path: at, message: issue.message}]
  })
}

export interface ParseOptionsSettings {
  /** `'publication'`: reject `frontmatter` and `annotate` (see `publicationOptionsSchema`). Default `'plugin'`. */
  schema?: 'plugin' | 'publication'
  /** Prefix of each message line (`caveat.config.mjs: claims`). Default `remark-health-claims`. */
  label?: string
}

/**
 * Validate options; returns them typed, or throws an `OptionsError` listing every problem.
 * `undefined` and `null` are no options.
 */
export function parseOptions(value: unknown, settings: ParseOptionsSettings = {}): Options {
  const schema = settings.schema === 'publication' ? publicationOptionsSchema : optionsSchema
  const result = schema.safeParse(value ?? {})
  if (!result.success) throw new OptionsError(issuesOf(result.error), settings.label)
  return result.data as Options
}

// The schema and the `Options` type describe the same options: compilation fails when they drift.
type SchemaKeys = keyof z.input<typeof optionsSchema>
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const sameKeys: Same<SchemaKeys, keyof Options> = true
void sameKeys
