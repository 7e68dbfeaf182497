import rehypeHtmlPolicy, {toHastOptions, type HtmlPolicyOptions} from 'caveat-html-policy'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm-lazy-autolinks'
import remarkHealthClaims from 'remark-health-claims'
import type {Options as ClaimsOptions} from 'remark-health-claims'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkRehype from 'remark-rehype'
import remarkSmartTypography from './smart-typography.js'
import {unified, type Processor} from 'unified'
import rehypeCitationMarkers from './citation-markers.js'
import rehypeSourceLines from './source-lines.js'
import {rehypeFindingLabels, remarkPreviewFindings} from './preview-findings.js'

// unified's processor types follow each plugin's tree types; the stages are chained on both a
// parsing processor and a bare one (the lint's render), so they are typed loosely here.
type AnyProcessor = Processor<any, any, any, any, any>

/**
 * The pipeline: markdown → mdast (parsed once) → health claims → typographic quotes and dashes
 * (remark-smartypants) → hast → HTML policy (raw HTML reparsed and sanitised, as `caveat lint`'s
 * `raw-html` rule reports) → heading ids → citation markers linking to the Sources list → HTML.
 * Front matter never reaches it: Eleventy has already taken it off, and the page's data
 * is passed to remark-health-claims as `frontmatter`.
 */
export function createProcessor(options: ClaimsOptions, html: HtmlPolicyOptions = {}, wholeFile = false): AnyProcessor {
  // `wholeFile`: parse the file as written, front matter block included (and ignored in the
  // HTML), so every position — in messages' text too — is a position in the file.
  const parse = unified().use(remarkParse)
  const parsing = (wholeFile ? parse.use(remarkFrontmatter, ['yaml']) : parse)
    .use(remarkGfm)
    .use(remarkHealthClaims, {...options, annotate: false}) as unknown as AnyProcessor
  return stagesAfterClaims(parsing, html, options.annotate === true)
}

/**
 * Only the stages after remark-health-claims, for a tree that went through it elsewhere:
 * `caveat lint` renders the tree it has already parsed and checked into this plugin's cache
 * (`createRenderCacheWriter`), so both paths share one definition of the output.
 */
export function createProcessorAfterClaims(html: HtmlPolicyOptions = {}): AnyProcessor {
  return stagesAfterClaims(unified() as unknown as AnyProcessor, html, false)
}

/**
 * Preview builds (`annotate`) mark every finding, not only unsourced claims (remark-health-claims'
 * own `annotate`), label each in text, and mark source lines for the accessibility report.
 */
function stagesAfterClaims(processor: AnyProcessor, html: HtmlPolicyOptions, preview: boolean): AnyProcessor {
  let stages = preview ? processor.use(remarkPreviewFindings) : processor
  stages = stages
    // After the claims are found (on the text as written): “curly” quotes, – and —, … for readers.
    .use(remarkSmartTypography)
    .use(remarkRehype, toHastOptions)
    .use(rehypeHtmlPolicy, html)
    .use(rehypeSlug)
    .use(rehypeCitationMarkers)
  if (preview) stages = stages.use(rehypeFindingLabels).use(rehypeSourceLines)
  return stages.use(rehypeStringify)
}
