/**
 * What a lint run shows, and what its exit code counts: `--quiet` keeps errors only; drafts
 * found through a folder or a glob are summarised in one line each (unless `--drafts=full`);
 * findings of one rule in a row give their shared "how to fix" once. The exit code counts
 * exactly what is shown, except drafts found by a glob, which never fail the run.
 */
import type {FileReport, Report, ReportMessage} from '../report-types.js'
import {summarise} from '../report/summary.js'
import {severitiesOf} from '../report/raw.js'

export type DraftsMode = 'summary' | 'full'

export interface PresentOptions {
  /** Files named on the command line: drafts among them are linted like any file. */
  named: ReadonlySet<string>
  quiet?: boolean | undefined
  drafts?: DraftsMode | undefined
  /** Drafts' findings fail the run too (`--strict-drafts`, `lint.strictDrafts`). */
  strictDrafts?: boolean | undefined
}

/** A draft that only came in through a folder or a glob: reported, but never failing the run. */
export function isBackgroundDraft(file: FileReport, options: PresentOptions): boolean {
  return Boolean(file.draft) && !options.strictDrafts && !options.named.has(file.path)
}

function copyWith(file: FileReport, messages: ReportMessage[]): FileReport {
  // A plain copy: the cached report's raw parts describe the original messages.
  return {...file, ledger: file.ledger, messages}
}

/** The report with `--quiet` applied (every format): errors only. */
export function applyQuiet(report: Report, quiet: boolean | undefined): Report {
  if (!quiet) return report
  const files = report.files.map((file) => (file.messages.every((m) => m.severity === 'error') ? file : copyWith(file, file.messages.filter((m) => m.severity === 'error'))))
  return {...report, files, summary: summarise(files)}
}

export interface DraftLine {
  path: string
  errors: number
  warnings: number
}

/** What stylish shows: background drafts' findings folded into one line each, shared fixes given once. */
export function forReading(report: Report, options: PresentOptions): {report: Report; drafts: DraftLine[]} {
  const drafts: DraftLine[] = []
  const files = report.files.map((file) => {
    if (options.drafts !== 'full' && isBackgroundDraft(file, options) && file.messages.length > 0) {
      let errors = 0
      let warnings = 0
      for (const message of file.messages) {
        if (message.severity === 'error') errors++
        else if (message.severity === 'warning') warnings++
      }
      drafts.push({path: file.path, errors, warnings})
      return copyWith(file, [])
    }
    const messages = shareFixes(file.messages)
    // A draft that counts (named, or --strict-drafts) is shown like any file, without "does not fail the run".
    if (file.draft && !isBackgroundDraft(file, options)) return {...copyWith(file, messages), draft: undefined}
    return messages === file.messages ? file : copyWith(file, messages)
  })
  return {report: {...report, files, summary: summarise(files)}, drafts}
}

/**
 * Findings of one rule on consecutive sentences (the same line, or the next line or paragraph),
 * with the same "how to fix": the first carries it (saying how many more it covers), the others
 * do not repeat it. Findings of other rules in between do not break the run.
 */
export function shareFixes(messages: ReportMessage[]): ReportMessage[] {
  const runs = new Map<string, {carrier: number; line: number; count: number}>()
  const carriers = new Map<number, number>()
  const followers = new Set<number>()
  messages.forEach((message, index) => {
    if (!message.note) return
    const key = `${message.ruleId}\u0000${message.note}`
    const line = message.line ?? 0
    const run = runs.get(key)
    if (run && line - run.line <= 2) {
      run.count++
      run.line = line
      carriers.set(run.carrier, run.count)
      followers.add(index)
    } else runs.set(key, {carrier: index, line, count: 0})
  })
  if (followers.size === 0) return messages
  return messages.map((message, index) => {
    const more = carriers.get(index)
    if (more !== undefined) return {...message, note: `${message.note} (also for the ${more} below)`}
    return followers.has(index) ? {...message, note: undefined, url: undefined} : message
  })
}

/** The one-line-per-draft block stylish ends with. */
export function draftLines(drafts: DraftLine[]): string {
  if (drafts.length === 0) return ''
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  const width = Math.max(...drafts.map((draft) => draft.path.length))
  const rows = drafts.map((draft) => `  ${draft.path.padEnd(width)}  ${plural(draft.errors, 'error')}, ${plural(draft.warnings, 'warning')}`)
  return [`Drafts, not counted above (they do not fail the run; name one, or pass --drafts=full, to see its findings):`, ...rows].join('\n') + '\n'
}

/** 1 when what counts (see the module comment) has an error, or more warnings than `maxWarnings`. */
export function exitCodeOf(report: Report, options: PresentOptions & {maxWarnings?: number | undefined}): 0 | 1 {
  let errors = 0
  let warnings = 0
  for (const file of report.files) {
    if (isBackgroundDraft(file, options)) continue
    // A file or page that could not be checked is never a pass.
    if (file.failed) errors++
    // Severities only: a cached report's messages are not parsed for this.
    for (const severity of severitiesOf(file)) {
      if (severity === 'error') errors++
      else if (severity === 'warning' && !options.quiet) warnings++
    }
  }
  if (errors > 0) return 1
  return options.maxWarnings !== undefined && warnings > options.maxWarnings ? 1 : 0
}
