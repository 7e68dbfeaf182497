import {spawnSync} from 'node:child_process'
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll} from 'vitest'

export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const repoRoot = path.resolve(packageRoot, '../..')
export const bin = path.join(packageRoot, 'bin/caveat.js')
/** shared/ sits beside the repository (also in a fresh clone on CI). */
export const seedArticle = path.resolve(repoRoot, '../shared/seed/000_b2823957736016dd.txt')

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export function caveat(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, CI: 'true', NO_COLOR: '1', ...env},
    maxBuffer: 64 * 1024 * 1024
  })
  return {code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr}
}

const made: string[] = []

// Registered in every test file that imports these helpers.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true})
})

export function tempDir(prefix = 'caveat-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  made.push(dir)
  return dir
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name)
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, content)
  }
}

/** A clean article: passes every rule (no claims, short sentences, full front matter). */
export function cleanArticle(title: string, today = new Date()): string {
  const date = today.toISOString().slice(0, 10)
  return [
    '---',
    `title: ${title}`,
    'description: Simple tips for a good night.',
    'author: Sam Lee',
    'reviewedBy: Dr Ada Okafor, GP',
    `datePublished: ${date}`,
    `lastReviewed: ${date}`,
    'tags: [sleep]',
    '---',
    '',
    `# ${title}`,
    '',
    'This page is about sleep. Most adults need seven to nine hours of sleep a night, says the [NHS page on sleep](https://www.nhs.uk/live-well/sleep-and-tiredness/).',
    ''
  ].join('\n')
}

/** An article with known problems: an unsourced claim, vague link text, a skipped heading level. */
export function faultyArticle(title: string): string {
  return [
    '---',
    `title: ${title}`,
    'description: Heat for back pain.',
    'author: Sam Lee',
    '---',
    '',
    `# ${title}`,
    '',
    'Heat therapy cures chronic back pain in every patient.',
    '',
    'For more, [click here](https://example.org/heat).',
    '',
    '### Skipped a level',
    '',
    'Use a warm pack for 20 minutes, 100% of the time.',
    ''
  ].join('\n')
}
