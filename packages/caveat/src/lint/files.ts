/** Turn the paths and globs given to `caveat lint` into a sorted list of files. */
import {existsSync} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {glob, isDynamicPattern} from 'tinyglobby'
import {UsageError} from '../cli-io.js'

export interface ResolvedFiles {
  /** Paths relative to cwd, `/`-separated, sorted, unique. */
  files: string[]
  /** Patterns that matched nothing: usage problems. */
  unmatched: string[]
  /** Files named one by one (not found through a folder or a glob): always linted, drafts included. */
  named: Set<string>
  /** The ignore file that was applied, if any. */
  ignoreFile?: string | undefined
}

export interface ResolveOptions {
  /** The project root: `.caveatignore` is looked for there. Default: cwd. */
  root?: string | undefined
  /** An ignore file to use instead of `root/.caveatignore` (relative to cwd). */
  ignorePath?: string | undefined
}

export function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}

interface IgnoreFile {
  file: string
  matcher: Ignore
}

/** `.caveatignore` (gitignore syntax), or the file `--ignore-path` names. */
async function loadIgnoreFile(cwd: string, options: ResolveOptions): Promise<IgnoreFile | undefined> {
  const file = options.ignorePath ? path.resolve(cwd, options.ignorePath) : path.join(options.root ?? cwd, '.caveatignore')
  if (!existsSync(file)) {
    if (options.ignorePath) throw new UsageError(`Ignore file not found: ${options.ignorePath}. Check the --ignore-path path.`)
    return undefined
  }
  return {file, matcher: ignore().add(await readFile(file, 'utf8'))}
}

/** Whether the ignore file excludes `absolute` (paths outside its folder never are). */
function isIgnored(ignoreFile: IgnoreFile | undefined, absolute: string): boolean {
  if (!ignoreFile) return false
  const relative = toPosix(path.relative(path.dirname(ignoreFile.file), absolute))
  if (relative === '' || relative.startsWith('../') || path.isAbsolute(relative)) return false
  return ignoreFile.matcher.ignores(relative)
}

export async function resolveFiles(patterns: string[], cwd: string, ignored: string[], options: ResolveOptions = {}): Promise<ResolvedFiles> {
  const found = new Set<string>()
  const named = new Set<string>()
  const unmatched: string[] = []
  const ignoreFile = await loadIgnoreFile(cwd, options)
  const skip = ['**/node_modules/**', '**/.git/**', ...ignored]
  const add = (relative: string) => {
    if (isIgnored(ignoreFile, path.resolve(cwd, relative))) return false
    found.add(toPosix(relative))
    return true
  }
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      const absolute = path.resolve(cwd, pattern)
      const info = await stat(absolute).catch(() => undefined)
      if (info?.isDirectory()) {
        const inside = await glob(['**/*.md', '**/*.markdown'], {cwd: absolute, ignore: skip})
        const added = inside.filter((file) => add(path.relative(cwd, path.join(absolute, file))))
        if (added.length === 0) unmatched.push(pattern)
        continue
      }
      // A named file is always linted (even if ignored, or missing: its report says why it cannot be read).
      const relative = toPosix(path.relative(cwd, absolute))
      found.add(relative)
      named.add(relative)
      continue
    }
    const matches = await glob(pattern, {cwd, ignore: skip, dot: false})
    const added = matches.filter((file) => add(path.normalize(file)))
    if (added.length === 0) unmatched.push(pattern)
  }
  return {files: [...found].sort(), unmatched, named, ignoreFile: ignoreFile?.file}
}
