/**
 * Analyse one markdown file: parse it ONCE with micromark and run remark-lint,
 * Caveat's rules, readability and remark-health-claims on that one tree.
 */
import type {Root} from 'mdast'
import type {Plugin, Processor} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm-lazy-autolinks'
import remarkPresetLintRecommended from 'remark-preset-lint-recommended'
import remarkLintHeadingIncrement from 'remark-lint-heading-increment'
import remarkLintNoEmptyUrl from 'remark-lint-no-empty-url'
import remarkLintAltText from '@double-great/remark-lint-alt-text'
import type {Options as ClaimsOptions, HealthClaimsLedger} from 'remark-health-claims'
import type {ReportMessage} from '../report-types.js'
import type {ResolvedConfig} from '../config/schema.js'
import {treeRulesPlugin} from '../rules/engine.js'
import {caveatRule, canonicalRuleId, remarkLintNotes} from '../rules/index.js'
import {ruleDocsUrl} from '../docs.js'
import {readFrontmatter} from './frontmatter.js'
import {measureReadability} from './readability.js'
import {findDisclosureFacts} from './links.js'
import {applyInlineControl} from './inline-control.js'
import {resolveSeverity} from './severity.js'
import {attributionFacts, type DocumentFacts} from './facts.js'
import {loadRenderCacheWriter} from './render-cache.js'

export interface Analysis {
  messages: ReportMessage[]
  facts: DocumentFacts
  draft: boolean
  /** remark-health-claims could not be loaded: claim rules did not run. */
  claimsUnavailable?: boolean | undefined
  /** With `lint.renderCache`: the article was rendered into the site's cache (or was there already). */
  rendered?: 'written' | 'cached' | undefined
}

export type Analyser = (input: {path: string; content: string}) => Promise<Analysis>

type ClaimsPlugin = Plugin<[ClaimsOptions?], Root>

let claimsPlugin: Promise<ClaimsPlugin | undefined> | undefined

function loadClaimsPlugin(): Promise<ClaimsPlugin | undefined> {
  claimsPlugin ??= import('remark-health-claims').then(
    (module: unknown) => {
      const plugin = (module as {default?: unknown}).default
      return typeof plugin === 'function' ? (plugin as ClaimsPlugin) : undefined
    },
    () => undefined
  )
  return claimsPlugin
}

export async function createAnalyser(config: ResolvedConfig, cwd: string = process.cwd()): Promise<Analyser> {
  const claims = await loadClaimsPlugin()
  // With `lint.renderCache`: render each article for the site build too (see render-cache.ts).
  const {writer: renderCache} = claims ? await loadRenderCacheWriter(config, cwd) : {}
  const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)
  let checks: Processor<Root, Root, Root> = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkPresetLintRecommended)
    .use(remarkLintHeadingIncrement)
    .use(remarkLintNoEmptyUrl)
    .use(remarkLintAltText)
    // Caveat's own tree rules (front matter, links, tables, raw HTML): src/rules/.
    .use(treeRulesPlugin, {html: config.html, docsUrl: config.lint.docsUrl}) as unknown as Processor<Root, Root, Root>
  // Last: it may add disclaimer nodes, which the other checks must not see.
  if (claims) checks = checks.use(claims, config.claims) as unknown as Processor<Root, Root, Root>
  checks.freeze()
  const docsBase = config.lint.docsUrl

  return async function analyse({path, content}) {
    const file = new VFile({path, value: content})
    const tree = parser.parse(file) as Root

    // Read once here for the facts; the `frontmatter-*` rules report its problems.
    const frontmatter = readFrontmatter(tree)
    if (frontmatter.data) file.data['frontmatter'] = frontmatter.data
    // The site's render needs the front matter as Eleventy reads it; remark-health-claims then
    // reads that copy too (`file.data.matter` comes first), so lint and site agree on it.
    let prepared = renderCache && !frontmatter.problems.some((problem) => problem.ruleId === 'frontmatter-yaml') ? renderCache.prepare(content, path) : undefined
    if (prepared) file.data['matter'] = prepared.frontmatter
    const readability = measureReadability(tree, config.lint.readability.hardest)
    const links = findDisclosureFacts(tree)

    // The claims plugin inserts disclaimer nodes (without positions) into the root;
    // comment control must see the author's document only, or it treats them as gaps.
    const authored: Root = {...tree, children: [...tree.children]}
    await checks.run(tree, file)
    applyInlineControl(authored, file)

    const ledger = file.data['healthClaims'] as HealthClaimsLedger | undefined
    const messages: ReportMessage[] = []
    for (const message of file.messages) {
      const converted = toReportMessage(message, config, docsBase)
      if (converted) messages.push(converted)
    }
    // Last: the render turns the tree into HTML. A failed write only costs the site a render.
    let rendered: Analysis['rendered']
    if (renderCache && prepared) {
      if (prepared.cached) rendered = 'cached'
      else if (await renderCache.write(prepared, tree, file).catch(() => false)) rendered = 'written'
      prepared = undefined
    }
    return {
      rendered,
      messages,
      draft: frontmatter.data?.['draft'] === true,
      claimsUnavailable: claims ? undefined : true,
      facts: {
        frontmatter: frontmatter.data,
        frontmatterValid: frontmatter.problems.length === 0,
        keyLines: frontmatter.keyLines,
        frontmatterLine: frontmatter.line,
        affiliateLink: frontmatter.data?.['sponsored'] === true ? {url: 'sponsored: true', line: frontmatter.keyLines['sponsored'] ?? 1} : links.affiliateLink,
        disclosureLine: links.disclosureLine,
        // Plain data (positions, strings): serialised once, by whoever sends or stores it.
        ledger,
        attribution: ledger ? attributionFacts(ledger) : undefined,
        readability
      }
    }
  }
}

export function toReportMessage(message: VFileMessage, config: ResolvedConfig, docsBase?: string): ReportMessage | undefined {
  const source = message.source ?? 'caveat'
  const rawId = message.ruleId ?? 'unknown'
  const ruleId = source === 'remark-lint' ? canonicalRuleId(rawId) : rawId
  const fromMessage = message.fatal === true ? 'error' : message.fatal === false ? 'warn' : 'info'
  const severity = resolveSeverity(ruleId, config.lint.rules, fromMessage)
  if (!severity) return undefined
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  const note = message.note ?? (source === 'remark-lint' ? remarkLintNotes[rawId] : caveatRule(ruleId)?.fix)
  return {
    ruleId,
    source,
    severity,
    message: message.reason,
    note: note ?? undefined,
    url: message.url ?? (source === 'caveat' ? ruleDocsUrl(ruleId, docsBase) : undefined),
    line: start?.line,
    column: start?.column,
    endLine: end?.line,
    endColumn: end?.column
  }
}
