import type {Report} from '../report-types.js'
import type {Reporter} from './types.js'
import {fileJsonChunks} from '../report/raw.js'

/**
 * The report as JSON, in pieces: the header, then one line per file, then the summary.
 * A 1,000-article report is ~80 MB; written piece by piece it never exists as one
 * string, and one file per line keeps it greppable and diffable.
 */
export function* jsonChunks(report: Report): Generator<string | Buffer> {
  const {files, ...rest} = report
  const head = JSON.stringify({tool: rest.tool, version: rest.version, kind: rest.kind, shard: rest.shard})
  yield `${head.slice(0, -1)},\n"files": [`
  for (let index = 0; index < files.length; index++) {
    yield index === 0 ? '\n' : ',\n'
    // Files served from the cache bring their messages and ledger as JSON bytes.
    yield* fileJsonChunks(files[index]!)
  }
  const {tool: _tool, version: _version, kind: _kind, shard: _shard, ...tail} = rest
  yield `\n],\n${JSON.stringify(tail).slice(1)}\n`
}

/** The report itself: what `caveat report merge` and `caveat report` read. */
export const json: Reporter = (report) => [...jsonChunks(report)].map(String).join('')
