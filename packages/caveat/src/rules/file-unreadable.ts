import type {InputRule} from './types.js'

const ok = '---\ntitle: Heat or ice\ndescription: Which helps.\n---\n\nText.\n'

/** The file can be read at all. */
export const rule: InputRule<'file-unreadable'> = {
  id: 'file-unreadable',
  stage: 'input',
  defaultSeverity: 'error',
  description: 'The file can be read',
  why: 'A file that cannot be read (missing, a directory, no permission) cannot be checked, so it must not pass silently.',
  fix: 'Check that the path exists and is a readable file',
  examples: {
    ok: [{title: 'A readable file', markdown: ok}],
    notOk: [{title: 'A path with no file (a typo, a broken link)', markdown: '', missing: true, lines: [1]}]
  },
  check(input) {
    if (input.isDirectory) return {message: 'Cannot read file: it is a directory', note: 'Pass a markdown file or a glob such as `content/**/*.md`', line: 1}
    if (!input.error) return undefined
    const code = input.error.code
    const reason =
      code === 'ENOENT'
        ? 'File not found (or a broken link)'
        : code === 'EACCES' || code === 'EPERM'
          ? 'Permission denied'
          : `Cannot read file (${code ?? input.error.message})`
    return {message: `Cannot read file: ${reason}`, line: 1}
  }
}
