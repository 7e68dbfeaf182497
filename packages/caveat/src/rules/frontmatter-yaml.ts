import type {RuleMeta} from './types.js'

/** Implemented in lint/frontmatter.ts. */
export const meta: RuleMeta = {
  id: 'frontmatter-yaml',
  description: 'The front matter is valid YAML',
  rationale: 'A YAML error makes the whole front matter unreadable to the site build: the page would lose its title, dates and disclaimers.',
  severity: 'error',
  note: 'Fix the YAML syntax (check indentation, unclosed quotes and `key: value` pairs)',
  examples: {
    ok: [{markdown: '---\ntitle: "Heat: or ice?"\ndescription: Which helps.\n---\n\nText.\n'}],
    notOk: [{markdown: '---\ntitle: Heat or ice\ndescription: Heat: or ice?\n---\n\nText.\n', lines: [3]}]
  }
}
