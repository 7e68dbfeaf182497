// Caveat's configuration for this publication: read by `caveat lint`, `caveat a11y`,
// `caveat report` and by the site's Eleventy build, so every stage applies the same policy.
/** @type {import('caveat-health').CaveatConfig} */
export default {
  // Options passed to remark-health-claims (see packages/remark-health-claims/readme.md).
  claims: {
    scope: 'sentence',
    // A UK publication: the US dietary-supplement statement is not shown (it would be with
    // 'en-US', or with `disclaimers: {supplement: true}`).
    locale: 'en-GB',
    topics: [
      {
        id: 'kratom',
        match: ['kratom', 'mitragynine'],
        title: 'About kratom',
        text:
          'Kratom is not approved by the US Food and Drug Administration (FDA) for any medical use, and its legal status varies by country.',
        position: 'before-first-match'
      }
    ]
  },
  // The HTML policy of the site (packages/html-policy): raw HTML in articles is sanitised with
  // GitHub's rules plus details/summary, abbr, sup/sub and figure; `<iframe>`s are published only
  // from these hosts. `caveat lint` reports what the build removes (rule `raw-html`).
  html: {
    embedHosts: ['www.youtube-nocookie.com', 'player.vimeo.com']
  },
  // Options of `caveat lint` (see packages/caveat/readme.md#configuration).
  lint: {
    content: ['content/**/*.md'],
    // Rule id → 'off' | 'info' | 'warn' | 'error' (`caveat lint --list-rules` lists them).
    rules: {},
    readability: {targetGrade: 8},
    staleReviewMonths: 12,
    // One render per build: lint also renders each article into the site's render cache
    // (eleventy-plugin-health-claims, .cache/caveat/eleventy), so `npm run build`'s Eleventy step
    // renders nothing again. The site gives the plugin this file's `claims` and `html`.
    renderCache: true
  },
  a11y: {
    standard: 'WCAG2AA',
    runners: ['axe', 'htmlcs']
  }
}
