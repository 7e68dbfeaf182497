import type {RuleMeta} from './types.js'

/** An input problem, found before parsing (lint/read-file.ts). */
export const meta: RuleMeta = {
  id: 'file-binary',
  description: 'The file is text, not binary',
  rationale: 'Binary files (images, PDFs, archives) matched by a content glob are not articles.',
  severity: 'error',
  note: 'Remove the file from the content folder, or exclude it with `lint.ignore`',
  examples: {ok: [], notOk: []}
}
