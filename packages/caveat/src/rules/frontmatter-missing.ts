import type {TreeRule} from './types.js'
import {reportFrontmatter} from './frontmatter-problems.js'

/** Every article starts with its front matter. */
export const rule: TreeRule<'frontmatter-missing'> = {
  id: 'frontmatter-missing',
  stage: 'tree',
  defaultSeverity: 'error',
  description: 'The article starts with a YAML front matter block',
  why: 'Title, author, reviewer and dates live in the front matter; without it none of them can be shown or checked.',
  fix: 'Start the file with a `---` block holding title, description, author, reviewedBy, datePublished and lastReviewed',
  examples: {
    ok: [{title: 'A front matter block', markdown: '---\ntitle: Heat or ice\ndescription: Which helps.\n---\n\nText.\n'}],
    notOk: [{title: 'A heading where the front matter should be', markdown: '# Heat or ice\n\nText.\n', lines: [1]}]
  },
  check(tree, {report}) {
    reportFrontmatter('frontmatter-missing', tree, report)
  }
}
