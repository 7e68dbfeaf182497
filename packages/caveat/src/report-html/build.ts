/** What the HTML report reads besides the lint report: the articles' sources and an a11y report. */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {readReport} from '../report/merge.js'
import type {Report} from '../report-types.js'
import {UsageError} from '../cli-io.js'

export async function readSources(report: Report, cwd: string): Promise<Map<string, string>> {
  const sources = new Map<string, string>()
  await Promise.all(
    report.files.map(async (file) => {
      const text = await readFile(path.resolve(cwd, file.path), 'utf8').catch(() => undefined)
      if (text !== undefined) sources.set(file.path, text)
    })
  )
  return sources
}

export async function readA11yReport(file: string, cwd: string): Promise<Report> {
  const report = await readReport(path.resolve(cwd, file))
  if (report.kind !== 'a11y') throw new UsageError(`${file} is a ${report.kind} report; --a11y needs the JSON of \`caveat a11y --format json --output FILE\`.`)
  return report
}
