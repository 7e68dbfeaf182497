import type {InputRule} from './types.js'

/** Like git: a NUL byte in the first 8,000 bytes means binary. */
export const rule: InputRule<'file-binary'> = {
  id: 'file-binary',
  stage: 'input',
  defaultSeverity: 'error',
  description: 'The file is text, not binary',
  why: 'Binary files (images, PDFs, archives) matched by a content glob are not articles.',
  fix: 'Remove the file from the content folder, or exclude it with `lint.ignore`',
  examples: {
    ok: [{title: 'Text', markdown: 'Text.\n'}],
    notOk: [{title: 'The start of a PNG image', markdown: '', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], lines: [1]}]
  },
  check(input) {
    if (!input.bytes?.subarray(0, 8000).includes(0)) return undefined
    return {message: 'File is binary, not markdown text', line: 1}
  }
}
