/**
 * File reports served from the cache keep their messages and ledger as the JSON bytes
 * the cache holds. A warm run over 1,000 articles would otherwise decode, parse,
 * re-serialise and encode ~80 MB of JSON that did not change: the JSON report splices
 * the bytes in as they are, and everything else parses them on first use.
 *
 * The summary, the exit code and the stylish summary line only need severities and
 * claim counts: those come from a small index kept beside the bytes.
 */
import type {FileReport, MessageSeverity, ReportMessage} from '../report-types.js'
import type {HealthClaimsLedger} from 'remark-health-claims'
// The counts subpath: no classifier loaded by reporters.
import {countClaims, type ClaimCounts} from 'remark-health-claims/counts'

/** Sort key and place of one cached message: line, column, rule id, severity, byte range in `messages`. */
export type MessageIndexEntry = [line: number, column: number, ruleId: string, severity: MessageSeverity, start: number, end: number]

export type {ClaimCounts}

export interface RawParts {
  /** The cached messages as a JSON array. */
  messages: Buffer
  index: MessageIndexEntry[]
  /** Messages judged after the cache (document rules), not in `messages`. */
  extra: ReportMessage[]
  /** The report's message order: `>= 0` is `index[i]`, `< 0` is `extra[-1 - i]`. */
  order: number[]
  /** The ledger as JSON, when there is one. */
  ledger?: Buffer | undefined
  claimCounts?: ClaimCounts | undefined
}

const raw = Symbol('caveat.rawParts')

type WithRaw = FileReport & {[raw]?: RawParts}

export function rawPartsOf(file: FileReport): RawParts | undefined {
  return (file as WithRaw)[raw]
}

/** The same order as sorting the messages themselves: line, column, rule id, stable. */
export function compareMessages(
  a: {line?: number | undefined; column?: number | undefined; ruleId: string},
  b: {line?: number | undefined; column?: number | undefined; ruleId: string}
): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId)
}

export function messageOrder(index: MessageIndexEntry[], extra: ReportMessage[]): number[] {
  const keys = [
    ...index.map(([line, column, ruleId], position) => ({line, column, ruleId, position})),
    ...extra.map((message, position) => ({line: message.line, column: message.column, ruleId: message.ruleId, position: -1 - position}))
  ]
  return keys.sort(compareMessages).map((key) => key.position)
}

/**
 * A file report whose `messages` and `ledger` are parsed from `parts` on first access
 * (then kept). Key order is that of a report built from parsed data, so both serialise alike.
 */
export function lazyFileReport(fields: Omit<FileReport, 'messages' | 'ledger'>, parts: RawParts): FileReport {
  let messages: ReportMessage[] | undefined
  let ledger: HealthClaimsLedger | undefined
  let ledgerParsed = false
  // Properties in the order finalize() gives a fresh report: both must serialise alike.
  const file = {path: fields.path, draft: fields.draft} as WithRaw
  Object.defineProperty(file, 'messages', {
    enumerable: true,
    configurable: true,
    get: () => (messages ??= materialiseMessages(parts)),
    set: (value: ReportMessage[]) => {
      // Someone replaced the messages: the bytes no longer describe them.
      messages = value
      parts.index = []
      parts.extra = value
      parts.order = value.map((_, position) => -1 - position)
    }
  })
  file.frontmatter = fields.frontmatter
  Object.defineProperty(file, 'ledger', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!ledgerParsed) {
        ledger = parts.ledger ? (JSON.parse(parts.ledger.toString('utf8')) as HealthClaimsLedger) : undefined
        ledgerParsed = true
      }
      return ledger
    },
    set: (value: HealthClaimsLedger | undefined) => {
      ledger = value
      ledgerParsed = true
      parts.ledger = value === undefined ? undefined : Buffer.from(JSON.stringify(value))
    }
  })
  const {path: _path, draft: _draft, frontmatter: _frontmatter, ...rest} = fields
  Object.assign(file, rest)
  Object.defineProperty(file, raw, {value: parts, enumerable: false})
  return file
}

function materialiseMessages(parts: RawParts): ReportMessage[] {
  const cached = parts.index.length > 0 ? (JSON.parse(parts.messages.toString('utf8')) as ReportMessage[]) : []
  return parts.order.map((position) => (position >= 0 ? cached[position]! : parts.extra[-1 - position]!))
}

/** Severities of a file's messages, without parsing cached ones. */
export function* severitiesOf(file: FileReport): Generator<MessageSeverity> {
  const parts = rawPartsOf(file)
  if (!parts) {
    for (const message of file.messages) yield message.severity
    return
  }
  for (const entry of parts.index) yield entry[3]
  for (const message of parts.extra) yield message.severity
}

/** Claim counts for summaries, without parsing a cached ledger. */
export function claimCountsOf(file: FileReport): ClaimCounts | undefined {
  const parts = rawPartsOf(file)
  if (parts?.claimCounts) return parts.claimCounts
  return file.counts ?? (file.ledger && countClaims(file.ledger))
}

/**
 * One file report as JSON, in pieces: cached messages and ledger as their bytes,
 * the rest serialised. Same text as `JSON.stringify(file)`.
 */
export function* fileJsonChunks(file: FileReport): Generator<string | Buffer> {
  const parts = rawPartsOf(file)
  if (!parts) {
    yield JSON.stringify(file)
    return
  }
  let first = true
  for (const key of Object.keys(file) as Array<keyof FileReport>) {
    let value: string | Buffer | undefined
    if (key === 'messages') {
      yield `${first ? '{' : ','}"messages":[`
      first = false
      for (let index = 0; index < parts.order.length; index++) {
        const position = parts.order[index]!
        if (index > 0) yield ','
        if (position >= 0) {
          const entry = parts.index[position]!
          yield parts.messages.subarray(entry[4], entry[5])
        } else yield JSON.stringify(parts.extra[-1 - position])
      }
      yield ']'
      continue
    }
    if (key === 'ledger') value = parts.ledger
    else {
      const item = file[key]
      value = item === undefined ? undefined : JSON.stringify(item)
    }
    if (value === undefined) continue
    yield `${first ? '{' : ','}${JSON.stringify(key)}:`
    first = false
    yield value
  }
  yield first ? '{}' : '}'
}
