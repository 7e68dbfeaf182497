/**
 * Shared by the consumer tests: pack the workspaces as npm would publish them,
 * run commands as a user would (no npm_* variables of the surrounding `npm test`),
 * and read fenced code blocks out of a readme.
 */
import {execFile} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * The environment a user's shell would have: without the npm_* and npm_config_*
 * variables `npm test` sets (a workspace, a prefix, a user agent…), which would
 * leak this repository's settings into the throw-away projects.
 */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'INIT_CWD' && key !== 'NODE_OPTIONS') env[key] = value
  }
  return {...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra}
}

/** Run a command; never throws on a non-zero exit (the caller checks `code`). */
export function run(command: string, args: string[], options: {cwd: string; env?: NodeJS.ProcessEnv; input?: string}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      args,
      {cwd: options.cwd, env: options.env ?? userEnv(), maxBuffer: 1 << 26, encoding: 'utf8'},
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error)
        resolve({code: error ? (error.code as number) : 0, stdout, stderr})
      }
    )
    if (options.input !== undefined) child.stdin?.end(options.input)
  })
}

export interface PackedPackage {
  name: string
  version: string
  /** Absolute path of the tarball. */
  tarball: string
  /** Paths inside the tarball, relative to the package root. */
  files: string[]
}

/** `npm pack` every workspace into `destination`: exactly the tarballs `npm publish` would upload. */
export async function packWorkspaces(destination: string): Promise<Map<string, PackedPackage>> {
  const result = await run('npm', ['pack', '--workspaces', '--json', '--pack-destination', destination], {cwd: repoRoot})
  if (result.code !== 0) throw new Error(`npm pack failed (${result.code}):\n${result.stderr}`)
  const packed = JSON.parse(result.stdout) as Array<{name: string; version: string; filename: string; files: Array<{path: string}>}>
  return new Map(
    packed.map((entry) => [
      entry.name,
      {name: entry.name, version: entry.version, tarball: path.join(destination, entry.filename), files: entry.files.map((file) => file.path)}
    ])
  )
}

/** The text of one `## heading` section of a markdown file (up to the next `## `). */
export function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`)
  if (start === -1) throw new Error(`no “## ${heading}” section`)
  const end = markdown.indexOf('\n## ', start + 1)
  return markdown.slice(start, end === -1 ? undefined : end)
}

/** Every fenced code block of `markdown`, in order, with its language. */
export function fencedBlocks(markdown: string): Array<{lang: string; code: string}> {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({lang: match[1]!, code: match[2]!}))
}

/** The readme of an installed package: what npm shows, and what the tests run. */
export function installedReadme(project: string, name: string): Promise<string> {
  return readFile(path.join(project, 'node_modules', name, 'readme.md'), 'utf8')
}
