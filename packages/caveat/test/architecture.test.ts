/**
 * lint, a11y and the HTML report meet only in the CLI shell and the report type; only the a11y
 * stage's glue, the shell, the config schema and the report type import the a11y engine
 * (caveat-a11y) (dependency-cruiser).
 */
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {cruise, type ICruiseResult, type IForbiddenRuleType} from 'dependency-cruiser'
import {describe, expect, it} from 'vitest'
import {bin, cleanArticle, packageRoot, tempDir, writeFiles} from './helpers.js'

const config = createRequire(import.meta.url)(path.join(packageRoot, '.dependency-cruiser.cjs')) as {forbidden: IForbiddenRuleType[]; options: {doNotFollow: {path: string[]}; exclude: {path: string}}}

async function violations(baseDir: string): Promise<string[]> {
  const result = await cruise(['src'], {baseDir, ruleSet: {forbidden: config.forbidden}, validate: true, tsPreCompilationDeps: true, exclude: config.options.exclude, doNotFollow: config.options.doNotFollow})
  const output = result.output as ICruiseResult
  return output.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`)
}

describe('stages do not import each other', () => {
  it('src/lint, src/a11y and src/report-html import none of the others', async () => {
    expect(await violations(packageRoot)).toEqual([])
  }, 120_000)

  it('sees the a11y engine where caveat imports it (so the rule about it can fail)', async () => {
    const {cruise: run} = await import('dependency-cruiser')
    const result = await run(['src'], {baseDir: packageRoot, tsPreCompilationDeps: true, exclude: config.options.exclude, doNotFollow: config.options.doNotFollow})
    const importers = (result.output as ICruiseResult).modules
      .filter((module) => module.dependencies.some((dependency) => /^caveat-a11y(\/|$)/.test(dependency.module)))
      .map((module) => module.source)
      .sort()
    expect(importers).toEqual(['src/a11y/command.ts', 'src/a11y/index.ts', 'src/config/schema.ts', 'src/report-types.ts'])
  }, 120_000)

  it('the check catches such an import (a report that lints, an a11y check that reads lint code)', async () => {
    const dir = tempDir()
    writeFiles(dir, {
      'src/lint/run.ts': 'export const run = 1\n',
      'src/a11y/run.ts': "import {run} from '../lint/run.js'\nexport const check = run\n",
      'src/report-html/build.ts': "import {run} from '../lint/run.js'\nexport const build = run\n",
      'src/lint/checks.ts': "import {runA11yCheck} from 'caveat-a11y'\nexport const check = runA11yCheck\n",
      'src/cli.ts': "import {run} from './lint/run.js'\nimport {check} from './a11y/run.js'\nexport const all = [run, check]\n"
    })
    expect((await violations(dir)).sort()).toEqual([
      'no-a11y-to-other-stages: src/a11y/run.ts → src/lint/run.ts',
      'no-report-html-to-other-stages: src/report-html/build.ts → src/lint/run.ts',
      'no-stage-but-a11y-to-caveat-a11y: src/lint/checks.ts → caveat-a11y'
    ])
  }, 120_000)
})

describe('what a lint process loads', () => {
  it('a lint worker (and the config schema it validates with) loads no browser stack', () => {
    // caveat-a11y's main entry brings puppeteer and pa11y (~0.5 s); every lint worker, the
    // language server and the Eleventy plugin read the config, so they take its config subpath.
    const script = [
      "import {createRequire} from 'node:module'",
      `await import(${JSON.stringify(path.join(packageRoot, 'dist/lint/worker.js'))})`,
      "const loaded = Object.keys(createRequire(import.meta.url).cache).filter((file) => /node_modules[\\/](puppeteer|puppeteer-core|pa11y)[\\/]/.test(file))",
      'console.log(JSON.stringify(loaded))'
    ].join('\n')
    const loaded = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})) as string[]
    expect(loaded).toEqual([])
  }, 60_000)
})

describe('what a run answered by the cache loads', () => {
  // A module hook (node:module register) records every module the CLI loads; CommonJS ones
  // (wink-nlp and its model) through `require`'s cache at exit.
  const hooks = [
    "import {appendFileSync} from 'node:fs'",
    'export async function load(url, context, next) {',
    '  appendFileSync(process.env.CAVEAT_LOADED_LOG, url + "\\n")',
    '  return next(url, context)',
    '}'
  ].join('\n')
  const heavy = /node_modules[\\/](?:remark-parse|micromark|mdast-util-from-markdown|wink-nlp|wink-eng-lite-web-model|parse5|hast-util-raw|mdast-util-to-hast)[\\/]|packages[\\/](?:html-policy|remark-health-claims[\\/]dist[\\/]claims[\\/](?:tagger|classify))/

  function loadedBy(dir: string, args: string[]): string[] {
    const log = path.join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`)
    writeFiles(dir, {'hooks.mjs': hooks, 'register.mjs': "import {register} from 'node:module'\nregister('./hooks.mjs', import.meta.url)\n"})
    const exitHook = `process.on('exit', () => require('node:fs').appendFileSync(${JSON.stringify(log)}, Object.keys(require.cache).join('\\n') + '\\n'))`
    execFileSync(process.execPath, ['--import', path.join(dir, 'register.mjs'), '--require', writeExitHook(dir, exitHook), bin, ...args], {cwd: dir, env: {...process.env, CAVEAT_LOADED_LOG: log}, encoding: 'utf8', stdio: 'pipe'})
    return readFileSync(log, 'utf8').split('\n').filter(Boolean)
  }

  function writeExitHook(dir: string, code: string): string {
    const file = path.join(dir, 'exit-hook.cjs')
    writeFiles(dir, {'exit-hook.cjs': code + '\n'})
    return file
  }

  it('loads no parser, tagger or HTML policy when every file is in the cache; the first run does', () => {
    const dir = tempDir()
    writeFiles(dir, {'content/article.md': cleanArticle('Heat or ice'), 'caveat.config.json': JSON.stringify({lint: {content: ['content/**/*.md'], renderCache: false}})})
    const cold = loadedBy(dir, ['lint', '--quiet'])
    // The control: analysing the article does load them (so the pattern can match).
    expect(cold.filter((file) => heavy.test(file)).length).toBeGreaterThan(0)
    const warm = loadedBy(dir, ['lint', '--quiet'])
    expect(warm.filter((file) => heavy.test(file))).toEqual([])
  }, 60_000)
})
