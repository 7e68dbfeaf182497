import rehypeHtmlPolicy, {toHastOptions, type HtmlPolicyOptions} from 'caveat-html-policy'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm-lazy-autolinks'
import remarkHealthClaims from 'remark-health-claims'
import type {Options as ClaimsOptions} from 'remark-health-claims'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import remarkSmartTypography from './smart-typography.js'
import {unified} from 'unified'
import rehypeCitationMarkers from './citation-markers.js'
import rehypeSourceLines from './source-lines.js'
import {rehypeFindingLabels, remarkPreviewFindings} from './preview-findings.js'

/**
 * The pipeline: markdown → mdast (parsed once) → health claims → typographic quotes and dashes
 * (remark-smartypants) → hast → HTML policy (raw HTML
 * reparsed and sanitised, as `caveat lint`'s `raw-html` rule reports) → heading ids → citation
 * markers linking to the Sources list → HTML.
 * Front matter never reaches it: Eleventy has already taken it off, and the page's data
 * is passed to remark-health-claims as `frontmatter`.
 */
export function createProcessor(options: ClaimsOptions, html: HtmlPolicyOptions = {}) {
  // Preview builds (`annotate`) mark every finding, not only unsourced claims (the plugin's own
  // `annotate`), label each in text, and mark source lines for the accessibility report.
  const preview = options.annotate === true
  const base = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkHealthClaims, {...options, annotate: false})
  const marked = preview ? base.use(remarkPreviewFindings) : base
  const hast = marked
    // After the claims are found (on the text as written): “curly” quotes, – and —, … for readers.
    .use(remarkSmartTypography)
    .use(remarkRehype, toHastOptions)
    .use(rehypeHtmlPolicy, html)
    .use(rehypeSlug)
    .use(rehypeCitationMarkers)
  return (preview ? hast.use(rehypeFindingLabels).use(rehypeSourceLines) : hast).use(rehypeStringify)
}
