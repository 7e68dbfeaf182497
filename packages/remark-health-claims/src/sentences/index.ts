/**
 * Sentences of a markdown document with exact positions.
 */
import type {Root} from 'mdast'
import type {Point, Position} from 'unist'
import {location} from 'vfile-location'
import {collectUnits, type CollectResult, type Unit} from './units.js'
import {splitSentences, type TextRange} from './split.js'

export {splitSentences, type TextRange} from './split.js'
export {collectUnits, type Unit, type UnitKind, type UnitReference, type CollectResult} from './units.js'

export interface Sentence {
  /** Index in document order. */
  index: number
  unit: Unit
  /** Range in `unit.text`. */
  start: number
  end: number
  text: string
  /** `text` with inline code and math blanked out (same length): what detection reads. */
  plain: string
  position: Position
}

export interface Document extends CollectResult {
  sentences: Sentence[]
  /** Place of a range of a unit's text in the source. */
  place: (unit: Unit, start: number, end: number) => Position
}

/**
 * Split the prose of `tree` into sentences. `source` is the document text the
 * tree was parsed from (`String(file)`); positions are exact when it is given.
 */
export function documentSentences(tree: Root, source: string): Document {
  const collected = collectUnits(tree, source)
  const toPoint = source ? location(source).toPoint : undefined

  const point = (unit: Unit, offset: number): Point => {
    const converted = toPoint?.(offset)
    if (converted) return {line: converted.line, column: converted.column, offset}
    // Without source text, fall back on the unit's own place.
    const start = unit.node.position?.start ?? {line: 1, column: 1}
    return {line: start.line, column: start.column, offset}
  }

  const place = (unit: Unit, start: number, end: number): Position => {
    const from = unit.offsets[start] ?? unit.offsets[unit.offsets.length - 1] ?? 0
    const last = end > start ? unit.offsets[end - 1] : undefined
    const to = last === undefined ? from : last + 1
    return {start: point(unit, from), end: point(unit, to)}
  }

  const sentences: Sentence[] = []
  for (const unit of collected.units) {
    const ranges = splitSentences(unit.text)
    for (const range of mergeCitationOnly(unit, ranges)) {
      sentences.push({
        index: sentences.length,
        unit,
        start: range.start,
        end: range.end,
        text: unit.text.slice(range.start, range.end),
        plain: unit.plain.slice(range.start, range.end),
        position: place(unit, range.start, range.end)
      })
    }
  }

  return {...collected, sentences, place}
}

/**
 * Citations that follow the full stop ("Kratom eases pain. ([Smith 2020](…))")
 * belong to the sentence before them: move the boundary past them.
 */
function mergeCitationOnly(unit: Unit, ranges: TextRange[]): TextRange[] {
  if (unit.references.length === 0 || ranges.length < 2) return ranges
  const starts = new Map<number, number>()
  for (const reference of unit.references) if (reference.end > reference.start) starts.set(reference.start, Math.max(reference.end, starts.get(reference.start) ?? 0))
  const result: TextRange[] = []
  for (const range of ranges) {
    const previous = result[result.length - 1]
    const end = previous ? leadingCitationsEnd(unit.text, starts, range) : range.start
    if (previous && end > range.start) {
      previous.end = end
      let start = end
      while (start < range.end && /\s/.test(unit.text.charAt(start))) start++
      if (start < range.end && /[\p{L}\p{N}]/u.test(unit.text.slice(start, range.end))) result.push({start, end: range.end})
    } else {
      result.push({...range})
    }
  }
  return result
}

/**
 * End of the citations (with their brackets and separators) a range starts
 * with, or `range.start` when it does not start with one.
 */
function leadingCitationsEnd(text: string, starts: Map<number, number>, range: TextRange): number {
  let index = range.start
  let end = range.start
  for (;;) {
    while (index < range.end && '([ ,;'.includes(text.charAt(index))) index++
    const referenceEnd = starts.get(index)
    if (referenceEnd === undefined) break
    index = referenceEnd
    while (index < range.end && ')].'.includes(text.charAt(index))) index++
    end = index
  }
  return end
}
