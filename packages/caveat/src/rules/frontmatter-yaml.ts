import type {TreeRule} from './types.js'
import {reportFrontmatter} from './frontmatter-problems.js'

/** The front matter parses as YAML. */
export const rule: TreeRule<'frontmatter-yaml'> = {
  id: 'frontmatter-yaml',
  stage: 'tree',
  defaultSeverity: 'error',
  description: 'The front matter is valid YAML',
  why: 'A YAML error makes the whole front matter unreadable to the site build: the page would lose its title, dates and disclaimers.',
  fix: 'Fix the YAML syntax (check indentation, unclosed quotes and `key: value` pairs)',
  examples: {
    ok: [{title: 'A value with a colon, quoted', markdown: '---\ntitle: "Heat: or ice?"\ndescription: Which helps.\n---\n\nText.\n'}],
    notOk: [{title: 'A value with a colon, unquoted', markdown: '---\ntitle: Heat or ice\ndescription: Heat: or ice?\n---\n\nText.\n', lines: [3]}]
  },
  check(tree, {report}) {
    reportFrontmatter('frontmatter-yaml', tree, report)
  }
}
