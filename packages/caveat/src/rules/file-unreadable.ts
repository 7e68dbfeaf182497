import type {RuleMeta} from './types.js'

/** An input problem, found before parsing (lint/read-file.ts). */
export const meta: RuleMeta = {
  id: 'file-unreadable',
  description: 'The file can be read',
  rationale: 'A file that cannot be read (missing, a directory, no permission) cannot be checked, so it must not pass silently.',
  severity: 'error',
  note: 'Check that the path exists and is a readable file',
  examples: {ok: [], notOk: []}
}
