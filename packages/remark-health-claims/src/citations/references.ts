/**
 * The numbered sources of a document: the entries of its References /
 * Sources lists (under a references heading, or after a "Sources:"
 * paragraph) and of its front matter `sources`, which numbered markers
 * (`[1]`, `^1`, `<sup>1</sup>`) and author–year citations resolve against.
 */
import type {List, ListItem, Parent} from 'mdast'
import type {Citation, SourcePolicy} from '../types.js'
import type {Document, Unit} from '../sentences/index.js'
import {doiTextPattern, findDoi, pmidTextPattern} from './identifiers.js'
import {sourceTrust} from './policy.js'

/** An explicit number at the start of an entry that is not a list item number: `1)`, `1.`, `1 ` (markers like `[1]` are read by the unit). */
export const entryNumberPattern = /^\s?(\d{1,3})[.):]?\s/

/** A year as written in references and author–year citations. */
export const yearPattern = /\b(?:19|20)\d{2}[a-z]?\b/g

/** One source a marker can point at. */
export interface ReferenceEntry {
  /** Number of the entry, when it has one (`1.` in an ordered list, `[1]` written before it, or its place in a bulleted list). */
  number?: number | undefined
  /** How the number was given: written (`ordered`, `explicit`) wins over a place in a bulleted list (`position`). */
  numbering: 'ordered' | 'explicit' | 'position' | 'frontmatter'
  /** Plain text of the entry (searched by author–year citations). */
  text: string
  /** Trust and identifiers of the entry, from its first URL, DOI or PMID; `neutral` with text only. */
  source: Pick<Citation, 'url' | 'doi' | 'pmid' | 'host' | 'trust'>
  /** Unit the entry is written in (absent for front matter sources), and its range in the unit's text. */
  unit?: Unit | undefined
  start?: number | undefined
  end?: number | undefined
}

export interface ReferenceList {
  /** Entries in the body, in document order. */
  entries: ReferenceEntry[]
  /** Entries of the front matter `sources`, numbered from 1. */
  frontmatter: ReferenceEntry[]
  /** The entry a number resolves to: a written number in the body, then a place in a bulleted list, then the front matter. */
  byNumber: Map<number, ReferenceEntry>
  /** Entries by the years their text mentions (for author–year citations). */
  byYear: Map<string, ReferenceEntry[]>
  /** Body entries by the index of the unit they are written in. */
  byUnit: Map<number, ReferenceEntry[]>
}

function isCitableUrl(url: string): boolean {
  return url.length > 0 && !url.startsWith('#') && !/^(?:mailto|tel|javascript|data):/i.test(url)
}

/** Source of an entry: its first citable URL, else a DOI or PMID in its text, else text only (neutral). */
export function entrySource(urls: readonly string[], text: string, policy: SourcePolicy | undefined): ReferenceEntry['source'] {
  const url = urls.find(isCitableUrl)
  if (url !== undefined) {
    const {trust, host} = sourceTrust(url, policy)
    return {url, host, trust, doi: findDoi(url)}
  }
  doiTextPattern.lastIndex = 0
  const doi = doiTextPattern.exec(text)?.[1]
  if (doi) {
    const normalised = findDoi(doi)
    return {url: `https://doi.org/${normalised}`, host: 'doi.org', doi: normalised, trust: 'strong'}
  }
  pmidTextPattern.lastIndex = 0
  const pmid = pmidTextPattern.exec(text)?.[1]
  if (pmid) return {url: `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`, host: 'pubmed.ncbi.nlm.nih.gov', pmid, trust: 'strong'}
  return {trust: 'neutral'}
}

/** Whether text in a References section is a source rather than a lead-in ("For more, see the following resources:") or a blank. */
function isEntryText(text: string): boolean {
  const trimmed = text.trim()
  return /[\p{L}\p{N}]/u.test(trimmed) && !trimmed.endsWith(':')
}

/** Index of the list item of `list` that holds `paragraph` directly, or -1. */
function itemIndex(list: List, paragraph: Parent): number {
  for (let index = 0; index < list.children.length; index++) {
    if ((list.children[index] as ListItem).children.includes(paragraph as ListItem['children'][number])) return index
  }
  return -1
}

/**
 * The reference entries of the document body. Each list item under a
 * references heading or after a "Sources:" paragraph is an entry; outside a
 * list, a paragraph of a References section is one when it is numbered or
 * cites a URL, DOI or PMID (so a lone lead-in is not mistaken for a source).
 */
function bodyEntries(document: Document, policy: SourcePolicy | undefined): ReferenceEntry[] {
  const entries: ReferenceEntry[] = []
  // List items already seen (a second paragraph of an item adds to its entry).
  const byItem = new Map<ListItem, ReferenceEntry>()
  // Position of each item among the entries of its list, for bulleted lists.
  const places = new Map<Parent, number>()

  for (const unit of document.units) {
    if (!unit.inReferences || unit.inFootnote || unit.kind !== 'paragraph') continue
    const urls = unit.references.filter((reference) => reference.type === 'link' && reference.url !== undefined).map((reference) => reference.url as string)
    const written = unit.references.find((reference) => reference.type === 'marker' && reference.start === 0 && reference.numbers?.length === 1)
    const list = unit.container?.type === 'list' ? (unit.container as List) : undefined
    const index = list ? itemIndex(list, unit.node) : -1

    if (list && index !== -1) {
      const item = list.children[index] as ListItem
      const previous = byItem.get(item)
      if (previous) {
        previous.text += ' ' + unit.text
        if (previous.source.trust === 'neutral' && previous.source.url === undefined) previous.source = entrySource(urls, previous.text, policy)
        continue
      }
      if (!isEntryText(unit.text) && urls.length === 0) continue
      const place = (places.get(list) ?? 0) + 1
      places.set(list, place)
      let number: number | undefined
      let numbering: ReferenceEntry['numbering']
      const explicit = written?.numbers?.[0] ?? leadingNumber(unit.text, list.ordered === true)
      if (explicit !== undefined) {
        number = explicit
        numbering = 'explicit'
      } else if (list.ordered) {
        number = (list.start ?? 1) + index
        numbering = 'ordered'
      } else {
        number = place
        numbering = 'position'
      }
      const entry: ReferenceEntry = {number, numbering, text: unit.text, source: entrySource(urls, unit.text, policy), unit, start: 0, end: unit.text.length}
      byItem.set(item, entry)
      entries.push(entry)
      continue
    }

    // Paragraphs: one entry per numbered line ("[1] Smith…\n[2] Jones…"), or the paragraph when it cites something.
    const lines = splitLines(unit, written?.numbers?.[0])
    for (const line of lines) {
      const lineUrls = unit.references
        .filter((reference) => reference.type === 'link' && reference.url !== undefined && reference.start >= line.start && reference.start < line.end)
        .map((reference) => reference.url as string)
      const lineText = unit.text.slice(line.start, line.end)
      if (!isEntryText(lineText)) continue
      const source = entrySource(lineUrls, lineText, policy)
      if (line.number === undefined && source.url === undefined) continue
      entries.push({number: line.number, numbering: 'explicit', text: lineText, source, unit, start: line.start, end: line.end})
    }
  }
  return entries
}

/** `1) Smith…` or `1. Smith…` written in the text of an entry (not the list's own numbering). */
function leadingNumber(text: string, ordered: boolean): number | undefined {
  if (ordered) return undefined
  const match = entryNumberPattern.exec(text)
  return match?.[1] === undefined ? undefined : Number.parseInt(match[1], 10)
}

/**
 * Lines of a references paragraph, each with the number it starts with: a
 * marker at the line start (`[2] Jones…`, read by the unit) or `2) Jones…`.
 */
function splitLines(unit: Unit, first: number | undefined): Array<{start: number; end: number; number?: number | undefined}> {
  const text = unit.text
  const markers = new Map<number, number>()
  for (const reference of unit.references) {
    if (reference.type === 'marker' && reference.numbers?.length === 1) markers.set(reference.start, reference.numbers[0] as number)
  }
  const lines: Array<{start: number; end: number; number?: number | undefined}> = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    let number = start === 0 ? (first ?? markers.get(0)) : markers.get(start) ?? markers.get(start - 1)
    if (number === undefined) {
      const match = entryNumberPattern.exec(text.slice(start, Math.min(end, start + 8)) + ' ')
      if (match?.[1] !== undefined) number = Number.parseInt(match[1], 10)
    }
    lines.push({start, end, number})
    start = end + 1
  }
  // Lines without a number continue the entry before them.
  const merged: typeof lines = []
  for (const line of lines) {
    const previous = merged[merged.length - 1]
    if (previous && line.number === undefined) previous.end = line.end
    else merged.push({...line})
  }
  return merged
}

/** Entries of the front matter `sources`: strings (a URL or a reference) or objects with `url`/`link`/`href`, `doi`, `pmid`, `title`. */
function frontmatterEntries(value: unknown, policy: SourcePolicy | undefined): ReferenceEntry[] {
  if (!Array.isArray(value)) return []
  const entries: ReferenceEntry[] = []
  value.forEach((item: unknown, index) => {
    let text = ''
    const urls: string[] = []
    if (typeof item === 'string') {
      text = item
      if (/^https?:\/\//i.test(item.trim())) urls.push(item.trim())
    } else if (typeof item === 'object' && item !== null) {
      const record = item as Record<string, unknown>
      for (const key of ['url', 'link', 'href']) if (typeof record[key] === 'string') urls.push(record[key])
      if (typeof record['doi'] === 'string') text += ` doi:${record['doi'].replace(/^doi:\s?/i, '')}`
      if (typeof record['pmid'] === 'string' || typeof record['pmid'] === 'number') text += ` PMID: ${record['pmid']}`
      for (const key of ['title', 'name', 'publisher', 'author', 'citation']) if (typeof record[key] === 'string') text += ' ' + record[key]
    }
    if (!/[\p{L}\p{N}]/u.test(text) && urls.length === 0) return
    entries.push({number: index + 1, numbering: 'frontmatter', text: text.trim(), source: entrySource(urls, text, policy)})
  })
  return entries
}

const priority: Record<ReferenceEntry['numbering'], number> = {explicit: 0, ordered: 0, position: 1, frontmatter: 2}

/** The body and front matter references of a document, indexed by number and by year. */
export function collectReferences(document: Document, policy: SourcePolicy | undefined, frontmatterSources?: unknown): ReferenceList {
  const entries = bodyEntries(document, policy)
  const frontmatter = frontmatterEntries(frontmatterSources, policy)
  const byNumber = new Map<number, ReferenceEntry>()
  for (const entry of [...entries, ...frontmatter]) {
    if (entry.number === undefined) continue
    const current = byNumber.get(entry.number)
    if (!current || priority[entry.numbering] < priority[current.numbering]) byNumber.set(entry.number, entry)
  }
  const byYear = new Map<string, ReferenceEntry[]>()
  for (const entry of [...entries, ...frontmatter]) {
    yearPattern.lastIndex = 0
    for (const match of new Set(Array.from(entry.text.matchAll(yearPattern), (year) => year[0].slice(0, 4)))) {
      let list = byYear.get(match)
      if (!list) byYear.set(match, (list = []))
      list.push(entry)
    }
  }
  const byUnit = new Map<number, ReferenceEntry[]>()
  for (const entry of entries) {
    if (!entry.unit) continue
    let list = byUnit.get(entry.unit.index)
    if (!list) byUnit.set(entry.unit.index, (list = []))
    list.push(entry)
  }
  return {entries, frontmatter, byNumber, byYear, byUnit}
}
