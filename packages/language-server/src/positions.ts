/** unist positions (1-based) ↔ LSP positions (0-based, UTF-16: the same units as JavaScript strings). */
import type {Position as LspPosition, Range} from 'vscode-languageserver'
import type {Point, Position} from 'unist'

export function toLspPosition(point: Point): LspPosition {
  return {line: point.line - 1, character: point.column - 1}
}

export function toRange(position: Position): Range {
  return {start: toLspPosition(position.start), end: toLspPosition(position.end)}
}

function compare(a: LspPosition, b: LspPosition): number {
  return a.line - b.line || a.character - b.character
}

/** Whether `point` lies in `range` (end inclusive: the cursor just after a sentence still hovers it). */
export function contains(range: Range, point: LspPosition): boolean {
  return compare(range.start, point) <= 0 && compare(point, range.end) <= 0
}

export function overlaps(a: Range, b: Range): boolean {
  return compare(a.start, b.end) <= 0 && compare(b.start, a.end) <= 0
}
