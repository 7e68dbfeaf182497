import type {RuleMeta} from './types.js'

/** An input problem, found before parsing (lint/read-file.ts). */
export const meta: RuleMeta = {
  id: 'file-too-large',
  description: 'The file is no larger than `lint.maxFileSize` (default 2 MB)',
  rationale: 'A multi-megabyte markdown file is almost certainly generated or pasted by mistake, and would stall the linter and the site build.',
  severity: 'error',
  note: 'Split the article, remove pasted data, or raise `lint.maxFileSize`',
  examples: {ok: [], notOk: []}
}
