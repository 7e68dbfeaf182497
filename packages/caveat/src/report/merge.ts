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
