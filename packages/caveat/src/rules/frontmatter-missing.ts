import type {RuleMeta} from './types.js'

/** Implemented in lint/frontmatter.ts (it needs the parse). */
export const meta: RuleMeta = {
  id: 'frontmatter-missing',
  description: 'The article starts with a YAML front matter block',
  rationale: 'Title, author, reviewer and dates live in the front matter; without it none of them can be shown or checked.',
  severity: 'error',
  note: 'Start the file with a `---` block holding title, description, author, reviewedBy, datePublished and lastReviewed',
  examples: {
    ok: [{markdown: '---\ntitle: Heat or ice\ndescription: Which helps.\n---\n\nText.\n'}],
    notOk: [{markdown: '# Heat or ice\n\nText.\n', lines: [1]}]
  }
}
