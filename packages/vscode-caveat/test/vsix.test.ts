/** The extension as VS Code gets it: the .vsix that CI builds, and its bundled entry point. */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const vsix = path.join(packageDir, 'caveat.vsix')

describe('vscode-caveat', () => {
  beforeAll(() => {
    rmSync(vsix, {force: true})
    execFileSync('npm', ['run', 'package'], {cwd: packageDir, stdio: 'pipe'})
  }, 300_000)

  it('packages a .vsix holding the bundled extension and its manifest, and nothing else', () => {
    const files = execFileSync('unzip', ['-Z1', vsix], {encoding: 'utf8'}).trim().split('\n').sort()
    expect(files).toEqual(['[Content_Types].xml', 'extension.vsixmanifest', 'extension/LICENSE.txt', 'extension/dist/extension.cjs', 'extension/package.json', 'extension/readme.md'])
    const manifest = JSON.parse(execFileSync('unzip', ['-p', vsix, 'extension/package.json'], {encoding: 'utf8'})) as {main: string; activationEvents: string[]}
    expect(manifest.main).toBe('./dist/extension.cjs')
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown'])
  })

  it('bundles everything but `vscode`, and finds the workspace’s caveat-language-server', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'vscode-caveat-'))
    try {
      mkdirSync(path.join(folder, 'node_modules', '.bin'), {recursive: true})
      writeFileSync(path.join(folder, 'node_modules', '.bin', 'caveat-language-server'), '')
      mkdirSync(path.join(folder, 'docs', 'articles'), {recursive: true})
      // Load the bundle as VS Code would (require), with a stand-in for the `vscode` module.
      const script = `
        const Module = require('node:module')
        const load = Module._load
        const stub = new Proxy({}, {get: (_, key) => (key === '__esModule' ? true : key === 'then' ? undefined : class {})})
        Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest) }
        const extension = require(${JSON.stringify(path.join(packageDir, 'dist', 'extension.cjs'))})
        console.log(JSON.stringify({
          exports: Object.keys(extension).sort(),
          nested: extension.findServer('', [${JSON.stringify(path.join(folder, 'docs', 'articles'))}]),
          setting: extension.findServer('/opt/caveat-language-server', []),
          none: extension.findServer('', [${JSON.stringify(os.tmpdir())}])
        }))`
      const run = spawnSync(process.execPath, ['-e', script], {encoding: 'utf8'})
      expect(run.stderr).toBe('')
      const result = JSON.parse(run.stdout) as Record<string, unknown>
      expect(result['exports']).toEqual(['activate', 'deactivate', 'findServer'])
      expect(result['nested']).toBe(path.join(folder, 'node_modules', '.bin', 'caveat-language-server'))
      expect(result['setting']).toBe('/opt/caveat-language-server')
      expect(result['none']).toBe('caveat-language-server')
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
