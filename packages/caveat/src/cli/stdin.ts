import {UsageError, type CliIo} from '../cli-io.js'

/** All of stdin, for `--stdin`. Refuses an interactive terminal (it would wait forever). */
export async function readStdin(io: CliIo): Promise<Buffer> {
  const stream = io.stdin ?? process.stdin
  if ((stream as {isTTY?: boolean}).isTTY) throw new UsageError('--stdin reads the text from a pipe or a file: `caveat lint --stdin < article.md`.')
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}
