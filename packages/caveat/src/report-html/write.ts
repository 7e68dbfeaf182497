/**
 * Write the report folder atomically: build it next to the target, then swap
 * it in, so a reader (or a dev server) never sees half a report. An existing
 * folder is replaced only if it is a Caveat report, never anything else.
 */
import {randomBytes} from 'node:crypto'
import {mkdir, readdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {ReviewReport} from './render.js'
import {UsageError} from '../cli-io.js'

/** The report folder cannot be written where asked: exit 2. */
export class ReportFolderError extends UsageError {
  override name = 'ReportFolderError'
}

const marker = 'name="generator" content="caveat report'

async function isReplaceable(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)))
  if (entries === undefined || entries.length === 0) return true
  const index = await readFile(path.join(dir, 'index.html'), 'utf8').catch(() => '')
  return index.includes(marker)
}

export async function writeReportFolder(dir: string, report: ReviewReport): Promise<void> {
  const target = path.resolve(dir)
  if (!(await isReplaceable(target))) {
    throw new ReportFolderError(`${dir} exists and is not a Caveat report folder, so it was left alone. Choose another --output, or empty it first.`)
  }
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`
  const staging = `${target}.tmp-${suffix}`
  const old = `${target}.old-${suffix}`
  await mkdir(path.dirname(target), {recursive: true})
  try {
    await mkdir(path.join(staging, 'articles'), {recursive: true})
    await writeFile(path.join(staging, 'index.html'), report.index)
    for (const [page, html] of report.pages) await writeFile(path.join(staging, page), html)
    const existed = await rename(target, old).then(
      () => true,
      (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error))
    )
    await rename(staging, target)
    if (existed) await rm(old, {recursive: true, force: true})
  } catch (error) {
    await rm(staging, {recursive: true, force: true})
    throw error
  }
}
