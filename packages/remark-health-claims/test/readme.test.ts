import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'

/**
 * The README’s usage example is real: run the `js` block of “## Use” as the
 * user would (importing `remark-health-claims` through the workspace, i.e.
 * the compiled dist/) and compare its output with the `txt` block that
 * follows it.
 */
const packageDirectory = fileURLToPath(new URL('..', import.meta.url))
const readme = readFileSync(new URL('../readme.md', import.meta.url), 'utf8')

function section(heading: string): string {
  const start = readme.indexOf('\n## ' + heading + '\n')
  if (start === -1) throw new Error('No “## ' + heading + '” section in readme.md')
  const end = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, end === -1 ? undefined : end)
}

function fenced(text: string, language: string): string {
  const open = '```' + language + '\n'
  const start = text.indexOf(open)
  if (start === -1) throw new Error('No ```' + language + ' block')
  const end = text.indexOf('\n```', start + open.length)
  return text.slice(start + open.length, end + 1)
}

test('the usage example in readme.md runs and prints what the README says', () => {
  const use = section('Use')
  const code = fenced(use, 'js')
  const shown = fenced(use.slice(use.indexOf(code) + code.length), 'txt')
  expect(code).toContain("from 'remark-health-claims'")

  const output = execFileSync(process.execPath, ['--input-type=module'], {cwd: packageDirectory, input: code, encoding: 'utf8'})
  expect(output.trimEnd()).toBe(shown.trimEnd())
})

test('the README documents every option of `Options`', () => {
  const types = readFileSync(new URL('../src/types.ts', import.meta.url), 'utf8')
  const body = types.slice(types.indexOf('export interface Options'))
  const options = [...body.slice(0, body.indexOf('\n}')).matchAll(/^ {2}(\w+)\?:/gm)].map((match) => match[1])
  expect(options.length).toBeGreaterThan(5)
  const table = section('API')
  for (const option of options) expect(table, `option ${option}`).toContain('| `' + option + '` |')
})

test('the README links the docs of every rule, and those docs exist', () => {
  const rules = section('The rules')
  const links = [...rules.matchAll(/\(docs\/rules\/([\w-]+)\.md\)/g)].map((match) => match[1])
  expect(links).toHaveLength(8)
  for (const id of links) expect(() => readFileSync(new URL(`../docs/rules/${id}.md`, import.meta.url))).not.toThrow()
})
