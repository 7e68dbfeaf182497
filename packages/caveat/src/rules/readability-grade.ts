import type {DocumentRule} from './types.js'

const hard =
  'Notwithstanding considerable methodological heterogeneity, contemporaneous epidemiological investigations consistently demonstrate statistically significant associations between sedentary occupational characteristics and subsequent musculoskeletal symptomatology. '

/** Health information should be readable by most adults. */
export const rule: DocumentRule<'readability-grade'> = {
  id: 'readability-grade',
  stage: 'document',
  description: 'The article’s Flesch-Kincaid grade is at or below `lint.readability.targetGrade` (default 8)',
  why:
    'Health-literacy guidance (NHS, CDC, NIH) asks for patient information at a reading age of about 11–13 (US grade 6–8). Harder text is misread or abandoned.',
  defaultSeverity: 'warn',
  fix: 'Use shorter sentences and everyday words, starting with the hardest paragraphs listed in the report',
  examples: {
    ok: [{title: 'Short sentences and everyday words (grade below 8)', markdown: 'Back pain is common. It often gets better on its own in a few weeks. Keep moving and use heat if it helps you.\n'}],
    notOk: [{title: 'Long sentences of long words', markdown: `Intro line.\n\n${hard}${hard}\n`, lines: [3]}]
  },
  check(facts, {lint}) {
    const {grade, hardest} = facts.readability
    if (grade <= lint.readability.targetGrade || facts.readability.words === 0) return []
    const top = hardest[0]
    return [
      {
        message: `Reading grade ${grade} is above the target of ${lint.readability.targetGrade}${top ? ` (hardest paragraph: grade ${top.grade})` : ''}`,
        line: top?.line ?? facts.frontmatterLine
      }
    ]
  }
}
