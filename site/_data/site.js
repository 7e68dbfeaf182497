// Publication-wide data, available in every template as `site`.
export default {
  title: 'Caveat Health',
  tagline: 'Health information with its sources shown',
  description:
    'Plain-English health articles on back pain and self-care. Every claim links to its source and every article is reviewed by a health professional.',
  // Absolute URLs in the sitemap, the feed and canonical links. Set SITE_URL when deploying.
  url: (process.env.SITE_URL || 'https://caveat-health.example').replace(/\/$/, ''),
  language: 'en-GB',
  publisher: 'Caveat Health',
  // How a tag is shown when "back-pain" → "Back pain" is not right.
  topicLabels: {
    'self-care': 'Self-care',
    'when-to-get-help': 'When to get help'
  },
  nav: [
    {text: 'Articles', url: '/'},
    {text: 'Topics', url: '/topics/'},
    {text: 'Editorial policy', url: '/editorial-policy/'}
  ]
}
