import type {TreeRule} from './types.js'
import {reportFrontmatter} from './frontmatter-problems.js'

/** The front matter fields have the types the site reads (lint/frontmatter-schema.ts). */
export const rule: TreeRule<'frontmatter-schema'> = {
  id: 'frontmatter-schema',
  stage: 'tree',
  defaultSeverity: 'error',
  description: 'The front matter fields have the right types: required title and description, ISO dates, lists of tags and sources',
  why: 'The site and the reviewer report read these fields; a wrong type silently drops a date or a source.',
  fix: 'Correct the field as the message says (see “Front matter” in the caveat readme)',
  examples: {
    ok: [
      {
        title: 'Title, description, an ISO date and a source',
        markdown: '---\ntitle: Heat or ice\ndescription: Which helps.\ndatePublished: 2025-01-10\nsources:\n  - title: NHS back pain\n    url: https://www.nhs.uk/conditions/back-pain/\n---\n\nText.\n'
      }
    ],
    notOk: [
      {title: 'A date that is not ISO', markdown: '---\ntitle: Heat or ice\ndescription: Which helps.\ndatePublished: 10/01/2025\n---\n\nText.\n', lines: [4]},
      {title: 'No description', markdown: '---\ntitle: Heat or ice\n---\n\nText.\n', lines: [1]}
    ]
  },
  check(tree, {report}) {
    reportFrontmatter('frontmatter-schema', tree, report)
  }
}
