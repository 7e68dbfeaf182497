/**
 * The front matter every article must carry. Unknown keys (layout, permalink…)
 * are allowed: Eleventy and the site use their own.
 */
import {z} from 'zod'

const isoDate = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10)
    if (!/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
      ctx.addIssue({code: 'custom', message: `expected an ISO 8601 date such as 2025-03-14, got "${value}"`})
      return z.NEVER
    }
    return value
  })

const person = z.union([z.string().min(1, 'must not be empty'), z.array(z.string().min(1)).min(1)])

export const sourceSchema = z.object({
  title: z.string().min(1, 'must not be empty'),
  url: z.url({message: 'expected an absolute URL such as https://www.nhs.uk/…'}),
  publisher: z.string().optional(),
  accessed: isoDate.optional()
})

export const frontmatterSchema = z.looseObject({
  title: z.string({message: 'expected the article title (text)'}).min(1, 'must not be empty'),
  description: z.string({message: 'expected a one-sentence summary (text)'}).min(1, 'must not be empty'),
  author: person.optional(),
  reviewedBy: person.optional(),
  datePublished: isoDate.optional(),
  lastReviewed: isoDate.optional(),
  tags: z.array(z.string()).optional(),
  draft: z.boolean({message: 'expected true or false'}).optional(),
  disclaimers: z.union([z.literal(false), z.array(z.string())], {message: 'expected false or a list of disclaimer ids'}).optional(),
  sources: z.array(sourceSchema).optional(),
  disclosure: z.string().optional(),
  sponsored: z.boolean().optional()
})

export type Frontmatter = z.infer<typeof frontmatterSchema>
