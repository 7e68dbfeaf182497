/**
 * Citations of a document and their binding to claims.
 *
 * A citation is a link (inline, reference or autolink), a footnote reference
 * (`[^1]`, resolved to the first URL of its definition), a pandoc-style
 * citation key (`[@smith2020]`), or a DOI / PMID written in prose
 * (`doi:10.1000/xyz`, `PMID: 123456`).
 */
import type {Nodes, Parent} from 'mdast'
import type {Citation, CitationScope, ClaimStatus, SourcePolicy} from '../types.js'
import type {Document, Sentence, Unit, UnitReference} from '../sentences/index.js'
import {doiTextPattern, findDoi, findPmid, pmidTextPattern} from './identifiers.js'
import {sourceTrust} from './policy.js'

export {defaultSourcePolicy, hostMatches, isAffiliate, sourceTrust, type TrustResult} from './policy.js'
export {doiPattern, doiTextPattern, findDoi, findPmid, pmidTextPattern, pmidUrlPattern} from './identifiers.js'

/** A bracketed group (`[…]`) in prose: candidates for citation keys. */
export const bracketPattern = /\[[^[\]\n]*\]/g
/** A pandoc citation key inside a bracketed group: `@key`, `-@key`, `see @key, p. 3; @other`. */
export const citationKeyPattern = /(?:^|[\s;\[])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu

/** A citation and where it sits in a unit's text. */
export interface LocatedCitation {
  citation: Citation
  unit: Unit
  start: number
  end: number
}

function isCitableUrl(url: string): boolean {
  // In-page anchors, mail and phone links are not sources.
  return url.length > 0 && !url.startsWith('#') && !/^(?:mailto|tel|javascript|data):/i.test(url)
}

/** A `Citation` for a URL under `policy`. */
export function citationFromUrl(url: string, policy: SourcePolicy | undefined, type: Citation['type'] = 'link'): Citation {
  const {trust, host} = sourceTrust(url, policy)
  const doi = findDoi(url)
  const pmid = findPmid(url)
  return {type, url, host, trust, doi, pmid}
}

/** First URL (or DOI/PMID in text) of a footnote definition. */
function footnoteSource(definition: Parent, definitions: Map<string, string>): {url?: string; doi?: string; pmid?: string} {
  let url: string | undefined
  let text = ''
  const walk = (node: Nodes): void => {
    if (url !== undefined) return
    if (node.type === 'link') url = node.url
    else if (node.type === 'linkReference') url = definitions.get(node.identifier.toLowerCase())
    else if (node.type === 'text') text += node.value + ' '
    if (url === undefined && 'children' in node) for (const child of node.children as Nodes[]) walk(child)
  }
  walk(definition as Nodes)
  if (url !== undefined && isCitableUrl(url)) return {url}
  doiTextPattern.lastIndex = 0
  const doi = doiTextPattern.exec(text)?.[1]
  if (doi) return {doi: findDoi(doi)}
  pmidTextPattern.lastIndex = 0
  const pmid = pmidTextPattern.exec(text)?.[1]
  if (pmid) return {pmid}
  return {}
}

function insideAny(index: number, ranges: ReadonlyArray<{start: number; end: number}> | ReadonlyArray<[number, number]>): boolean {
  for (const range of ranges) {
    const [start, end] = Array.isArray(range) ? range : [range.start, range.end]
    if (start <= index && index < end) return true
  }
  return false
}

/** Every citation of the document, per unit (indexed like `document.units`). */
export function collectCitations(document: Document, policy: SourcePolicy | undefined): LocatedCitation[][] {
  return document.units.map((unit) => unitCitations(unit, document, policy))
}

function unitCitations(unit: Unit, document: Document, policy: SourcePolicy | undefined): LocatedCitation[] {
  const located: LocatedCitation[] = []
  const links: UnitReference[] = []

  for (const reference of unit.references) {
    if (reference.type === 'link') {
      if (reference.url === undefined || !isCitableUrl(reference.url)) continue
      links.push(reference)
      const citation = citationFromUrl(reference.url, policy)
      citation.position = reference.position
      located.push({citation, unit, start: reference.start, end: reference.end})
    } else if (reference.identifier !== undefined) {
      const definition = document.footnotes.get(reference.identifier)
      const source = definition ? footnoteSource(definition, document.definitions) : {}
      let citation: Citation
      if (source.url) {
        citation = {...citationFromUrl(source.url, policy, 'footnote')}
      } else if (source.doi || source.pmid) {
        citation = {type: 'footnote', doi: source.doi, pmid: source.pmid, trust: 'strong'}
      } else {
        // A footnote with a textual reference ("Smith J, 2020, JAMA"): a source, of unknown strength.
        citation = {type: 'footnote', trust: 'neutral'}
      }
      citation.identifier = reference.identifier
      citation.position = reference.position
      located.push({citation, unit, start: reference.start, end: reference.end})
    }
  }

  const text = unit.text
  if (!text.includes('[') && !/doi|pmid/i.test(text)) return located
  const prose = (index: number): boolean => !insideAny(index, unit.masked) && !insideAny(index, links)
  const at = (start: number, end: number): Citation['position'] => document.place(unit, start, end)

  for (const group of text.matchAll(bracketPattern)) {
    const start = group.index
    if (!prose(start)) continue
    citationKeyPattern.lastIndex = 0
    for (const key of group[0].matchAll(citationKeyPattern)) {
      const identifier = key[1]
      if (!identifier) continue
      const end = start + group[0].length
      located.push({citation: {type: 'key', identifier, trust: 'neutral', position: at(start, end)}, unit, start, end})
    }
  }
  for (const match of text.matchAll(doiTextPattern)) {
    const doi = findDoi(match[1] ?? '')
    if (!doi || !prose(match.index)) continue
    const end = match.index + match[0].length
    located.push({citation: {type: 'key', identifier: `doi:${doi}`, doi, url: `https://doi.org/${doi}`, host: 'doi.org', trust: 'strong', position: at(match.index, end)}, unit, start: match.index, end})
  }
  for (const match of text.matchAll(pmidTextPattern)) {
    if (!prose(match.index)) continue
    const end = match.index + match[0].length
    const pmid = match[1]
    located.push({citation: {type: 'key', identifier: `pmid:${pmid}`, pmid, url: `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`, host: 'pubmed.ncbi.nlm.nih.gov', trust: 'strong', position: at(match.index, end)}, unit, start: match.index, end})
  }
  return located.sort((a, b) => a.start - b.start)
}

/**
 * Binds citations to sentences under a scope. Built once per document so that
 * paragraph, section and document scopes cost one pass, not one per claim.
 */
export class CitationIndex {
  readonly byUnit: LocatedCitation[][]
  readonly document: Document
  readonly scope: CitationScope
  private readonly bySection = new Map<number, LocatedCitation[]>()
  private readonly documentWide: LocatedCitation[] = []

  constructor(document: Document, policy: SourcePolicy | undefined, scope: CitationScope) {
    this.document = document
    this.scope = scope
    this.byUnit = collectCitations(document, policy)
    for (const unit of document.units) {
      const citations = this.byUnit[unit.index] ?? []
      if (citations.length === 0) continue
      let list = this.bySection.get(unit.section)
      if (!list) this.bySection.set(unit.section, (list = []))
      list.push(...citations)
      for (const located of citations) {
        if (unit.inReferences || unit.inFootnote || located.citation.type === 'footnote') this.documentWide.push(located)
      }
    }
  }

  /** Citations inside a sentence (whatever the scope). */
  inSentence(sentence: Sentence): LocatedCitation[] {
    const list = this.byUnit[sentence.unit.index] ?? []
    // Sorted by start: binary search, so a huge paragraph with many links stays linear.
    let low = 0
    let high = list.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((list[middle] as LocatedCitation).start < sentence.start) low = middle + 1
      else high = middle
    }
    const result: LocatedCitation[] = []
    for (let index = low; index < list.length && (list[index] as LocatedCitation).start <= sentence.end; index++) result.push(list[index] as LocatedCitation)
    return result
  }

  /** Citations that support `sentence` under the configured scope. */
  bind(sentence: Sentence): Citation[] {
    const own = this.inSentence(sentence)
    let extra: LocatedCitation[] = []
    if (this.scope === 'paragraph') extra = this.byUnit[sentence.unit.index] ?? []
    else if (this.scope === 'section') extra = this.bySection.get(sentence.unit.section) ?? []
    else if (this.scope === 'document') extra = this.documentWide
    // Sentence scope (the default): a sentence's own citations are already distinct.
    if (extra.length === 0) return own.map((located) => located.citation)
    const seen = new Set<LocatedCitation>()
    const result: Citation[] = []
    for (const located of [...own, ...extra]) {
      if (seen.has(located)) continue
      seen.add(located)
      result.push(located.citation)
    }
    return result
  }
}

/** `sourced` when a strong or neutral citation is bound, `weak` when only weak ones, else `unsourced`. */
export function citationStatus(citations: readonly Citation[]): ClaimStatus {
  if (citations.length === 0) return 'unsourced'
  return citations.some((citation) => citation.trust !== 'weak') ? 'sourced' : 'weak'
}
