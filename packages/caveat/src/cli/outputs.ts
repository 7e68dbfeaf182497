/**
 * `--format`/`--output` pairs, in the order given: each `--output` belongs to the
 * `--format` before it (`--format json --output a.json --format sarif --output b.sarif`).
 */
import {mkdir, open, rename, unlink, writeFile, type FileHandle} from 'node:fs/promises'
import {randomBytes} from 'node:crypto'
import path from 'node:path'
import {UsageError, type CliIo} from '../cli-io.js'
import {formatForFile, formats, isFormat, render, type Format} from '../reporters/index.js'
import type {Report} from '../report-types.js'

export interface OutputTarget {
  format: Format
  /** Undefined: stdout. */
  file?: string | undefined
}

function valueOf(argv: string[], index: number, flag: string): string {
  const value = argv[index + 1]
  if (value === undefined || value.startsWith('-')) throw new UsageError(`${flag} needs a value`)
  return value
}

/** Parse the pairs in `argv` (the arguments after the subcommand); `allowed`: the formats this command writes. */
export function parseOutputs(argv: string[], allowed: readonly string[] = formats): OutputTarget[] {
  const targets: Array<{format?: Format; file?: string}> = []
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--') break
    let format: string | undefined
    let file: string | undefined
    if (arg === '-f' || arg === '--format') format = valueOf(argv, index++, arg)
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length)
    else if (arg === '-o' || arg === '--output') file = valueOf(argv, index++, arg)
    else if (arg.startsWith('--output=')) file = arg.slice('--output='.length)
    if (format !== undefined) {
      if (!isFormat(format) || !allowed.includes(format)) throw new UsageError(`Unknown --format "${format}". Use one of: ${allowed.join(', ')}.`)
      targets.push({format})
    }
    if (file !== undefined) {
      const last = targets.at(-1)
      if (last && last.file === undefined) last.file = file
      else targets.push({file})
    }
  }
  if (targets.length === 0) return [{format: 'stylish'}]
  return targets.map((target) => {
    const implied = target.file ? (formatForFile(target.file) ?? (/\.html?$/i.test(target.file) ? 'html' : undefined)) : undefined
    const format = target.format ?? (implied && allowed.includes(implied) ? implied : undefined) ?? 'stylish'
    return {format, file: target.file}
  })
}

async function writeAtomically(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  await writeFile(temporary, content)
  await rename(temporary, file)
}

export interface EmitOptions {
  /** What stylish shows instead of `report` (see present.ts), and lines to put before its summary line. */
  stylish?: {report: Report; beforeSummary: string} | undefined
  /** The run exits 2: stylish's "✔ No problems" line would lie, so it is left out. */
  failed?: boolean | undefined
}

export async function emit(report: Report, targets: OutputTarget[], io: CliIo, options: EmitOptions = {}): Promise<void> {
  for (const target of targets) {
    if (target.format === 'json' && target.file !== undefined) {
      await writeJsonReport(io, target.file, report)
      continue
    }
    const color = useColor(io, target)
    let text: string
    if (target.format === 'stylish') text = finishStylish(await render('stylish', options.stylish?.report ?? report, {color}), options)
    else text = await render(target.format, report, {color})
    if (target.file === undefined) io.stdout.write(text)
    else await writeOutput(io, target.file, text)
  }
}

export function useColor(io: CliIo, target: OutputTarget): boolean {
  return target.file === undefined && Boolean(io.stdout.isTTY) && io.env['NO_COLOR'] === undefined
}

/** stylish ends with its summary line: the drafts block goes before it, and a ✔ goes when the run failed. */
function finishStylish(text: string, options: EmitOptions): string {
  const lines = text.replace(/\n$/, '').split('\n')
  const summary = lines.pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const success = summary.replace(/\u001b\[[0-9;]*m/g, '').startsWith('✔')
  const parts = [lines.join('\n')]
  if (options.stylish?.beforeSummary) parts.push((lines.length > 0 && lines.at(-1) !== '' ? '\n' : '') + options.stylish.beforeSummary.replace(/\n$/, ''))
  if (!(options.failed && success)) parts.push(summary)
  const shown = parts.filter((part) => part !== '').join('\n')
  return shown === '' ? '' : shown + '\n'
}

/** The JSON report streamed to its file (it can be tens of MB): atomically, like the others. */
async function writeJsonReport(io: CliIo, file: string, report: Report): Promise<void> {
  const {jsonChunks} = await import('../reporters/json.js')
  const target = path.resolve(io.cwd, file)
  const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    await mkdir(path.dirname(target), {recursive: true})
    const handle = await open(temporary, 'w')
    try {
      // Gathered writes: the cached parts go to the file as they are, never copied into one buffer.
      for (const batch of batched(jsonChunks(report))) await writeAll(handle, batch)
    } finally {
      await handle.close()
    }
    await rename(temporary, target)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw new UsageError(`Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Check that the folder is writable.`)
  }
  wrote(io, file)
}

/** Every file a command writes is announced on stderr (stdout stays the report's). */
export function wrote(io: CliIo, file: string): void {
  io.stderr.write(`caveat: wrote ${file}\n`)
}

/** Group chunks into batches of ~1 MB, each written with one writev call. */
function* batched(chunks: Iterable<string | Buffer>): Generator<Buffer[]> {
  let parts: Buffer[] = []
  let size = 0
  let text = ''
  const flushText = () => {
    if (text) parts.push(Buffer.from(text))
    size += text.length
    text = ''
  }
  for (const chunk of chunks) {
    // Small strings (punctuation, keys) are joined first: a writev of thousands of tiny buffers is slow too.
    if (typeof chunk === 'string') text += chunk
    else {
      flushText()
      parts.push(chunk)
      size += chunk.length
    }
    // IOV_MAX is 1024 on Linux: stay under it.
    if (size + text.length >= 1 << 20 || parts.length >= 1000) {
      flushText()
      yield parts
      parts = []
      size = 0
    }
  }
  flushText()
  if (parts.length > 0) yield parts
}

async function writeAll(handle: FileHandle, buffers: Buffer[]): Promise<void> {
  let pending = buffers
  while (pending.length > 0) {
    let {bytesWritten} = await handle.writev(pending)
    // A short write: drop what was written and go on with the rest.
    let index = 0
    while (index < pending.length && bytesWritten >= pending[index]!.length) bytesWritten -= pending[index++]!.length
    pending = pending.slice(index)
    if (bytesWritten > 0) pending[0] = pending[0]!.subarray(bytesWritten)
  }
}

/** Write one report file atomically, with a clear error when it cannot be written. */
export async function writeOutput(io: CliIo, file: string, text: string): Promise<void> {
  try {
    await writeAtomically(path.resolve(io.cwd, file), text)
  } catch (error) {
    throw new UsageError(`Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Check that the folder is writable.`)
  }
  wrote(io, file)
}
