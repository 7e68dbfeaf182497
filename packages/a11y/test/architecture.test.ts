/**
 * caveat-a11y is usable on any static site: it imports nothing of Caveat's other packages
 * (the CLI, lint, the claims plugin, the HTML policy) and depends on none of them
 * (dependency-cruiser over src/, and package.json).
 */
import {mkdtemp, mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {cruise, type ICruiseResult, type IForbiddenRuleType} from 'dependency-cruiser'
import {describe, expect, it} from 'vitest'

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
const siblings = ['caveat-health', 'remark-health-claims', 'remark-gfm-lazy-autolinks', 'caveat-html-policy', 'eleventy-plugin-health-claims', 'caveat-language-server']
const folders = ['caveat', 'remark-health-claims', 'remark-gfm-lazy-autolinks', 'html-policy', 'eleventy-plugin-health-claims', 'language-server']

const rule: IForbiddenRuleType = {
  name: 'no-caveat-in-the-a11y-engine',
  severity: 'error',
  from: {path: '^src/'},
  to: {path: `^(${siblings.join('|')})(/|$)|(^|/)node_modules/(${siblings.join('|')})/|^\\.\\./(${folders.join('|')})/`}
}

async function violations(baseDir: string): Promise<string[]> {
  const result = await cruise(['src'], {baseDir, ruleSet: {forbidden: [rule]}, validate: true, tsPreCompilationDeps: true, exclude: {path: '(^|/)node_modules/|^dist/'}, doNotFollow: {path: ['node_modules', '^\\.\\./']}})
  return (result.output as ICruiseResult).summary.violations.map((violation) => `${violation.from} → ${violation.to}`)
}

describe('the engine stands alone', () => {
  it('src/ imports no other Caveat package', async () => {
    expect(await violations(packageRoot)).toEqual([])
  }, 120_000)

  it('package.json depends on no other Caveat package', async () => {
    const manifest = JSON.parse(await readFile(path.join(packageRoot, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>
    const declared = ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) => Object.keys(manifest[field] ?? {}))
    expect(declared.filter((name) => siblings.includes(name))).toEqual([])
  })

  it('the check catches such an import', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'caveat-a11y-arch-'))
    try {
      // packages/a11y beside packages/caveat, as in the monorepo.
      await mkdir(path.join(dir, 'a11y/src'), {recursive: true})
      await mkdir(path.join(dir, 'caveat/src'), {recursive: true})
      await writeFile(path.join(dir, 'caveat/src/cli-io.ts'), 'export class UsageError extends Error {}\n')
      await writeFile(path.join(dir, 'a11y/src/run.ts'), "import {summarise} from 'caveat-health'\nimport {UsageError} from '../../caveat/src/cli-io.js'\nexport const all = [summarise, UsageError]\n")
      expect((await violations(path.join(dir, 'a11y'))).sort()).toEqual(['src/run.ts → ../caveat/src/cli-io.ts', 'src/run.ts → caveat-health'])
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  }, 120_000)
})
