// Caveat's configuration for this publication: read by `caveat lint`, `caveat a11y`,
// `caveat report` and by the site's Eleventy build, so every stage applies the same policy.
/** @type {import('caveat').CaveatConfig} */
export default {
  // Options passed to remark-health-claims (see packages/remark-health-claims/readme.md).
  claims: {
    scope: 'sentence',
    topics: [
      {
        id: 'kratom',
        match: ['kratom', 'mitragynine'],
        title: 'About kratom',
        text:
          'Kratom is not approved by the US Food and Drug Administration (FDA) for any medical use. ' +
          'Its legal status varies by country, state and region. Talk to a doctor or pharmacist before using it.',
        position: 'before-first-match'
      }
    ]
  },
  // Options of `caveat lint` (see packages/caveat/readme.md#configuration).
  lint: {
    content: ['content/**/*.md'],
    // Rule id → 'off' | 'info' | 'warn' | 'error' (`caveat lint --list-rules` lists them).
    rules: {},
    readability: {targetGrade: 8},
    staleReviewMonths: 12
  },
  a11y: {
    standard: 'WCAG2AA',
    runners: ['axe', 'htmlcs']
  }
}
