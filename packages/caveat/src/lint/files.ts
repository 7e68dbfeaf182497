/** Turn the paths and globs given to `caveat lint` into a sorted list of files. */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'

export interface ResolvedFiles {
  /** Paths relative to cwd, `/`-separated, sorted, unique. */
  files: string[]
  /** Patterns that matched nothing: usage problems. */
  unmatched: string[]
}

export function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}

export async function resolveFiles(patterns: string[], cwd: string, ignore: string[]): Promise<ResolvedFiles> {
  const found = new Set<string>()
  const unmatched: string[] = []
  const ignored = ['**/node_modules/**', '**/.git/**', ...ignore]
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      const absolute = path.resolve(cwd, pattern)
      const info = await stat(absolute).catch(() => undefined)
      if (info?.isDirectory()) {
        const inside = await glob(['**/*.md', '**/*.markdown'], {cwd: absolute, ignore: ignored})
        if (inside.length === 0) unmatched.push(pattern)
        for (const file of inside) found.add(toPosix(path.relative(cwd, path.join(absolute, file))))
        continue
      }
      // A named file is always linted, even if missing: its report says why it cannot be read.
      found.add(toPosix(path.relative(cwd, absolute)))
      continue
    }
    const matches = await glob(pattern, {cwd, ignore: ignored, dot: false})
    if (matches.length === 0) unmatched.push(pattern)
    for (const file of matches) found.add(toPosix(path.normalize(file)))
  }
  return {files: [...found].sort(), unmatched}
}
