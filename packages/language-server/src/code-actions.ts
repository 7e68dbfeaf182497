/**
 * Quick fixes: cite one of the article's front matter `sources` for an
 * unsourced claim, turn a claim rule off for one sentence (with a reason), and
 * remove a placeholder.
 */
import {CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'

/** A front matter source that can be linked to. */
export interface FrontmatterSource {
  title: string
  url: string
}

/** Front matter `sources` (URLs, or objects with `url`/`link`/`href`, `doi`, `pmid`, `title`) that have a URL. */
export function linkableSources(frontmatter: Record<string, unknown> | undefined): FrontmatterSource[] {
  const sources = frontmatter?.['sources']
  if (!Array.isArray(sources)) return []
  const found: FrontmatterSource[] = []
  for (const source of sources) {
    if (typeof source === 'string') {
      if (/^https?:\/\//.test(source)) found.push({title: hostOf(source), url: source})
      continue
    }
    if (!source || typeof source !== 'object') continue
    const entry = source as Record<string, unknown>
    const doi = typeof entry['doi'] === 'string' ? `https://doi.org/${entry['doi']}` : undefined
    const pmid = typeof entry['pmid'] === 'string' || typeof entry['pmid'] === 'number' ? `https://pubmed.ncbi.nlm.nih.gov/${entry['pmid']}/` : undefined
    const url = [entry['url'], entry['link'], entry['href']].find((value): value is string => typeof value === 'string') ?? doi ?? pmid
    if (!url) continue
    const title = typeof entry['title'] === 'string' ? entry['title'] : typeof entry['publisher'] === 'string' ? entry['publisher'] : hostOf(url)
    found.push({title, url})
  }
  return found
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/** Claim rules that can be turned off for one sentence. */
export const sentenceRules = new Set(['unsourced-claim', 'absolute-claim', 'anecdotal-evidence', 'weak-source', 'advice-without-caution'])

const maxCiteActions = 12

function offsetRange(document: TextDocument, range: Range): {start: number; end: number} {
  return {start: document.offsetAt(range.start), end: document.offsetAt(range.end)}
}

/** Where a citation goes: inside the sentence, before its closing punctuation (and quotes). */
export function citationInsertOffset(document: TextDocument, range: Range): number {
  const {start, end} = offsetRange(document, range)
  const text = document.getText().slice(start, end)
  const trailing = /[.!?…]+["'”’)\]]*\s*$/.exec(text)
  return trailing ? start + trailing.index : end
}

/** A markdown link text: brackets escaped. */
function linkText(title: string): string {
  return title.replace(/([[\]\\])/g, '\\$1')
}

function citeActions(document: TextDocument, diagnostic: Diagnostic, sources: FrontmatterSource[]): CodeAction[] {
  const at = document.positionAt(citationInsertOffset(document, diagnostic.range))
  return sources.slice(0, maxCiteActions).map((source, index) => ({
    title: `Cite source ${index + 1}: ${source.title}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: index === 0,
    edit: {changes: {[document.uri]: [{range: {start: at, end: at}, newText: ` ([${linkText(source.title)}](${source.url.replace(/[()\s]/g, encodeURIComponent)}))`}]}}
  }))
}

const listMarker = /^(\s*)([-*+]|\d{1,9}[.)])(\s+)/

/**
 * Turn a rule off for exactly one sentence, with caveat's inline comments
 * (`<!-- caveat-disable id -->` … `<!-- caveat-enable id -->`, see caveat's
 * readme), preceded by a comment giving the reason. A comment must never
 * start a line that holds text (it would turn the line into an HTML block),
 * so for a sentence that starts a line the comments go at the end of the line
 * before, or on a line of their own when that line is blank.
 */
export function disableEdits(document: TextDocument, range: Range, ruleId: string, reason: string): TextEdit[] {
  const disable = `<!-- reason: ${reason.replace(/--/g, '—')} --><!-- caveat-disable ${ruleId} -->`
  const enable = `<!-- caveat-enable ${ruleId} -->`
  const line = document.getText({start: {line: range.start.line, character: 0}, end: {line: range.start.line + 1, character: 0}}).replace(/\r?\n$/, '')
  const before = line.slice(0, range.start.character)
  const end = {start: range.end, end: range.end}
  const marker = listMarker.exec(line)
  const startsLine = before.trim() === '' || (marker !== null && before.length <= marker[0].length && before.trim() === marker[2])
  if (!startsLine) {
    return [
      {range: {start: range.start, end: range.start}, newText: disable},
      {range: end, newText: enable}
    ]
  }
  const previousLine = range.start.line > 0 ? document.getText({start: {line: range.start.line - 1, character: 0}, end: {line: range.start.line, character: 0}}).replace(/\r?\n$/, '') : ''
  const previousHoldsText = previousLine.trim() !== '' && !/^\s*(?:---|\*\*\*|___|```|~~~|<|\|)/.test(previousLine)
  if (range.start.line > 0 && previousHoldsText) {
    const at = {line: range.start.line - 1, character: previousLine.length}
    return [
      {range: {start: at, end: at}, newText: disable},
      {range: end, newText: enable}
    ]
  }
  // Own lines (a blank line or the document's start before): one comment per line, each an HTML
  // block whose whole text is the comment; indented like the sentence (inside its list item).
  const indent = marker ? ' '.repeat(marker[0].length) : (/^\s*/.exec(line)?.[0] ?? '')
  const lineStart = {line: range.start.line, character: 0}
  const reasonLine = disable.slice(0, disable.indexOf('--><!--') + 3)
  const disableLine = disable.slice(disable.indexOf('--><!--') + 3)
  return [
    {range: {start: lineStart, end: lineStart}, newText: `${indent}${reasonLine}\n${indent}${disableLine}\n`},
    {range: end, newText: enable}
  ]
}

export const defaultReason = 'say why this sentence needs no source'

function disableAction(document: TextDocument, diagnostic: Diagnostic, ruleId: string): CodeAction {
  return {
    title: `Turn off ${ruleId} for this sentence (with a reason)`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {changes: {[document.uri]: disableEdits(document, diagnostic.range, ruleId, defaultReason)}}
  }
}

/** Remove a placeholder, and one of the spaces around it. */
export function removalRange(document: TextDocument, range: Range): Range {
  const text = document.getText()
  let {start, end} = offsetRange(document, range)
  if (text[start - 1] === ' ' && (text[end] === ' ' || /[.,;:!?]/.test(text[end] ?? ''))) start--
  else if (text[end] === ' ' && (start === 0 || text[start - 1] === '\n')) end++
  return {start: document.positionAt(start), end: document.positionAt(end)}
}

function removePlaceholderAction(document: TextDocument, diagnostic: Diagnostic): CodeAction {
  const placeholder = document.getText(diagnostic.range)
  return {
    title: `Remove the placeholder ${placeholder.length > 40 ? `${placeholder.slice(0, 40)}…` : placeholder}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: {changes: {[document.uri]: [{range: removalRange(document, diagnostic.range), newText: ''}]}}
  }
}

/** The quick fixes for caveat's diagnostics the client sent in the request's context. */
export function codeActions(document: TextDocument, diagnostics: Diagnostic[], frontmatter: Record<string, unknown> | undefined): CodeAction[] {
  const actions: CodeAction[] = []
  const sources = linkableSources(frontmatter)
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'caveat' || typeof diagnostic.code !== 'string') continue
    const ruleId = diagnostic.code
    if (ruleId === 'unsourced-claim') actions.push(...citeActions(document, diagnostic, sources))
    if (sentenceRules.has(ruleId)) actions.push(disableAction(document, diagnostic, ruleId))
    if (ruleId === 'placeholder-text') actions.push(removePlaceholderAction(document, diagnostic))
  }
  return actions
}
