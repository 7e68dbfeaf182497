import type {RuleMeta} from './types.js'

/** Reported when a checker throws on a file; the other files are still linted. */
export const meta: RuleMeta = {
  id: 'analysis-failed',
  description: 'Every check ran on the file without crashing',
  rationale: 'A crash in one plugin must not hide the file’s problems silently, nor stop the other files being linted.',
  severity: 'error',
  note: 'This is a bug in caveat or one of its plugins: run with --debug and report it with the file attached',
  examples: {ok: [], notOk: []}
}
