/**
 * Read one article, turning every way a file can be unusable into one clear
 * message (rules `file-*`) instead of a crash.
 */
import {readFileSync, statSync} from 'node:fs'
import {isUtf8} from 'node:buffer'
import type {ReportMessage} from '../report-types.js'
import {caveatRule} from '../rules/index.js'
import {ruleDocsUrl} from '../docs.js'

export type ReadResult = {ok: true; content: string} | {ok: false; message: ReportMessage}

function problem(ruleId: string, message: string, line = 1, note?: string): ReadResult {
  return {
    ok: false,
    message: {
      ruleId,
      source: 'caveat',
      severity: 'error',
      message,
      note: note ?? caveatRule(ruleId)?.note,
      url: ruleDocsUrl(ruleId),
      line,
      column: 1
    }
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** Read `absolutePath`, or check `given` (text from stdin) as if it were that file's content. */
export async function readArticle(absolutePath: string, maxFileSize: number, given?: Buffer): Promise<ReadResult> {
  let buffer: Buffer
  if (given !== undefined) {
    if (given.length > maxFileSize) return problem('file-too-large', `Input is too large to lint (${megabytes(given.length)}; the limit is ${megabytes(maxFileSize)})`)
    buffer = given
  } else try {
    // Synchronous on purpose: a thousand small reads cost far less without thread-pool
    // round trips, and the main thread has nothing else to do while it reads.
    const info = statSync(absolutePath)
    if (info.isDirectory()) return problem('file-unreadable', 'Cannot read file: it is a directory', 1, 'Pass a markdown file or a glob such as `content/**/*.md`')
    if (info.size > maxFileSize) {
      return problem('file-too-large', `File is too large to lint (${megabytes(info.size)}; the limit is ${megabytes(maxFileSize)})`)
    }
    buffer = readFileSync(absolutePath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'File not found (or a broken link)'
        : code === 'EACCES' || code === 'EPERM'
          ? 'Permission denied'
          : `Cannot read file (${code ?? (error as Error).message})`
    return problem('file-unreadable', `Cannot read file: ${reason}`)
  }
  // Like git: a NUL byte near the start means binary.
  if (buffer.subarray(0, 8000).includes(0)) {
    return problem('file-binary', 'File is binary, not markdown text')
  }
  if (!isUtf8(buffer)) {
    const text = new TextDecoder('utf-8').decode(buffer)
    const at = text.indexOf('\uFFFD')
    const line = at === -1 ? 1 : text.slice(0, at).split('\n').length
    return problem('file-encoding', `File is not valid UTF-8 (first invalid byte on line ${line})`, line)
  }
  let content = buffer.toString('utf8')
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1)
  if (content.trim() === '') return problem('file-empty', 'File is empty')
  return {ok: true, content}
}
