import type {DocumentRule} from './types.js'

const fm = (body: string) => `---\ntitle: Heat or ice for back pain\ndescription: Which helps more.\n${body}---\n\nText.\n`

/** JAMA benchmark 1: authors (and, for health content, a qualified reviewer) are named. */
export const rule: DocumentRule<'jama-authorship'> = {
  id: 'jama-authorship',
  stage: 'document',
  description: 'The article names its author (`author`) and the expert who reviewed it (`reviewedBy`)',
  why:
    'Authorship is the first of the JAMA benchmarks for health information (Silberg et al., 1997): readers must be able to see who wrote and who checked the advice.',
  defaultSeverity: 'error',
  fix: 'Add `author:` and `reviewedBy:` (name and credentials) to the front matter',
  examples: {
    ok: [{title: 'Author and reviewer named', markdown: fm('author: Sam Lee\nreviewedBy: Dr Ada Okafor, GP\n')}],
    notOk: [
      {title: 'No reviewer', markdown: fm('author: Sam Lee\n'), lines: [1]},
      {title: 'No author', markdown: fm('reviewedBy: Dr Ada Okafor\n'), lines: [1]}
    ]
  },
  check(facts) {
    if (!facts.frontmatter) return []
    const missing = ['author', 'reviewedBy'].filter((key) => {
      const value = facts.frontmatter?.[key]
      return !(typeof value === 'string' ? value.trim() : Array.isArray(value) && value.length > 0)
    })
    if (missing.length === 0) return []
    return [
      {
        message: `Authorship: ${missing.map((k) => `\`${k}\``).join(' and ')} missing from the front matter`,
        note: `Add ${missing.map((k) => `\`${k}:\``).join(' and ')} to the front matter (name and credentials)`,
        line: facts.frontmatterLine
      }
    ]
  }
}
