import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'

/**
 * The README's usage example is real: run the `js` block of "## Use" as a user would
 * (importing the package through the workspace, i.e. its compiled dist/), compare its output
 * with the `txt` block that follows it, and with the same code using remark-gfm.
 */
const packageDirectory = fileURLToPath(new URL('..', import.meta.url))
const readme = readFileSync(new URL('../readme.md', import.meta.url), 'utf8')

function fenced(text: string, language: string): string {
  const open = '```' + language + '\n'
  const start = text.indexOf(open)
  if (start === -1) throw new Error('No ```' + language + ' block')
  return text.slice(start + open.length, text.indexOf('\n```', start + open.length) + 1)
}

const run = (code: string) => execFileSync(process.execPath, ['--input-type=module'], {cwd: packageDirectory, input: code, encoding: 'utf8'})

test('the usage example runs, prints what the README says, and what remark-gfm prints', () => {
  const use = readme.slice(readme.indexOf('\n## Use\n'), readme.indexOf('\n## API\n'))
  const code = fenced(use, 'js')
  const shown = fenced(use.slice(use.indexOf(code) + code.length), 'txt')
  expect(code).toContain("from 'remark-gfm-lazy-autolinks'")
  const output = run(code)
  expect(output.trimEnd()).toBe(shown.trimEnd())
  const withRemarkGfm = run(code.replace("import remarkGfmLazyAutolinks from 'remark-gfm-lazy-autolinks'", "import remarkGfmLazyAutolinks from 'remark-gfm'"))
  expect(withRemarkGfm).toBe(output)
})

test('the README documents every option', () => {
  const options = readme.slice(readme.indexOf('### `Options`'), readme.indexOf('## How it works'))
  for (const name of ['singleTilde', 'firstLineBlank', 'tableCellPadding', 'tablePipeAlign', 'stringLength']) {
    expect(options, name).toContain('`' + name + '`')
  }
})
