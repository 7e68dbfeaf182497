import type {InputRule} from './types.js'

/** An article has content. */
export const rule: InputRule<'file-empty'> = {
  id: 'file-empty',
  stage: 'input',
  defaultSeverity: 'error',
  description: 'The file has content',
  why: 'An empty article publishes an empty page.',
  fix: 'Write the article, or delete the file',
  examples: {
    ok: [{title: 'A file with text', markdown: 'Text.\n'}],
    notOk: [{title: 'Only blank lines', markdown: '\n\n  \n', lines: [1]}]
  },
  check(input) {
    if (!input.bytes) return undefined
    // A byte-order mark is not content.
    if (input.bytes.toString('utf8').replace(/^\uFEFF/, '').trim() !== '') return undefined
    return {message: 'File is empty', line: 1}
  }
}
