/** lint, a11y and the HTML report meet only in the CLI shell and the report type (dependency-cruiser). */
import {createRequire} from 'node:module'
import path from 'node:path'
import {cruise, type ICruiseResult, type IForbiddenRuleType} from 'dependency-cruiser'
import {describe, expect, it} from 'vitest'
import {packageRoot, tempDir, writeFiles} from './helpers.js'

const config = createRequire(import.meta.url)(path.join(packageRoot, '.dependency-cruiser.cjs')) as {forbidden: IForbiddenRuleType[]}

async function violations(baseDir: string): Promise<string[]> {
  const result = await cruise(['src'], {baseDir, ruleSet: {forbidden: config.forbidden}, validate: true, tsPreCompilationDeps: true, exclude: {path: '(^|/)(dist|node_modules)/'}, doNotFollow: {path: 'node_modules'}})
  const output = result.output as ICruiseResult
  return output.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`)
}

describe('stages do not import each other', () => {
  it('src/lint, src/a11y and src/report-html import none of the others', async () => {
    expect(await violations(packageRoot)).toEqual([])
  }, 120_000)

  it('the check catches such an import (a report that lints, an a11y check that reads lint code)', async () => {
    const dir = tempDir()
    writeFiles(dir, {
      'src/lint/run.ts': 'export const run = 1\n',
      'src/a11y/run.ts': "import {run} from '../lint/run.js'\nexport const check = run\n",
      'src/report-html/build.ts': "import {run} from '../lint/run.js'\nexport const build = run\n",
      'src/cli.ts': "import {run} from './lint/run.js'\nimport {check} from './a11y/run.js'\nexport const all = [run, check]\n"
    })
    expect((await violations(dir)).sort()).toEqual([
      'no-a11y-to-other-stages: src/a11y/run.ts → src/lint/run.ts',
      'no-report-html-to-other-stages: src/report-html/build.ts → src/lint/run.ts'
    ])
  }, 120_000)
})
