/** `caveat report merge`: join the JSON reports of `--shard` runs into one. */
import {readFile} from 'node:fs/promises'
import {z} from 'zod'
import type {FileReport, Report} from '../report-types.js'
import {UsageError} from '../cli-io.js'
import {summarise} from './summary.js'

const reportShape = z.looseObject({
  tool: z.literal('caveat'),
  version: z.string(),
  kind: z.enum(['lint', 'a11y']),
  files: z.array(z.looseObject({path: z.string(), messages: z.array(z.looseObject({ruleId: z.string(), severity: z.enum(['error', 'warning', 'info'])}))})),
  shard: z.object({index: z.number().int().min(1), total: z.number().int().min(1)}).optional(),
  stats: z.object({analysed: z.number(), cached: z.number()}).optional()
})

export interface MergeResult {
  report: Report
  /** Files present in more than one input (the first one wins). */
  duplicates: string[]
}

export function mergeReports(reports: Report[]): MergeResult {
  if (reports.length === 0) throw new UsageError('caveat report merge: no reports given. Pass the JSON reports of each shard.')
  const kinds = new Set(reports.map((report) => report.kind))
  if (kinds.size > 1) throw new UsageError('caveat report merge: cannot merge lint and a11y reports together. Merge each kind separately.')
  const byPath = new Map<string, FileReport>()
  const duplicates: string[] = []
  for (const report of reports) {
    for (const file of report.files) {
      if (byPath.has(file.path)) duplicates.push(file.path)
      else byPath.set(file.path, file)
    }
  }
  const files = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const withStats = reports.filter((report) => report.stats)
  return {
    report: {
      tool: 'caveat',
      version: reports[0]!.version,
      kind: reports[0]!.kind,
      files,
      summary: summarise(files),
      stats: withStats.length
        ? {
            analysed: withStats.reduce((sum, report) => sum + report.stats!.analysed, 0),
            cached: withStats.reduce((sum, report) => sum + report.stats!.cached, 0)
          }
        : undefined
    },
    duplicates
  }
}

/**
 * `--expect-shards N`: the reports must be shards 1..N of N, each exactly once.
 * A shard that did not run (a cancelled matrix job, a missing artifact) is never green.
 */
export function checkShards(reports: Report[], names: string[], expected: number): void {
  const totals = new Set<number>()
  const seen = new Map<number, string>()
  reports.forEach((report, position) => {
    const name = names[position] ?? `report ${position + 1}`
    if (!report.shard) {
      throw new UsageError(
        `caveat report merge: ${name} is not a shard's report (it has no "shard" field). Pass the reports written with --shard i/${expected}.`
      )
    }
    totals.add(report.shard.total)
    const earlier = seen.get(report.shard.index)
    if (earlier !== undefined) {
      throw new UsageError(`caveat report merge: ${earlier} and ${name} are both shard ${report.shard.index}/${report.shard.total}. Pass each shard's report once.`)
    }
    seen.set(report.shard.index, name)
  })
  if (totals.size > 1) {
    throw new UsageError(
      `caveat report merge: the reports disagree on the number of shards (${[...totals].sort((a, b) => a - b).join(', ')}). Pass reports of one --shard i/n run.`
    )
  }
  const [total] = [...totals]
  if (total !== expected) {
    throw new UsageError(`caveat report merge: the reports are shards of ${total}, but --expect-shards is ${expected}. Make the matrix and the merge agree.`)
  }
}

/** The shard numbers in 1..expected that no report covers. */
export function missingShards(reports: Report[], expected: number): number[] {
  const present = new Set(reports.map((report) => report.shard?.index))
  const missing: number[] = []
  for (let index = 1; index <= expected; index++) if (!present.has(index)) missing.push(index)
  return missing
}

export async function readReport(file: string): Promise<Report> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new UsageError(`Cannot read report ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Check the path.`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new UsageError(`${file} is not JSON. Pass reports written by \`caveat lint --format json --output FILE\`.`)
  }
  const parsed = reportShape.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new UsageError(
      `${file} is not a caveat JSON report (${issue.path.map(String).join('.') || 'top level'}: ${issue.message}). Pass reports written by \`caveat lint --format json\`.`
    )
  }
  return data as Report
}
