import type {DocumentRule} from './types.js'

/** JAMA benchmark 4: dates of publication and review are shown. */
export const rule: DocumentRule<'jama-currency'> = {
  id: 'jama-currency',
  stage: 'document',
  description: 'The article has `datePublished` and `lastReviewed` dates',
  why:
    'Currency is the fourth JAMA benchmark: medical advice changes, so readers need to see when content was posted and last checked.',
  defaultSeverity: 'error',
  fix: 'Add `datePublished:` and `lastReviewed:` (ISO dates such as 2025-03-14) to the front matter',
  examples: {
    ok: [{title: 'Both dates', markdown: '---\ntitle: T\ndescription: D\ndatePublished: 2025-01-10\nlastReviewed: 2025-01-10\n---\n\nText.\n', today: '2025-06-01'}],
    notOk: [{title: 'No `lastReviewed`', markdown: '---\ntitle: T\ndescription: D\ndatePublished: 2025-01-10\n---\n\nText.\n', lines: [1], today: '2025-06-01'}]
  },
  check(facts) {
    if (!facts.frontmatter) return []
    const missing = ['datePublished', 'lastReviewed'].filter((key) => !facts.frontmatter?.[key])
    if (missing.length === 0) return []
    return [
      {
        message: `Currency: ${missing.map((k) => `\`${k}\``).join(' and ')} missing from the front matter`,
        note: `Add ${missing.map((k) => `\`${k}:\``).join(' and ')} (ISO dates such as 2025-03-14)`,
        line: facts.frontmatterLine
      }
    ]
  }
}
