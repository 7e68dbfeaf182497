import type {RuleMeta} from './types.js'

/** An input problem, found before parsing (lint/read-file.ts). */
export const meta: RuleMeta = {
  id: 'file-empty',
  description: 'The file has content',
  rationale: 'An empty article publishes an empty page.',
  severity: 'error',
  note: 'Write the article, or delete the file',
  examples: {ok: [], notOk: []}
}
