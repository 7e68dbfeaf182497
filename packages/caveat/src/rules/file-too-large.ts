import type {InputRule} from './types.js'

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** Files larger than `lint.maxFileSize` are not analysed. */
export const rule: InputRule<'file-too-large'> = {
  id: 'file-too-large',
  stage: 'input',
  defaultSeverity: 'error',
  description: 'The file is no larger than `lint.maxFileSize` (default 2 MB)',
  why: 'A multi-megabyte markdown file is almost certainly generated or pasted by mistake, and would stall the linter and the site build.',
  fix: 'Split the article, remove pasted data, or raise `lint.maxFileSize`',
  examples: {
    ok: [{title: 'A file within the limit (here `maxFileSize: 200`)', markdown: 'Text.\n', lint: {maxFileSize: 200}}],
    notOk: [{title: 'A file over the limit (here `maxFileSize: 200`)', markdown: `${'Pasted data. '.repeat(20)}\n`, lint: {maxFileSize: 200}, lines: [1]}]
  },
  check(input, lint) {
    if (input.size === undefined || input.size <= lint.maxFileSize) return undefined
    return {message: `File is too large to lint (${megabytes(input.size)}; the limit is ${megabytes(lint.maxFileSize)})`, line: 1}
  }
}
