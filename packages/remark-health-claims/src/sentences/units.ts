/**
 * Units of prose: the paragraphs, headings and table cells of a document,
 * each as plain text with a map from every character back to its offset in
 * the source, so sentences found in the text get exact line/column places.
 */
import type {Nodes, Parent, Root, RootContent, PhrasingContent} from 'mdast'
import type {Point, Position} from 'unist'
import {
  bracketMarkerPattern, caretMarkerPattern, endsSentence, isExponentContext, markerLabelPattern, markerNumbers, supClosePattern, supOpenPattern
} from '../citations/markers.js'

export type UnitKind = 'paragraph' | 'heading' | 'tableCell'

/**
 * A place in a unit's text where a link, a footnote reference or a numbered
 * citation marker (`[1]`, `^1`, `<sup>1</sup>`, `[[1]](#ref-1)`) sits.
 */
export interface UnitReference {
  type: 'link' | 'footnote' | 'marker'
  /** Resolved URL (links and link references). */
  url?: string | undefined
  /** Footnote identifier. */
  identifier?: string | undefined
  /** Marker as written, without HTML (`[1, 3]`, `^2`, `4`). */
  label?: string | undefined
  /** Numbers a marker points at (`[1-3]` → 1, 2, 3). */
  numbers?: number[] | undefined
  /**
   * Range of the reference's visible text in the unit text. Footnote
   * references and markers are not part of the text: their range is empty,
   * right after the word or full stop they follow.
   */
  start: number
  end: number
  position?: Position | undefined
}

export interface Unit {
  /** Index in document order. */
  index: number
  kind: UnitKind
  node: Parent
  /** Heading depth when `kind` is `heading`. */
  depth?: number | undefined
  text: string
  /** `text` with inline code and math blanked out (same length): what detection reads. */
  plain: string
  /** `offsets[i]` is the source offset of `text[i]`; one extra entry for the end. */
  offsets: number[]
  references: UnitReference[]
  /** Ranges of inline code and math: not prose (no placeholders, no citation keys). */
  masked: Array<[number, number]>
  /** Index of the heading unit this unit sits under (-1 before the first heading). */
  section: number
  /** Inside a References/Sources/Bibliography section: sources, not claims. */
  inReferences: boolean
  /** Inside a footnote definition. */
  inFootnote: boolean
  /** Nearest list or table the unit sits in. */
  container?: Parent | undefined
  /**
   * The paragraph that introduces the list this unit's item is in ("You're
   * more likely to get it if you:"), for the first paragraph of each item:
   * an editor reads the item with it.
   */
  leadIn?: Unit | undefined
  /** A cell of a table's first (header) row. */
  tableHeader?: boolean | undefined
}

/** Block nodes whose content is not prose. */
const skippedBlocks: ReadonlySet<string> = new Set([
  'code', 'html', 'yaml', 'toml', 'math', 'definition', 'thematicBreak',
  'mdxjsEsm', 'mdxFlowExpression', 'healthDisclaimer'
])

/** Inline nodes whose content is not prose (they add nothing to the text). */
const skippedInline: ReadonlySet<string> = new Set([
  'html', 'image', 'imageReference', 'mdxTextExpression', 'mdxJsxTextElement'
])

/** Inline nodes kept in the text but masked (readable, not prose). */
const maskedInline: ReadonlySet<string> = new Set(['inlineCode', 'inlineMath'])

const referencesHeading = /^(?:references?|sources?|bibliography|citations?|works cited|further reading|notes|footnotes)$/i

export interface CollectResult {
  units: Unit[]
  /** `identifier → url` of link definitions (`[id]: url`). */
  definitions: Map<string, string>
  /** `identifier → footnote definition` (`[^id]: …`). */
  footnotes: Map<string, Parent>
}

function normalizeIdentifier(value: string): string {
  return value.toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * Collect the prose units of `tree`. `source` is the document text (for exact
 * offsets); when it is empty, offsets are spread over the nodes' own ranges.
 */
export function collectUnits(tree: Root, source: string): CollectResult {
  const definitions = new Map<string, string>()
  const footnotes = new Map<string, Parent>()
  const units: Unit[] = []

  // Definitions may come after their use: gather them first.
  const gather = (node: Nodes): void => {
    if (node.type === 'definition') definitions.set(normalizeIdentifier(node.identifier), node.url)
    else if (node.type === 'footnoteDefinition') footnotes.set(normalizeIdentifier(node.identifier), node)
    if ('children' in node && !skippedBlocks.has(node.type)) {
      for (const child of node.children as Nodes[]) if (!isPhrasing(child)) gather(child)
    }
  }
  gather(tree)

  let section = -1
  let referencesDepth = 0 // depth of the References heading we are under, 0 when none

  const block = (node: Nodes, inFootnote: boolean, container: Parent | undefined, leadIn?: Unit): void => {
    // Generated nodes (inserted disclaimers) have no place in the source: not the author's prose.
    if (node.type !== 'root' && !node.position) return
    if (skippedBlocks.has(node.type)) return
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const unit = makeUnit(node, units.length, source, definitions)
      unit.leadIn = leadIn
      if (node.type === 'heading') {
        unit.depth = node.depth
        section = unit.index
        if (referencesDepth > 0 && node.depth <= referencesDepth) referencesDepth = 0
        if (referencesHeading.test(unit.text.replace(/[:.]\s*$/, '').trim())) referencesDepth = node.depth
      }
      unit.section = section
      unit.inReferences = referencesDepth > 0 && node.type !== 'heading'
      unit.inFootnote = inFootnote
      unit.container = container
      units.push(unit)
      return
    }
    if (node.type === 'table') {
      node.children.forEach((row, index) => {
        const first = units.length
        block(row, inFootnote, node)
        if (index === 0) for (let at = first; at < units.length; at++) (units[at] as Unit).tableHeader = true
      })
      return
    }
    if ('children' in node) {
      const footnote = inFootnote || node.type === 'footnoteDefinition'
      const inner = node.type === 'list' ? node : container
      let previous: Unit | undefined
      for (const child of node.children as Nodes[]) {
        // Generated nodes (an inserted disclaimer) stand between nothing: a lead-in still introduces the list after one.
        if (!child.position) continue
        const before = units.length
        // A list item's first paragraph is read with the list's lead-in; a list is introduced
        // by the paragraph right before it when that paragraph ends with a colon.
        const itemLeadIn = node.type === 'listItem' && child === node.children[0] ? leadIn : undefined
        const listLeadIn = child.type === 'list' && previous?.kind === 'paragraph' && /:\s*$/.test(previous.text) ? previous : undefined
        block(child, footnote, inner, node.type === 'list' ? leadIn : itemLeadIn ?? listLeadIn)
        previous = units.length === before + 1 && child.type === 'paragraph' ? units[before] : undefined
      }
    }
  }
  block(tree, false, undefined)

  // A "Sources:" / "References:" paragraph introduces a list of sources: the list is references too.
  for (const unit of units) {
    if (unit.kind !== 'paragraph' || !referencesHeading.test(unit.text.replace(/[:.]\s*$/, '').trim())) continue
    const list = units[unit.index + 1]?.container
    if (!list || list === unit.container) continue
    for (let index = unit.index + 1; index < units.length && units[index]?.container === list; index++) {
      ;(units[index] as Unit).inReferences = true
    }
  }

  return {units, definitions, footnotes}
}

const phrasingTypes: ReadonlySet<string> = new Set([
  'text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'inlineMath', 'break',
  'footnoteReference', 'image', 'imageReference', 'html', 'mdxTextExpression', 'mdxJsxTextElement'
])

function isPhrasing(node: Nodes): boolean {
  return phrasingTypes.has(node.type)
}

function makeUnit(node: Parent & RootContent, index: number, source: string, definitions: Map<string, string>): Unit {
  const text: string[] = []
  const offsets: number[] = []
  const references: UnitReference[] = []
  const masked: Array<[number, number]> = []
  let length = 0
  let lastOffset = node.position?.start.offset ?? 0

  /** Source offset of every character of `value` (a node's text at `position`). */
  const offsetsOf = (value: string, position: Position | undefined): number[] => {
    const result: number[] = []
    const from = position?.start.offset
    const to = position?.end.offset
    if (from === undefined || to === undefined) {
      for (let i = 0; i < value.length; i++) result.push(lastOffset)
    } else if (source && source.slice(from, to) === value) {
      for (let i = 0; i < value.length; i++) result.push(from + i)
      lastOffset = to
    } else if (source) {
      // The value differs from its source (escapes, entities, stripped
      // indentation of continuation lines): align greedily within a small window.
      let j = from
      for (let i = 0; i < value.length; i++) {
        const char = value.charAt(i)
        let k = j
        const limit = Math.min(to, j + 16)
        while (k < limit && source.charAt(k) !== char) k++
        if (k < limit) {
          result.push(k)
          j = k + 1
        } else {
          result.push(Math.min(j, to - 1))
        }
      }
      lastOffset = to
    } else {
      // No source text: spread over the node's range.
      for (let i = 0; i < value.length; i++) result.push(Math.min(from + i, to))
      lastOffset = to
    }
    return result
  }

  const push = (value: string, valueOffsets: number[], from = 0, to = value.length): void => {
    if (to <= from) return
    for (let i = from; i < to; i++) offsets.push(valueOffsets[i] as number)
    text.push(from === 0 && to === value.length ? value : value.slice(from, to))
    length += to - from
  }

  const append = (value: string, position: Position | undefined): void => {
    // The common case, written straight into `offsets` (no intermediate array): this runs on every text node.
    const from = position?.start.offset
    const to = position?.end.offset
    if (source && from !== undefined && to !== undefined && to - from === value.length && source.startsWith(value, from)) {
      for (let i = 0; i < value.length; i++) offsets.push(from + i)
      lastOffset = to
      text.push(value)
      length += value.length
      return
    }
    push(value, offsetsOf(value, position))
  }

  /** The last characters of the text so far (what a marker follows). */
  const tail = (): string => {
    let result = ''
    for (let i = text.length - 1; i >= 0 && result.length < 24; i--) result = (text[i] as string) + result
    return result.slice(-24)
  }

  /** Where a marker or footnote reference sits in the text: after the word or stop it follows, not after spaces. */
  const anchor = (): number => {
    const before = tail()
    let spaces = 0
    while (spaces < before.length && /\s/.test(before.charAt(before.length - 1 - spaces))) spaces++
    return length - spaces
  }

  // Line and column of source offsets, counted forward from the unit's start
  // (markers come in source order, so the scan is linear in the unit).
  const startPoint = node.position?.start
  let cursor = startPoint?.offset ?? 0
  let cursorLine = startPoint?.line ?? 1
  let lineStart = cursor - ((startPoint?.column ?? 1) - 1)
  const pointAt = (offset: number): Point => {
    if (offset < cursor) {
      // Out of order (should not happen): count from the unit's start again.
      cursor = startPoint?.offset ?? 0
      cursorLine = startPoint?.line ?? 1
      lineStart = cursor - ((startPoint?.column ?? 1) - 1)
    }
    for (; cursor < offset && cursor < source.length; cursor++) {
      if (source.charCodeAt(cursor) === 10) {
        cursorLine++
        lineStart = cursor + 1
      }
    }
    return {line: cursorLine, column: offset - lineStart + 1, offset}
  }

  const marker = (label: string, numbers: number[], from: number | undefined, to: number | undefined, fallback: Position | undefined): void => {
    const at = anchor()
    const position = source && from !== undefined && to !== undefined && startPoint?.offset !== undefined ? {start: pointAt(from), end: pointAt(to)} : fallback
    references.push({type: 'marker', label, numbers, start: at, end: at, position})
  }

  /**
   * Text with the numbered markers in it (`[1]`, `^2`) recorded. A marker
   * after a full stop ("pain.[1] Next") is taken out of the text, so the
   * sentences split there and it stays with the sentence it follows; one
   * inside a sentence ("pain [1].") stays in the text, masked like code: the
   * sentence still reads as written, and detection does not see the number.
   */
  const textWithMarkers = (value: string, position: Position | undefined): void => {
    if (!value.includes('[') && !value.includes('^')) {
      append(value, position)
      return
    }
    const found: RegExpMatchArray[] = []
    // A loop, not `push(...matches)`: a huge paragraph of markers would overflow the argument stack.
    if (value.includes('[')) for (const match of value.matchAll(bracketMarkerPattern)) found.push(match)
    if (value.includes('^')) for (const match of value.matchAll(caretMarkerPattern)) found.push(match)
    if (found.length === 0) {
      append(value, position)
      return
    }
    found.sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
    const local = offsetsOf(value, position)
    let at = 0
    for (const match of found) {
      const start = match.index ?? 0
      if (start < at) continue
      const label = match[0]
      const before = tail() + value.slice(Math.max(at, start - 24), start)
      if (label.startsWith('^') && isExponentContext(before)) continue
      const numbers = markerNumbers(label)
      if (numbers.length === 0) continue
      const from = local[start]
      const last = local[start + label.length - 1]
      if (endsSentence(before)) {
        push(value, local, at, start)
        marker(label, numbers, from, last === undefined ? undefined : last + 1, position)
      } else {
        push(value, local, at, start)
        const textStart = length
        push(value, local, start, start + label.length)
        masked.push([textStart, length])
        const place = source && from !== undefined && last !== undefined && startPoint?.offset !== undefined ? {start: pointAt(from), end: pointAt(last + 1)} : position
        references.push({type: 'marker', label, numbers, start: textStart, end: length, position: place})
      }
      at = start + label.length
    }
    push(value, local, at)
  }

  /** Plain text of a few inline nodes (to read a superscript's content). */
  const plainText = (nodes: Nodes[]): string => {
    let result = ''
    const walk = (child: Nodes): void => {
      if (result.length > 64) return
      if (child.type === 'text' || child.type === 'inlineCode') result += child.value
      else if ('children' in child) for (const grandchild of child.children as Nodes[]) walk(grandchild)
    }
    for (const child of nodes) walk(child)
    return result
  }

  const inline = (child: Nodes): void => {
    if (skippedInline.has(child.type)) return
    if (maskedInline.has(child.type) && 'value' in child && typeof child.value === 'string') {
      const start = length
      append(child.value, child.position)
      masked.push([start, length])
      return
    }
    switch (child.type) {
      case 'text':
        textWithMarkers(child.value, child.position)
        return
      case 'break':
        append('\n', undefined)
        return
      case 'footnoteReference': {
        const at = anchor()
        references.push({type: 'footnote', identifier: normalizeIdentifier(child.identifier), start: at, end: at, position: child.position})
        if (child.position?.end.offset !== undefined) lastOffset = child.position.end.offset
        return
      }
      case 'link':
      case 'linkReference': {
        if (child.type === 'link' && child.url.startsWith('#')) {
          // An in-page anchor whose text is a number (`[[1]](#ref-1)`) is a citation marker.
          const label = plainText(child.children)
          if (label.length <= 40 && markerLabelPattern.test(label)) {
            const numbers = markerNumbers(label)
            if (numbers.length > 0) {
              marker(label.trim(), numbers, child.position?.start.offset, child.position?.end.offset, child.position)
              if (child.position?.end.offset !== undefined) lastOffset = child.position.end.offset
              return
            }
          }
        }
        const start = length
        inlineAll(child.children)
        const url = child.type === 'link' ? child.url : definitions.get(normalizeIdentifier(child.identifier))
        if (child.type === 'link' || url !== undefined) {
          references.push({type: 'link', url, start, end: length, position: child.position})
        }
        if (child.position?.end.offset !== undefined) lastOffset = child.position.end.offset
        return
      }
      default:
        if ('children' in child) inlineAll(child.children as Nodes[])
    }
  }

  /** Inline children, with `<sup>1</sup>` (raw HTML around a number) read as a citation marker. */
  const inlineAll = (children: Nodes[]): void => {
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Nodes
      if (child.type === 'html' && supOpenPattern.test(child.value)) {
        let close = -1
        for (let j = i + 1; j < children.length && j <= i + 8; j++) {
          const candidate = children[j] as Nodes
          if (candidate.type === 'html' && supClosePattern.test(candidate.value)) {
            close = j
            break
          }
        }
        if (close !== -1) {
          const label = plainText(children.slice(i + 1, close))
          const numbers = label.length <= 40 && markerLabelPattern.test(label) && !isExponentContext(tail()) ? markerNumbers(label) : []
          if (numbers.length > 0) {
            const end = (children[close] as Nodes).position
            marker(label.trim(), numbers, child.position?.start.offset, end?.end.offset, child.position)
            if (end?.end.offset !== undefined) lastOffset = end.end.offset
            i = close
            continue
          }
        }
      }
      inline(child)
    }
  }

  inlineAll(node.children as Nodes[])
  offsets.push(length > 0 ? (offsets[length - 1] ?? lastOffset) + 1 : lastOffset)
  const joined = text.join('')
  let plain = joined
  if (masked.length > 0) {
    // One pass (ranges are in order): blanking range by range would be quadratic.
    const parts: string[] = []
    let at = 0
    for (const [start, end] of masked) {
      parts.push(joined.slice(at, start), ' '.repeat(end - start))
      at = end
    }
    parts.push(joined.slice(at))
    plain = parts.join('')
  }

  return {
    index,
    kind: node.type as UnitKind,
    node,
    text: joined,
    plain,
    offsets,
    references,
    masked,
    section: -1,
    inReferences: false,
    inFootnote: false
  }
}
