/**
 * One article as the reviewer sees it: the markdown rendered with unified
 * (remark-parse, remark-gfm-lazy-autolinks, remark-frontmatter, remark-health-claims,
 * remark-rehype), every claim wrapped in a `<mark>` styled by what it is and
 * followed by visible `[Label]` tags linking to its findings and citations,
 * and each inserted disclaimer labelled as inserted.
 */
import type {Element, ElementContent, Root as HastRoot, RootContent as HastContent, Properties} from 'hast'
import type {Root} from 'mdast'
import {h} from 'hastscript'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm-lazy-autolinks'
import remarkRehype from 'remark-rehype'
import {VFile} from 'vfile'
import remarkHealthClaims, {annotateClaims, type Claim, type HealthClaimsLedger, type Options as ClaimsOptions} from 'remark-health-claims'
import type {FileReport, ReportMessage} from '../report-types.js'
import {categoryLabels, categoryRules, claimCategories, type HighlightCategory} from './model.js'

/** A message in the findings panel, with the anchor id it has there. */
export interface Finding {
  id: string
  message: ReportMessage
  /** Anchor of the highlight in the text this finding is about, if any. */
  target?: string | undefined
}

export interface RenderedArticle {
  /** Article body (hast children). */
  content: ElementContent[]
  findings: Finding[]
  /** Claims that were highlighted, by status (for tests and the summary). */
  highlighted: number
}

export interface RenderArticleOptions {
  /** remark-health-claims options (the `claims` of caveat.config), so disclaimers match the build. */
  claims?: ClaimsOptions | undefined
  /** Prefix for every id in the article (needed when several articles share one page). */
  idPrefix?: string | undefined
  /** Rank the article's top heading becomes (default 3: under the page's h1 and its "Article text" h2). */
  headingBase?: number | undefined
}

const ruleCategory: Record<string, HighlightCategory> = {
  'unsourced-claim': 'unsourced',
  'weak-source': 'weak',
  'anecdotal-evidence': 'anecdotal',
  'absolute-claim': 'absolute',
  'advice-without-caution': 'advice'
}

/** Offsets of each line start, to turn a message's line/column into a source offset. */
function lineStarts(source: string): number[] {
  const starts = [0]
  for (let index = 0; index < source.length; index++) if (source.charCodeAt(index) === 10) starts.push(index + 1)
  return starts
}

function offsetOf(starts: number[], line: number | undefined, column: number | undefined): number | undefined {
  if (line === undefined || column === undefined) return undefined
  const start = starts[line - 1]
  return start === undefined ? undefined : start + column - 1
}

interface Span {
  claim: Claim
  /** Tag(s) shown after the highlight. */
  tags: Array<{category: HighlightCategory | 'rule'; label: string; href?: string | undefined; title?: string | undefined}>
  citations: Array<{href: string; label: string}>
  properties: Properties
}

/**
 * Order findings by line, give each an anchor, and decide what every claim
 * (and every claim-rule finding outside a claim) highlights and links to.
 */
function plan(file: FileReport, source: string, ledger: HealthClaimsLedger | undefined, prefix: string): {spans: Span[]; findings: Finding[]} {
  const starts = lineStarts(source)
  const sorted = file.messages
    .map((message, index) => ({message, index}))
    .sort((a, b) => (a.message.line ?? 0) - (b.message.line ?? 0) || (a.message.column ?? 0) - (b.message.column ?? 0) || a.index - b.index)
  const findings: Finding[] = sorted.map(({message}, index) => ({id: `${prefix}finding-${index + 1}`, message}))
  const claimFindings = findings.filter((finding) => finding.message.source === 'remark-health-claims')
  const used = new Set<Finding>()
  const spans: Span[] = []

  for (const claim of ledger?.claims ?? []) {
    const start = claim.position.start.offset ?? offsetOf(starts, claim.position.start.line, claim.position.start.column)
    const end = claim.position.end.offset ?? offsetOf(starts, claim.position.end.line, claim.position.end.column)
    if (start === undefined || end === undefined) continue
    const anchor = `${prefix}${claim.id}`
    const mine = claimFindings.filter((finding) => {
      const at = offsetOf(starts, finding.message.line, finding.message.column)
      return at !== undefined && at >= start && at < end && claim.rules.includes(finding.message.ruleId as Claim['rules'][number])
    })
    for (const finding of mine) {
      finding.target ??= anchor
      used.add(finding)
    }
    const findingFor = (rule: string | undefined) => (rule ? mine.find((finding) => finding.message.ruleId === rule) : undefined)
    const citations = claim.citations
      .map((citation, index) => {
        const href = citation.url ?? (citation.type === 'footnote' && citation.identifier ? `#${prefix}user-content-fn-${citation.identifier.toLowerCase()}` : undefined)
        return href ? {href, label: `source ${index + 1}${citation.host ? ` (${citation.host})` : ''}`} : undefined
      })
      .filter((citation): citation is {href: string; label: string} => citation !== undefined)
    const categories = claimCategories(claim)
    const tags: Span['tags'] = categories.map((category) => {
      const rule = categoryRules[category]
      const finding = findingFor(rule)
      return {category, label: categoryLabels[category], href: finding ? `#${finding.id}` : undefined, title: finding ? `${rule}: ${finding.message.message}` : undefined}
    })
    // Other rules on this sentence (placeholders, boilerplate…) get a tag of their own.
    for (const finding of mine) {
      if (ruleCategory[finding.message.ruleId] && categories.includes(ruleCategory[finding.message.ruleId]!)) continue
      if (tags.some((tag) => tag.href === `#${finding.id}`)) continue
      tags.push({category: 'rule', label: finding.message.ruleId, href: `#${finding.id}`, title: finding.message.message})
    }
    spans.push({
      claim,
      tags,
      citations,
      properties: {
        className: ['claim', ...categories.map((category) => `claim--${category}`)],
        id: anchor,
        dataClaim: claim.id,
        dataStatus: claim.status,
        dataRules: claim.rules.join(' ')
      }
    })
  }

  // Claim-rule findings on sentences that are not claims ("real-life examples
  // demonstrate", a placeholder, a promise of sources that never come): highlight them too.
  for (const finding of claimFindings) {
    if (used.has(finding)) continue
    const {message} = finding
    const start = offsetOf(starts, message.line, message.column)
    const end = offsetOf(starts, message.endLine, message.endColumn)
    if (start === undefined || end === undefined || end <= start) continue
    const category = ruleCategory[message.ruleId]
    const anchor = `${finding.id}-text`
    finding.target = anchor
    spans.push({
      claim: {
        id: anchor,
        text: source.slice(start, end),
        position: {start: {line: message.line!, column: message.column!, offset: start}, end: {line: message.endLine!, column: message.endColumn!, offset: end}},
        confidence: 0,
        strength: 'none',
        advice: 'none',
        kind: 'effect',
        cues: [],
        citations: [],
        status: 'unsourced',
        rules: []
      },
      tags: [{category: category ?? 'rule', label: category ? categoryLabels[category] : message.ruleId, href: `#${finding.id}`, title: message.message}],
      citations: [],
      properties: {className: ['claim', 'claim--finding', `claim--${category ?? 'rule'}`], id: anchor, dataRules: message.ruleId}
    })
  }
  spans.sort((a, b) => (a.claim.position.start.offset ?? 0) - (b.claim.position.start.offset ?? 0))
  return {spans, findings}
}

function tagElements(span: Span): ElementContent[] {
  const tags: ElementContent[] = span.tags.map((tag) => {
    const text = [`[${tag.label}]`]
    const className = ['tag', `tag--${tag.category}`]
    return tag.href ? h('a', {className, href: tag.href, title: tag.title}, text) : h('span', {className}, text)
  })
  for (const citation of span.citations) tags.push(h('a', {className: ['tag', 'tag--citation'], href: citation.href}, [`[${citation.label}]`]))
  return [{type: 'text', value: ' '}, h('span', {className: ['claim-tags']}, tags)]
}

function isElement(node: HastContent | ElementContent | HastRoot, tagName?: string): node is Element {
  return node.type === 'element' && (tagName === undefined || node.tagName === tagName)
}

function walk(node: HastRoot | Element, visit: (node: Element, parent: HastRoot | Element, index: number) => number | void): void {
  const children = node.children as Array<HastContent | ElementContent>
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (!isElement(child)) continue
    const next = visit(child, node, index)
    walk(child, visit)
    if (typeof next === 'number') index = next - 1
  }
}

/** Add tags after marks, label inserted disclaimers, demote headings under the page's, and keep the page offline. */
function decorate(tree: HastRoot, spans: Span[], ledger: HealthClaimsLedger | undefined, prefix: string, base: number): Set<string> {
  const byId = new Map(spans.map((span) => [String(span.properties['id']), span]))
  const rendered = new Set<string>()
  let minimum = 7
  walk(tree, (node) => {
    const rank = /^h([1-6])$/.exec(node.tagName)
    if (rank) minimum = Math.min(minimum, Number(rank[1]))
  })
  // Headings of the article sit under the page's h2 "Article text".
  const shift = minimum === 7 ? 0 : base - minimum
  walk(tree, (node, parent, index) => {
    const rank = /^h([1-6])$/.exec(node.tagName)
    if (rank) node.tagName = `h${Math.max(1, Math.min(6, Number(rank[1]) + shift))}`
    if (node.tagName === 'mark') {
      const span = byId.get(String(node.properties['id']))
      if (!span) return
      rendered.add(String(span.properties['id']))
      parent.children.splice(index + 1, 0, ...(tagElements(span) as Element[]))
      return index + 3
    }
    if (node.tagName === 'img') {
      // No network: show what the image is instead of fetching it.
      const alt = String(node.properties['alt'] ?? '')
      parent.children[index] = h('span', {className: ['image-placeholder']}, [`[Image: ${alt || 'no alt text'}]`])
      return
    }
    if (node.tagName === 'aside' && node.properties['dataDisclaimer'] !== undefined) {
      // A combined note lists several ids (`medical kratom`).
      const ids = String(node.properties['dataDisclaimer']).split(/\s+/).filter(Boolean)
      node.properties['id'] = `${prefix}disclaimer-${ids.join('-')}`
      const why = ids.map((id) => {
        const record = ledger?.disclaimers.find((disclaimer) => disclaimer.id === id)
        return `“${id}”${record ? `, because: ${record.reason}` : ''}`
      })
      node.children.unshift(
        h('p', {className: ['inserted-note']}, [
          h('span', {className: ['tag', 'tag--inserted']}, ['[Inserted by Caveat]']),
          ` ${ids.length === 1 ? 'Disclaimer' : 'Disclaimers'} ${why.join('; ')}`
        ])
      )
    }
    return
  })
  return rendered
}

export function renderArticle(file: FileReport, source: string, options: RenderArticleOptions = {}): RenderedArticle {
  const prefix = options.idPrefix ?? ''
  const vfile = new VFile({path: file.path, value: source})
  let spans: Span[] = []
  let findings: Finding[] = []
  let ledger: HealthClaimsLedger | undefined
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    // Inserts the disclaimers exactly as the site build does (same options).
    .use(remarkHealthClaims, {...options.claims, annotate: false})
    .use(function highlightClaims() {
      return (tree: Root, current: VFile) => {
        // The report's ledger is what the index counts: highlight exactly its claims.
        ledger = file.ledger ?? current.data.healthClaims
        ;({spans, findings} = plan(file, source, ledger, prefix))
        const byClaim = new Map(spans.map((span) => [span.claim, span]))
        annotateClaims(
          tree,
          spans.map((span) => span.claim),
          {select: () => true, properties: (claim) => byClaim.get(claim)!.properties}
        )
      }
    })
    .use(remarkRehype, {clobberPrefix: `${prefix}user-content-`})
  const hast = processor.runSync(processor.parse(vfile), vfile) as unknown as HastRoot
  const rendered = decorate(hast, spans, ledger, prefix, options.headingBase ?? 3)
  // A claim that crosses blocks cannot be wrapped: its findings then link nowhere in the text.
  for (const finding of findings) if (finding.target && !rendered.has(finding.target)) finding.target = undefined
  const highlighted = spans.filter((span) => span.properties['dataClaim'] && rendered.has(String(span.properties['id']))).length
  return {content: hast.children as ElementContent[], findings, highlighted}
}
