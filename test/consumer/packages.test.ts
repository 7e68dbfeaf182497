/**
 * What `npm publish` would upload, package by package: the metadata npm shows
 * and provenance needs, a licence, exactly the files a user needs (built code,
 * types, docs, the readme) and nothing else, and `exports` that publint finds
 * correct.
 */
import {mkdir, mkdtemp, readFile, readdir, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {publint} from 'publint'
import {formatMessage} from 'publint/utils'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {packWorkspaces, repoRoot, type PackedPackage} from './helpers.js'

interface Manifest {
  name: string
  version: string
  private?: boolean
  license?: string
  homepage?: string
  bugs?: {url?: string}
  repository?: {type?: string; url?: string; directory?: string}
  keywords?: string[]
  engines?: {node?: string}
  publishConfig?: {access?: string; provenance?: boolean}
  exports?: Record<string, string | Record<string, string>>
  bin?: Record<string, string>
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

const root = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest
const rootLicense = await readFile(path.join(repoRoot, 'LICENSE'), 'utf8')
const folders = (await readdir(path.join(repoRoot, 'packages'))).sort()
const manifests = new Map<string, Manifest>()
for (const folder of folders) manifests.set(folder, JSON.parse(await readFile(path.join(repoRoot, 'packages', folder, 'package.json'), 'utf8')) as Manifest)

let temp = ''
let packed = new Map<string, PackedPackage>()

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'caveat-packages-'))
  await mkdir(path.join(temp, 'packs'))
  packed = await packWorkspaces(path.join(temp, 'packs'))
}, 300_000)

afterAll(async () => {
  if (temp) await rm(temp, {recursive: true, force: true})
})

describe('the root', () => {
  it('has an MIT LICENSE, as package.json says', () => {
    expect(root.license).toBe('MIT')
    expect(rootLicense).toMatch(/^MIT License\n/)
  })

  it('names the CLI package caveat-health (`caveat` on npm is another package) and keeps the `caveat` command', () => {
    const cli = [...manifests.values()].find((pkg) => pkg.bin)
    expect(cli?.name).toBe('caveat-health')
    expect(Object.keys(cli!.bin!)).toEqual(['caveat'])
  })
})

// A private package (the VS Code extension) is not published to npm: its .vsix has its own test.
const published = folders.filter((folder) => manifests.get(folder)!.private !== true)

describe.each(published)('packages/%s', (folder) => {
  const pkg = manifests.get(folder)!

  it('has the metadata npm shows and provenance checks', async () => {
    expect(pkg.private).toBeUndefined()
    expect(pkg.license).toBe('MIT')
    expect(await readFile(path.join(repoRoot, 'packages', folder, 'LICENSE'), 'utf8')).toBe(rootLicense)
    // Provenance is only accepted when `repository` names the repository the workflow runs in.
    expect(pkg.repository).toEqual({...root.repository, directory: `packages/${folder}`})
    expect(pkg.homepage).toBe(`${root.repository!.url!.replace(/^git\+/, '').replace(/\.git$/, '')}/tree/main/packages/${folder}#readme`)
    expect(pkg.bugs).toEqual(root.bugs)
    expect(pkg.keywords?.length).toBeGreaterThan(3)
    expect(pkg.engines?.node).toBe(root.engines?.node)
    expect(pkg.publishConfig).toEqual({access: 'public', provenance: true})
  })

  it('depends on the current version of each sibling package', () => {
    const versions = new Map([...manifests.values()].map((m) => [m.name, m.version]))
    for (const [name, range] of Object.entries({...pkg.dependencies, ...pkg.peerDependencies})) {
      const version = versions.get(name)
      if (version) expect(range, `${pkg.name} → ${name}`).toBe(`^${version}`)
    }
  })

  it('packs built code, types, docs, readme and licence; no sources, tests, maps or build info', () => {
    const tarball = packed.get(pkg.name)
    expect(tarball, `${pkg.name} was not packed`).toBeDefined()
    const files = tarball!.files
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'package.json', 'readme.md', 'dist/index.js', 'dist/index.d.ts']))
    expect(files.filter((file) => /\.map$|tsbuildinfo|^src\/|^test\/|^bench\/|^scripts\/|^training\/|\.test\./.test(file))).toEqual([])
    // Every file `exports` and `bin` name is in the tarball.
    const targets = Object.values(pkg.exports ?? {}).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)))
    for (const target of [...targets, ...Object.values(pkg.bin ?? {})]) expect(files, target).toContain(target.replace(/^\.\//, ''))
  })

  it('passes publint (strict)', async () => {
    const {messages, pkg: read} = await publint({pkgDir: path.join(repoRoot, 'packages', folder), level: 'suggestion', strict: true, pack: 'npm'})
    expect(messages.map((message) => formatMessage(message, read) ?? message.code)).toEqual([])
  })
})

describe('docs a user is sent to are in the tarballs', () => {
  it('ships docs/ of caveat-health (linked from `caveat a11y --help` and `caveat report --help`)', () => {
    expect(packed.get('caveat-health')!.files).toEqual(expect.arrayContaining(['docs/a11y.md', 'docs/report.md', 'bin/caveat.js']))
  })

  it('ships docs/checks.md of caveat-a11y (linked from every finding of its browser checks) and no tests or fixtures', () => {
    const files = packed.get('caveat-a11y')!.files
    expect(files).toEqual(expect.arrayContaining(['docs/checks.md', 'dist/index.js', 'dist/index.d.ts', 'dist/runners/axe.cjs', 'dist/runners/htmlcs.cjs']))
    expect(files.filter((file) => file.startsWith('test/') || file.includes('fixtures'))).toEqual([])
  })

  it('caveat-health depends on caveat-a11y, and caveat-a11y on no Caveat package', () => {
    expect(manifests.get('caveat')!.dependencies).toHaveProperty('caveat-a11y')
    const names = new Set([...manifests.values()].map((m) => m.name))
    expect(Object.keys(manifests.get('a11y')!.dependencies ?? {}).filter((name) => names.has(name))).toEqual([])
  })

  it('ships every rule doc of remark-health-claims (linked from each message) and the claim model', async () => {
    const rules = (await readdir(path.join(repoRoot, 'packages/remark-health-claims/docs/rules'))).filter((file) => file.endsWith('.md'))
    expect(rules.length).toBeGreaterThanOrEqual(8)
    expect(packed.get('remark-health-claims')!.files).toEqual(expect.arrayContaining([...rules.map((file) => `docs/rules/${file}`), 'model/claims-model.json']))
  })
})
