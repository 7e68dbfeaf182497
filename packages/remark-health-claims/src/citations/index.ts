/**
 * Citations of a document and their binding to claims.
 *
 * A citation is a link (inline, reference or autolink, including
 * `[[PubMed](url)]`), a footnote reference (`[^1]`, resolved to the first URL
 * of its definition), a pandoc-style citation key (`[@smith2020]`), a DOI /
 * PMID written in prose (`doi:10.1000/xyz`, `PMID: 123456`), a numbered
 * marker (`[1]`, `[1-3]`, `^1`, `<sup>1</sup>`) resolved against the
 * document's References / Sources list or its front matter `sources`, or an
 * author–year citation ("(Smith and Jones, 2019)"). A marker that resolves
 * to nothing is not a source: it is kept in `CitationIndex.unresolved`.
 */
import type {Nodes, Parent} from 'mdast'
import type {Citation, CitationScope, ClaimStatus, SourcePolicy} from '../types.js'
import type {Document, Sentence, Unit, UnitReference} from '../sentences/index.js'
import {doiTextPattern, findDoi, findPmid, pmidTextPattern} from './identifiers.js'
import {sourceTrust} from './policy.js'
import {collectReferences, type ReferenceEntry, type ReferenceList} from './references.js'
import {findAuthorYear} from './author-year.js'

export {defaultSourcePolicy, hostMatches, isAffiliate, sourceTrust, type TrustResult} from './policy.js'
export {doiPattern, doiTextPattern, findDoi, findPmid, pmidTextPattern, pmidUrlPattern} from './identifiers.js'
export {bracketMarkerPattern, caretMarkerPattern, markerLabelPattern, markerNumbers, supClosePattern, supOpenPattern} from './markers.js'
export {collectReferences, entryNumberPattern, yearPattern, type ReferenceEntry, type ReferenceList} from './references.js'
export {acronymPattern, authorPairPattern, bareYearPattern, citationLeadPattern, findAuthorYear, parenGroupPattern, parseAuthorYear, type AuthorYear} from './author-year.js'

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

/** A numbered marker (or the numbers of one) that no reference entry answers. */
export interface UnresolvedMarker {
  unit: Unit
  /** Where the marker sits in the unit's text (an empty range: markers are not part of the text). */
  start: number
  /** The marker as written (`[3]`, `^3`, `3` for `<sup>3</sup>`). */
  label: string
  /** The numbers with no entry. */
  numbers: number[]
  position?: Citation['position']
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

/**
 * Whether `index` falls in one of `ranges` (sorted by start, not
 * overlapping: the masked ranges and links of a unit). A binary search: a
 * paragraph of thousands of markers or links must not make every check linear.
 */
function insideAny(index: number, ranges: ReadonlyArray<{start: number; end: number}> | ReadonlyArray<[number, number]>): boolean {
  const startOf = (range: {start: number; end: number} | [number, number]): number => (Array.isArray(range) ? range[0] : range.start)
  const endOf = (range: {start: number; end: number} | [number, number]): number => (Array.isArray(range) ? range[1] : range.end)
  let low = 0
  let high = ranges.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (startOf(ranges[middle] as [number, number]) <= index) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found !== -1 && index < endOf(ranges[found] as [number, number])
}

/** Every citation of the document, per unit (indexed like `document.units`). */
export function collectCitations(document: Document, policy: SourcePolicy | undefined, frontmatterSources?: unknown): LocatedCitation[][] {
  const references = collectReferences(document, policy, frontmatterSources)
  return document.units.map((unit) => unitCitations(unit, document, policy, references, []))
}

/** A citation for a reference entry (what a marker or an author–year citation resolves to). */
function entryCitation(entry: ReferenceEntry, type: Citation['type'], identifier: string | undefined, label: string | undefined): Citation {
  const {url, doi, pmid, host, trust} = entry.source
  return {type, url, identifier, label, doi, pmid, host, trust}
}

/** The entry an author–year citation names: same year, and the author's name in its text. */
function authorYearEntry(references: ReferenceList, author: string, year: string): ReferenceEntry | undefined {
  const candidates = references.byYear.get(year)
  if (!candidates) return undefined
  const name = author.toLowerCase()
  return candidates.find((entry) => entry.text.toLowerCase().includes(name))
}

function unitCitations(unit: Unit, document: Document, policy: SourcePolicy | undefined, references: ReferenceList, unresolved: UnresolvedMarker[]): LocatedCitation[] {
  const located: LocatedCitation[] = []
  const links: UnitReference[] = []
  // In a References section or a footnote, `[1]` numbers an entry: it cites nothing.
  const prose = !unit.inReferences && !unit.inFootnote

  for (const reference of unit.references) {
    if (reference.type === 'link') {
      if (reference.url === undefined || !isCitableUrl(reference.url)) continue
      links.push(reference)
      const citation = citationFromUrl(reference.url, policy)
      citation.position = reference.position
      located.push({citation, unit, start: reference.start, end: reference.end})
    } else if (reference.type === 'footnote' && reference.identifier !== undefined) {
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
    } else if (reference.type === 'marker' && prose) {
      const missing: number[] = []
      for (const number of reference.numbers ?? []) {
        const entry = references.byNumber.get(number)
        if (!entry) {
          missing.push(number)
          continue
        }
        const citation = entryCitation(entry, 'reference', String(number), reference.label)
        citation.position = reference.position
        located.push({citation, unit, start: reference.start, end: reference.end})
      }
      if (missing.length > 0) unresolved.push({unit, start: reference.start, label: reference.label ?? missing.join(','), numbers: missing, position: reference.position})
    }
  }

  const text = unit.text
  const inProse = (index: number): boolean => !insideAny(index, unit.masked) && !insideAny(index, links)
  const at = (start: number, end: number): Citation['position'] => document.place(unit, start, end)

  if (prose && text.includes('(')) {
    for (const found of findAuthorYear(text)) {
      if (!inProse(found.start)) continue
      const entry = authorYearEntry(references, found.author, found.year)
      const citation: Citation = entry
        ? entryCitation(entry, 'author-year', found.label, found.label)
        : {type: 'author-year', identifier: found.label, label: found.label, trust: 'neutral'}
      citation.position = at(found.start, found.end)
      located.push({citation, unit, start: found.start, end: found.end})
    }
  }

  // A reference entry with text only ("Smith J. Title. BMJ 2020.") is a source of unknown strength.
  if (unit.inReferences) {
    for (const entry of references.byUnit.get(unit.index) ?? []) {
      if (entry.source.url !== undefined) continue
      const start = entry.start ?? 0
      const end = entry.end ?? text.length
      const citation = entryCitation(entry, 'reference', entry.number === undefined ? undefined : String(entry.number), undefined)
      citation.position = at(start, end)
      located.push({citation, unit, start, end})
    }
  }

  if (!text.includes('[') && !/doi|pmid/i.test(text)) return located.sort((a, b) => a.start - b.start)
  for (const group of text.matchAll(bracketPattern)) {
    const start = group.index
    if (!inProse(start)) continue
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
    if (!doi || !inProse(match.index)) continue
    const end = match.index + match[0].length
    located.push({citation: {type: 'key', identifier: `doi:${doi}`, doi, url: `https://doi.org/${doi}`, host: 'doi.org', trust: 'strong', position: at(match.index, end)}, unit, start: match.index, end})
  }
  for (const match of text.matchAll(pmidTextPattern)) {
    if (!inProse(match.index)) continue
    const end = match.index + match[0].length
    const pmid = match[1]
    located.push({citation: {type: 'key', identifier: `pmid:${pmid}`, pmid, url: `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`, host: 'pubmed.ncbi.nlm.nih.gov', trust: 'strong', position: at(match.index, end)}, unit, start: match.index, end})
  }
  return located.sort((a, b) => a.start - b.start)
}

/**
 * Binds citations to sentences under a scope. Built once per document so that
 * paragraph, section and document scopes cost one pass, not one per claim.
 *
 * Under `section` scope, a References section supports the section it closes:
 * the section of the nearest heading above it of lower depth, with its
 * subsections (the whole document when there is none, as for a final
 * `## References` under the title). Under `document` scope, every reference
 * entry, footnote and front matter source supports every claim. Only real
 * entries count: a References heading followed by nothing, or by "refer to
 * the following resources:" alone, supports nothing.
 */
export class CitationIndex {
  readonly byUnit: LocatedCitation[][]
  readonly document: Document
  readonly scope: CitationScope
  /** The References / Sources entries of the body and of the front matter. */
  readonly references: ReferenceList
  /** Numbered markers (or some of their numbers) that resolve to no entry: not sources. */
  readonly unresolved: UnresolvedMarker[] = []
  private readonly bySection = new Map<number, LocatedCitation[]>()
  /** The References sections (by heading index) that support each section (by heading index). */
  private readonly sectionReferences = new Map<number, number[]>()
  /** Citations of References sections that support every section. */
  private readonly everySection: LocatedCitation[] = []
  private readonly documentWide: LocatedCitation[] = []
  private readonly scopeCache = new Map<string, {citations: Citation[]; members: Set<LocatedCitation>}>()

  /**
   * @param frontmatterSources The front matter's `sources` (a list of URLs, references, or `{title, url}` objects):
   *   numbered markers with no entry in the body resolve against it, and under `document` scope it supports every claim.
   */
  constructor(document: Document, policy: SourcePolicy | undefined, scope: CitationScope, frontmatterSources?: unknown) {
    this.document = document
    this.scope = scope
    this.references = collectReferences(document, policy, frontmatterSources)
    this.byUnit = document.units.map((unit) => unitCitations(unit, document, policy, this.references, this.unresolved))
    const {units} = document
    // A heading opens a References section when everything under it is references.
    const counts = new Map<number, {all: number; references: number}>()
    for (const unit of units) {
      const citations = this.byUnit[unit.index] ?? []
      if (unit.kind !== 'heading') {
        const count = counts.get(unit.section) ?? {all: 0, references: 0}
        count.all++
        if (unit.inReferences) count.references++
        counts.set(unit.section, count)
      }
      if (citations.length === 0) continue
      let list = this.bySection.get(unit.section)
      if (!list) this.bySection.set(unit.section, (list = []))
      list.push(...citations)
      for (const located of citations) {
        if (unit.inReferences || unit.inFootnote || located.citation.type === 'footnote') this.documentWide.push(located)
      }
    }
    if (scope === 'section') this.coverSections(counts)
    if (scope === 'document') {
      for (const entry of this.references.frontmatter) {
        const unit = units[0]
        if (unit) this.documentWide.push({citation: entryCitation(entry, 'reference', String(entry.number), undefined), unit, start: 0, end: 0})
      }
    }
  }

  /** Which sections each References section supports (see the class comment). */
  private coverSections(counts: Map<number, {all: number; references: number}>): void {
    const {units} = this.document
    const isReferences = (index: number): boolean => {
      const count = counts.get(index)
      return units[index]?.kind === 'heading' && count !== undefined && count.all > 0 && count.all === count.references
    }
    const headings = units.filter((unit) => unit.kind === 'heading')
    headings.forEach((heading, position) => {
      if (!isReferences(heading.index)) return
      const citations = this.bySection.get(heading.index)
      if (!citations || citations.length === 0) return
      const depth = heading.depth ?? 1
      let parent = position - 1
      while (parent >= 0 && (((headings[parent] as Unit).depth ?? 1) >= depth || isReferences((headings[parent] as Unit).index))) parent--
      if (parent < 0) {
        this.everySection.push(...citations)
        return
      }
      const parentDepth = (headings[parent] as Unit).depth ?? 1
      for (let index = parent; index < headings.length; index++) {
        const next = headings[index] as Unit
        if (index > parent && (next.depth ?? 1) <= parentDepth) break
        let list = this.sectionReferences.get(next.index)
        if (!list) this.sectionReferences.set(next.index, (list = []))
        list.push(heading.index)
      }
    })
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

  /**
   * Citations that support `sentence` under the configured scope. Sentences
   * of one paragraph (or section, or document) that cite nothing of their
   * own share one array: do not change it.
   */
  bind(sentence: Sentence): Citation[] {
    const own = this.inSentence(sentence)
    if (this.scope === 'sentence') return own.map((located) => located.citation)
    const unit = sentence.unit
    const shared =
      this.scope === 'paragraph'
        ? this.scoped(`u${unit.index}`, () => [this.byUnit[unit.index] ?? []])
        : this.scope === 'section'
          ? this.sectionCitations(unit.section)
          : this.scoped('d', () => [this.documentWide])
    const outside = own.filter((located) => !shared.members.has(located))
    return outside.length === 0 ? shared.citations : [...outside.map((located) => located.citation), ...shared.citations]
  }

  /** Citations supporting the claims of a section: its own, and those of the References sections that cover it. */
  private sectionCitations(section: number): {citations: Citation[]; members: Set<LocatedCitation>} {
    const covering = this.sectionReferences.get(section) ?? []
    const lists = (): LocatedCitation[][] => [this.bySection.get(section) ?? [], ...covering.map((index) => this.bySection.get(index) ?? []), this.everySection]
    // Sections citing nothing themselves share the lists of the References sections that cover them.
    return this.bySection.has(section) ? this.scoped(`s${section}`, lists) : this.scoped(`r${covering.join(',')}`, lists)
  }

  /** The citations of a paragraph, section or document, built once: a long References list is not copied for every sentence. */
  private scoped(key: string, lists: () => LocatedCitation[][]): {citations: Citation[]; members: Set<LocatedCitation>} {
    let cached = this.scopeCache.get(key)
    if (!cached) {
      const members = new Set<LocatedCitation>()
      const citations: Citation[] = []
      for (const list of lists()) {
        for (const located of list) {
          if (members.has(located)) continue
          members.add(located)
          citations.push(located.citation)
        }
      }
      this.scopeCache.set(key, (cached = {citations, members}))
    }
    return cached
  }
}

/** `sourced` when a strong or neutral citation is bound, `weak` when only weak ones, else `unsourced`. */
export function citationStatus(citations: readonly Citation[]): ClaimStatus {
  if (citations.length === 0) return 'unsourced'
  return citations.some((citation) => citation.trust !== 'weak') ? 'sourced' : 'weak'
}
