import type {RuleMeta} from './types.js'

/** Implemented in lint/frontmatter.ts against lint/frontmatter-schema.ts. */
export const meta: RuleMeta = {
  id: 'frontmatter-schema',
  description: 'The front matter fields have the right types: required title and description, ISO dates, lists of tags and sources',
  rationale: 'The site and the reviewer report read these fields; a wrong type silently drops a date or a source.',
  severity: 'error',
  note: 'Correct the field as the message says (see “Front matter” in this readme)',
  examples: {
    ok: [{markdown: '---\ntitle: Heat or ice\ndescription: Which helps.\ndatePublished: 2025-01-10\nsources:\n  - title: NHS back pain\n    url: https://www.nhs.uk/conditions/back-pain/\n---\n\nText.\n'}],
    notOk: [
      {markdown: '---\ntitle: Heat or ice\ndescription: Which helps.\ndatePublished: 10/01/2025\n---\n\nText.\n', lines: [4]},
      {markdown: '---\ntitle: Heat or ice\n---\n\nText.\n', lines: [1]}
    ]
  }
}
