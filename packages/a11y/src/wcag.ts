/**
 * WCAG 2.x success criteria and their conformance levels, and the mapping of
 * axe tags and HTML_CodeSniffer codes onto them. Caveat grades a finding by the
 * criterion it fails, not by axe's "impact": a failure of an A/AA criterion is an
 * error at WCAG2AA even when axe calls it "moderate" (pa11y would say warning).
 */

export type WcagLevel = 'A' | 'AA' | 'AAA'
export type Standard = 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA'

export interface WcagCriterion {
  criterion: string
  level: WcagLevel
}

// WCAG 2.2 success criteria by level (2.2 adds 2.4.11–2.4.13, 2.5.7, 2.5.8, 3.2.6, 3.3.7–3.3.9; 4.1.1 is obsolete but kept for 2.0/2.1).
const levels: Record<WcagLevel, string> = {
  A: '1.1.1 1.2.1 1.2.2 1.2.3 1.3.1 1.3.2 1.3.3 1.4.1 1.4.2 2.1.1 2.1.2 2.1.4 2.2.1 2.2.2 2.3.1 2.4.1 2.4.2 2.4.3 2.4.4 2.5.1 2.5.2 2.5.3 2.5.4 3.1.1 3.2.1 3.2.2 3.2.6 3.3.1 3.3.2 3.3.7 4.1.1 4.1.2',
  AA: '1.2.4 1.2.5 1.3.4 1.3.5 1.4.3 1.4.4 1.4.5 1.4.10 1.4.11 1.4.12 1.4.13 2.4.5 2.4.6 2.4.7 2.4.11 2.5.7 2.5.8 3.1.2 3.2.3 3.2.4 3.3.3 3.3.4 3.3.8 4.1.3',
  AAA: '1.2.6 1.2.7 1.2.8 1.2.9 1.3.6 1.4.6 1.4.7 1.4.8 1.4.9 2.1.3 2.2.3 2.2.4 2.2.5 2.2.6 2.3.2 2.3.3 2.4.8 2.4.9 2.4.10 2.4.12 2.4.13 2.5.5 2.5.6 3.1.3 3.1.4 3.1.5 3.1.6 3.2.5 3.3.5 3.3.6 3.3.9'
}

const criterionLevel = new Map<string, WcagLevel>()
for (const [level, list] of Object.entries(levels) as Array<[WcagLevel, string]>) {
  for (const criterion of list.split(' ')) criterionLevel.set(criterion, level)
}

const levelRank: Record<WcagLevel, number> = {A: 1, AA: 2, AAA: 3}
const standardRank: Record<Standard, number> = {WCAG2A: 1, WCAG2AA: 2, WCAG2AAA: 3}

/** The level of a criterion such as `1.4.3`, or undefined when it is not a WCAG 2.x criterion. */
export function levelOf(criterion: string): WcagLevel | undefined {
  return criterionLevel.get(criterion)
}

/** Whether a criterion's level is required by the standard (e.g. AA under WCAG2AA). */
export function isRequired(level: WcagLevel, standard: Standard): boolean {
  return levelRank[level] <= standardRank[standard]
}

/**
 * Criteria from axe tags: `wcag111` → 1.1.1, `wcag1410` → 1.4.10 (principle and
 * guideline are one digit each; the rest is the criterion number).
 */
export function criteriaFromAxeTags(tags: readonly string[]): WcagCriterion[] {
  const found: WcagCriterion[] = []
  for (const tag of tags) {
    const match = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag)
    if (!match) continue
    const criterion = `${match[1]}.${match[2]}.${match[3]}`
    const level = levelOf(criterion)
    if (level) found.push({criterion, level})
  }
  return found
}

/** Criterion from an HTML_CodeSniffer code: `WCAG2AA.Principle1.Guideline1_1.1_1_1.H37` → 1.1.1. */
export function criterionFromHtmlcsCode(code: string): WcagCriterion | undefined {
  const part = code.split('.')[3]
  const match = part ? /^(\d)_(\d)_(\d{1,2})/.exec(part) : null
  if (!match) return undefined
  const criterion = `${match[1]}.${match[2]}.${match[3]}`
  const level = levelOf(criterion)
  return level ? {criterion, level} : undefined
}

/** The W3C "Understanding" page for a criterion (WCAG 2.2 slugs are not derivable, so link the quick reference). */
export function criterionUrl(criterion: string): string {
  return `https://www.w3.org/WAI/WCAG22/quickref/#:~:text=${encodeURIComponent(criterion)}`
}

/** Docs for an HTML_CodeSniffer technique code such as `H37` or `G18`: W3C's WCAG techniques. */
export function htmlcsTechniqueUrl(code: string): string | undefined {
  const technique = code.split('.')[4]
  const match = technique ? /^([A-Z]+)(\d+)$/.exec(technique) : null
  if (!match) return undefined
  const family: Record<string, string> = {
    H: 'html',
    G: 'general',
    F: 'failures',
    ARIA: 'aria',
    C: 'css',
    SCR: 'client-side-script'
  }
  const folder = family[match[1]!]
  return folder ? `https://www.w3.org/WAI/WCAG21/Techniques/${folder}/${technique}` : undefined
}

/** The axe tags for a standard and WCAG version (best-practice is added by the runner, graded as warnings). */
export function axeTagsFor(standard: Standard, version: '2.0' | '2.1' | '2.2'): string[] {
  const tags = ['wcag2a']
  if (version !== '2.0') tags.push('wcag21a')
  if (standardRank[standard] >= 2) {
    tags.push('wcag2aa')
    if (version !== '2.0') tags.push('wcag21aa')
    if (version === '2.2') tags.push('wcag22aa')
  }
  if (standardRank[standard] >= 3) tags.push('wcag2aaa')
  return tags
}
