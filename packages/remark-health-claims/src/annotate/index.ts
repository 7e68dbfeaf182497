import type {Properties} from 'hast'
import type {Parent, PhrasingContent, Root, RootContent, Text} from 'mdast'
import type {Point} from 'unist'
import type {Claim} from '../types.js'
import {createClaimMark, isClaimMark} from './node.js'
import {valueOffset} from './locate.js'

export {claimMarkNodeType, createClaimMark, isClaimMark} from './node.js'
export type {HealthClaimMark} from './node.js'

/** Parents whose children are inline: a claim can be wrapped among them. */
const phrasingParents = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'mdxJsxTextElement'
])

/** Never annotate inside these: generated or already annotated content. */
const closedParents = new Set(['healthClaimMark', 'healthDisclaimer', 'code', 'html'])

type Node = Root | RootContent

interface Span {
  claim: Claim
  start: number
  end: number
}

export interface AnnotateOptions {
  /** Which claims to wrap. Default: those with status `unsourced`. */
  select?: ((claim: Claim) => boolean) | undefined
  /**
   * Properties of each claim's `<mark>` (hast properties, e.g. `{className: ['claim', 'claim--weak'], id: claim.id}`).
   * Default: `{className: ['claim-unsourced'], dataRule: 'unsourced-claim'}`.
   */
  properties?: ((claim: Claim) => Properties) | undefined
}

/**
 * Wrap every unsourced claim in a `healthClaimMark` node (HTML:
 * `<mark class="claim-unsourced" data-rule="unsourced-claim">`).
 *
 * The wrap happens in the innermost inline container holding the whole claim.
 * Text nodes are split at the claim's edges; other inline nodes (links,
 * emphasis, code) are never split: when an edge falls inside one, the mark
 * grows to include all of it. Text is never lost or reordered. Claims that
 * overlap a mark (from an earlier claim or an earlier run) are left alone, so
 * annotating twice changes nothing. Claims that cross block boundaries are
 * not marked.
 *
 * `options.select` and `options.properties` let a caller (the reviewer's
 * report) mark claims of every status and style each by what it is.
 */
export function annotateClaims(tree: Root, claims: Claim[], options: AnnotateOptions = {}): void {
  const select = options.select ?? ((claim: Claim) => claim.status === 'unsourced')
  const spans: Span[] = []
  for (const claim of claims) {
    if (!select(claim)) continue
    const start = claim.position?.start?.offset
    const end = claim.position?.end?.offset
    if (typeof start === 'number' && typeof end === 'number' && end > start) spans.push({claim, start, end})
  }
  if (spans.length === 0) return
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  annotateIn(tree, spans, options.properties)
}

type PropertiesOf = AnnotateOptions['properties']

function annotateIn(node: Node, spans: Span[], properties: PropertiesOf): void {
  if (closedParents.has(node.type) || !('children' in node)) return
  const children = node.children as Node[]
  const here: Span[] = []
  const inChild = new Map<number, Span[]>()
  let index = 0

  for (const span of spans) {
    while (index < children.length && endOf(children[index] as Node) <= span.start) index++
    if (index >= children.length) break
    const child = children[index] as Node
    const childStart = startOf(child)
    if (childStart >= span.end) continue
    if (childStart <= span.start && span.end <= endOf(child) && 'children' in child) {
      let list = inChild.get(index)
      if (!list) inChild.set(index, (list = []))
      list.push(span)
    } else {
      here.push(span)
    }
  }

  for (const [childIndex, list] of inChild) annotateIn(children[childIndex] as Node, list, properties)
  if (here.length > 0 && phrasingParents.has(node.type)) wrap(node as Parent, here, properties)
}

interface Edge {
  index: number
  /** Cut inside a text child at this value offset; `undefined`: the edge is the whole child's edge. */
  cut: number | undefined
  point: Point
}

function wrap(parent: Parent, spans: Span[], properties: PropertiesOf): void {
  const children = parent.children as PhrasingContent[]
  const cuts = new Map<number, Map<number, Point>>()
  const accepted: Array<{from: Edge; to: Edge; claim: Claim}> = []
  let previousEnd: {index: number; offset: number; point: Point} | undefined
  let first = 0

  for (const span of spans) {
    // First child ending after the claim starts; last child starting before it ends.
    while (first < children.length && endOf(children[first] as Node) <= span.start) first++
    let last = first
    while (last + 1 < children.length && startOf(children[last + 1] as Node) < span.end) last++
    if (first >= children.length || startOf(children[first] as Node) >= span.end) continue

    let from = edge(children, first, span, 'start')
    // The claim starts in the text node where the previous mark ended, at an
    // offset we cannot pin down: start right after that mark. A second run
    // sees that node already split there, so both runs agree.
    if (from.cut === undefined && previousEnd && previousEnd.index === from.index && Number.isFinite(previousEnd.offset) && span.start > startOf(children[first] as Node)) {
      from = {index: from.index, cut: previousEnd.offset, point: previousEnd.point}
    }
    const to = edge(children, last, span, 'end')
    const fromOffset = from.cut ?? 0
    if (previousEnd && (from.index < previousEnd.index || (from.index === previousEnd.index && fromOffset < previousEnd.offset))) continue
    let touchesMark = false
    for (let index = from.index; index <= to.index; index++) {
      if (isClaimMark(children[index] as PhrasingContent)) touchesMark = true
    }
    if (touchesMark) continue

    for (const side of [from, to]) {
      if (side.cut === undefined) continue
      let map = cuts.get(side.index)
      if (!map) cuts.set(side.index, (map = new Map()))
      map.set(side.cut, side.point)
    }
    accepted.push({from, to, claim: span.claim})
    previousEnd = {index: to.index, offset: to.cut ?? Number.POSITIVE_INFINITY, point: to.point}
  }

  if (accepted.length === 0) return

  // Split text children at the cuts; remember where each piece landed.
  const pieces: PhrasingContent[] = []
  const pieceIndex = new Map<number, Map<number, number>>()
  const base: number[] = []
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as PhrasingContent
    base[index] = pieces.length
    const map = cuts.get(index)
    if (!map || child.type !== 'text') {
      pieces.push(child)
      continue
    }
    const offsets = [...map.keys()].sort((a, b) => a - b)
    const lookup = new Map<number, number>()
    let from = 0
    let fromPoint = child.position?.start
    for (const offset of offsets) {
      if (offset > from) pieces.push(textPiece(child, from, offset, fromPoint, map.get(offset)))
      lookup.set(offset, pieces.length)
      from = offset
      fromPoint = map.get(offset)
    }
    if (from < child.value.length) pieces.push(textPiece(child, from, child.value.length, fromPoint, child.position?.end))
    pieceIndex.set(index, lookup)
  }
  base[children.length] = pieces.length

  const result: PhrasingContent[] = []
  let next = 0
  for (const {from, to, claim} of accepted) {
    const start = from.cut === undefined ? (base[from.index] as number) : (pieceIndex.get(from.index)?.get(from.cut) as number)
    const end = to.cut === undefined ? (base[to.index + 1] as number) : (pieceIndex.get(to.index)?.get(to.cut) as number)
    if (end <= start) continue
    while (next < start) result.push(pieces[next++] as PhrasingContent)
    result.push(createClaimMark(pieces.slice(start, end), properties?.(claim)))
    next = end
  }
  while (next < pieces.length) result.push(pieces[next++] as PhrasingContent)
  parent.children = result
}

function edge(children: PhrasingContent[], index: number, span: Span, side: 'start' | 'end'): Edge {
  const child = children[index] as PhrasingContent
  const point = side === 'start' ? span.claim.position.start : span.claim.position.end
  const inside = side === 'start' ? span.start > startOf(child) : span.end < endOf(child)
  if (child.type === 'text' && inside) {
    const cut = valueOffset(child, point, span.claim.text, side)
    if (cut !== undefined && cut > 0 && cut < child.value.length) return {index, cut, point}
  }
  return {index, cut: undefined, point}
}

function textPiece(node: Text, from: number, to: number, start: Point | undefined, end: Point | undefined): Text {
  const piece: Text = {type: 'text', value: node.value.slice(from, to)}
  if (node.data) piece.data = {...node.data}
  if (start && end) piece.position = {start: {...start}, end: {...end}}
  return piece
}

/** Children without a position (generated) never hold a claim: they sort as empty. */
function startOf(node: Node): number {
  return node.position?.start.offset ?? Number.NEGATIVE_INFINITY
}

function endOf(node: Node): number {
  return node.position?.end.offset ?? Number.NEGATIVE_INFINITY
}
