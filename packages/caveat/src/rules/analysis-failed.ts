import type {EngineRule} from './types.js'

/** Reported by the engine when a checker throws on a file; the other files are still linted. */
export const rule: EngineRule<'analysis-failed'> = {
  id: 'analysis-failed',
  stage: 'engine',
  defaultSeverity: 'error',
  description: 'Every check ran on the file without crashing',
  why: 'A crash in one plugin must not hide the file’s problems silently, nor stop the other files being linted.',
  fix: 'This is a bug in caveat or one of its plugins: run with --debug and report it with the file attached',
  // No markdown makes a correct checker crash: the rule tests call `check` with an error instead.
  examples: {ok: [{title: 'Any file the checks can read', markdown: 'Text.\n'}], notOk: []},
  check(error, {debug}) {
    return {message: `Could not analyse the file: ${error.message}${debug ? `\n${error.stack ?? ''}` : ''}`, line: 1, column: 1}
  }
}
