import type {RuleMeta} from './types.js'

/** An input problem, found before parsing (lint/read-file.ts). */
export const meta: RuleMeta = {
  id: 'file-encoding',
  description: 'The file is valid UTF-8',
  rationale: 'Text in another encoding is shown as mojibake on the site.',
  severity: 'error',
  note: 'Re-save the file as UTF-8 (most editors: “Save with encoding”)',
  examples: {ok: [], notOk: []}
}
