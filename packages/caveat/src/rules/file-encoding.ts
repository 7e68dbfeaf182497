import {isUtf8} from 'node:buffer'
import type {InputRule} from './types.js'

/** Articles are UTF-8. */
export const rule: InputRule<'file-encoding'> = {
  id: 'file-encoding',
  stage: 'input',
  defaultSeverity: 'error',
  description: 'The file is valid UTF-8',
  why: 'Text in another encoding is shown as mojibake on the site.',
  fix: 'Re-save the file as UTF-8 (most editors: “Save with encoding”)',
  examples: {
    ok: [{title: 'UTF-8 text', markdown: 'Café au lait.\n'}],
    // "Title\n\nCafé" with é in Latin-1 (0xE9).
    notOk: [{title: '“Café” saved as Latin-1, on line 3', markdown: '', bytes: [0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a], lines: [3]}]
  },
  check(input) {
    if (!input.bytes || isUtf8(input.bytes)) return undefined
    const text = new TextDecoder('utf-8').decode(input.bytes)
    const at = text.indexOf('\uFFFD')
    const line = at === -1 ? 1 : text.slice(0, at).split('\n').length
    return {message: `File is not valid UTF-8 (first invalid byte on line ${line})`, line}
  }
}
