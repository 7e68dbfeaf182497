import {createHash} from 'node:crypto'
import {stableStringify} from './stable-stringify.js'

/** Cache key of one article: what is rendered, how, and by which versions of the tools. */
export function articleKey(input: {
  body: string
  frontmatter: Record<string, unknown>
  lineOffset: number
  optionsHash: string
}): string {
  return createHash('sha256')
    .update(input.optionsHash)
    .update('\0')
    .update(String(input.lineOffset))
    .update('\0')
    .update(stableStringify(input.frontmatter))
    .update('\0')
    .update(input.body)
    .digest('hex')
}

/** Hash of the render options and tool versions, computed once per build. */
export function optionsHash(options: unknown, versions: string): string {
  return createHash('sha256').update(stableStringify(options)).update('\0').update(versions).digest('hex')
}
