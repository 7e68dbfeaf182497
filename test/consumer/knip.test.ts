/**
 * Every declared dependency is imported somewhere, every imported package is
 * declared, and no file is left that nothing uses: knip over the whole
 * monorepo (knip.jsonc says what the entry points are).
 */
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, run} from './helpers.js'

const knip = path.join(repoRoot, 'node_modules/knip/bin/knip.js')
const args = ['--dependencies', '--files', '--no-progress', '--no-config-hints']

describe('knip', () => {
  it('finds no unused, unlisted or unresolved dependency and no unused file in the repository', async () => {
    const result = await run(process.execPath, [knip, ...args], {cwd: repoRoot})
    expect(result.stdout + result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('fails, naming them, on a declared dependency nothing imports and a file nothing uses', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'caveat-knip-'))
    try {
      await writeFile(path.join(dir, 'package.json'), JSON.stringify({name: 'x', type: 'module', main: 'index.js', dependencies: {'left-pad': '^1.3.0'}}))
      await writeFile(path.join(dir, 'index.js'), 'export const used = 1\n')
      await writeFile(path.join(dir, 'orphan.js'), 'export const unused = 2\n')
      const result = await run(process.execPath, [knip, ...args], {cwd: dir})
      expect(result.code).toBe(1)
      expect(result.stdout).toMatch(/Unused dependencies \(1\)\s+left-pad/)
      expect(result.stdout).toMatch(/Unused files \(1\)\s+orphan\.js/)
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})
