/**
 * Read one article, turning every way a file can be unusable into one clear message (the
 * `file-*` input rules, in src/rules/) instead of a crash.
 */
import {readFileSync, statSync} from 'node:fs'
import type {ReportMessage} from '../report-types.js'
import type {LintSettings} from '../config/schema.js'
import type {FileInput} from '../rules/types.js'
import {checkInput} from '../rules/engine.js'

export type ReadResult = {ok: true; content: string} | {ok: false; message: ReportMessage}

/** Stat and (when it is a file within the size limit) read the file. Never throws. */
export function readInput(absolutePath: string, maxFileSize: number): FileInput {
  try {
    // Synchronous on purpose: a thousand small reads cost far less without thread-pool
    // round trips, and the main thread has nothing else to do while it reads.
    const info = statSync(absolutePath)
    if (info.isDirectory()) return {isDirectory: true}
    if (info.size > maxFileSize) return {size: info.size}
    return {size: info.size, bytes: readFileSync(absolutePath)}
  } catch (error) {
    return {error: error as NodeJS.ErrnoException}
  }
}

/** Read `absolutePath`, or check `given` (text from stdin) as if it were that file's content. */
export async function readArticle(absolutePath: string, lint: LintSettings, given?: Buffer): Promise<ReadResult> {
  const input: FileInput =
    given === undefined ? readInput(absolutePath, lint.maxFileSize) : given.length > lint.maxFileSize ? {size: given.length} : {size: given.length, bytes: given}
  const problem = checkInput(input, lint)
  if (problem) return {ok: false, message: problem}
  let content = input.bytes!.toString('utf8')
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1)
  return {ok: true, content}
}
