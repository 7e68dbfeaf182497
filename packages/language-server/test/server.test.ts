/**
 * The server as an editor meets it: a child process spoken to over stdio with
 * vscode-languageserver-protocol's client connection.
 */
import {spawnSync} from 'node:child_process'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Diagnostic} from 'vscode-languageserver-protocol'
import {LspClient, rangeText} from './lsp-client.js'
import {frontmatterWithSources, readSeed, repoRoot, workspace, type Workspace} from './fixtures.js'

const caveatBin = `${repoRoot}packages/caveat/bin/caveat.js`

interface LintJson {
  files: Array<{path: string; messages: Array<{ruleId: string; severity: string; line?: number; column?: number; endLine?: number; endColumn?: number}>}>
}

const lspSeverity: Record<string, number> = {error: 1, warning: 2, info: 3}

function countByRule(diagnostics: Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const diagnostic of diagnostics) counts[String(diagnostic.code)] = (counts[String(diagnostic.code)] ?? 0) + 1
  return counts
}

function withoutOne(counts: Record<string, number>, ...ruleIds: string[]): Record<string, number> {
  const result = {...counts}
  for (const id of ruleIds) {
    result[id] = (result[id] ?? 0) - 1
    if (result[id] === 0) delete result[id]
  }
  return result
}

let ws: Workspace
let client: LspClient

beforeAll(async () => {
  ws = workspace()
  client = new LspClient(ws.dir)
  await client.initialize(`file://${ws.dir}`, {debounceMs: 0})
})

afterAll(async () => {
  await client?.stop()
  ws?.remove()
})

describe('the seed article', () => {
  let diagnostics: Diagnostic[]
  const name = 'seed.md'

  beforeAll(async () => {
    ws.write(name, readSeed())
    diagnostics = (await client.open(ws.uri(name), readSeed())).diagnostics
  })

  it('gets the diagnostics `caveat lint --format json` reports for the file: same rule ids, ranges and severities', () => {
    const run = spawnSync(process.execPath, [caveatBin, 'lint', name, '--format', 'json', '--no-cache', '--no-progress'], {cwd: ws.dir, encoding: 'utf8'})
    const report = JSON.parse(run.stdout) as LintJson
    const expected = report.files[0]!.messages
    expect(expected.length).toBeGreaterThan(50)
    const fromLint = expected.map((message) => ({
      code: message.ruleId,
      severity: lspSeverity[message.severity],
      start: {line: message.line! - 1, character: message.column! - 1},
      end: message.endLine === undefined ? undefined : {line: message.endLine - 1, character: message.endColumn! - 1}
    }))
    const fromServer = diagnostics.map((diagnostic, index) => ({
      code: diagnostic.code,
      severity: diagnostic.severity,
      start: diagnostic.range.start,
      end: fromLint[index]?.end === undefined ? undefined : diagnostic.range.end
    }))
    expect(fromServer).toEqual(fromLint)
  })

  it('labels each diagnostic with its rule, its documentation and caveat as the source', () => {
    const unsourced = diagnostics.find((diagnostic) => diagnostic.code === 'unsourced-claim')!
    expect(unsourced.source).toBe('caveat')
    expect(unsourced.codeDescription?.href).toMatch(/^https:\/\/.+unsourced-claim/)
    expect(diagnostics.every((diagnostic) => diagnostic.source === 'caveat' && typeof diagnostic.code === 'string')).toBe(true)
  })

  it('shows a claim’s status, strength, confidence and citations on hover', async () => {
    const unsourced = diagnostics.find((diagnostic) => diagnostic.code === 'unsourced-claim')!
    const hover = await client.hover(ws.uri(name), unsourced.range.start)
    const text = (hover?.contents as {value: string}).value
    expect(text).toContain('unsourced')
    expect(text).toMatch(/Strength: (direct|conditional|correlational)/)
    expect(text).toMatch(/Confidence: \d+%/)
    expect(text).toContain('Citations**: none')
    expect(await client.hover(ws.uri(name), {line: 0, character: 0})).toBeNull()
  })

  it('drops the diagnostic of a sentence once a DOI link is added to it, and hovers the claim as sourced', async () => {
    const uri = ws.uri(name)
    const unsourced = diagnostics.filter((diagnostic) => diagnostic.code === 'unsourced-claim')
    const target = unsourced[3]!
    const sentence = rangeText(client.text(uri), target.range)
    const period = sentence.lastIndexOf('.')
    expect(period).toBeGreaterThan(0)
    const at = {line: target.range.start.line, character: target.range.start.character + period}
    const after = await client.edit(uri, [{range: {start: at, end: at}, newText: ' ([randomised trial](https://doi.org/10.1016/j.jpain.2020.01.001))'}])
    const stillThere = after.diagnostics.filter((diagnostic) => diagnostic.code === 'unsourced-claim' && diagnostic.range.start.line === target.range.start.line && diagnostic.range.start.character === target.range.start.character)
    expect(stillThere).toEqual([])
    expect(countByRule(after.diagnostics)).toEqual(withoutOne(countByRule(diagnostics), 'unsourced-claim'))
    const hover = await client.hover(uri, target.range.start)
    const text = (hover?.contents as {value: string}).value
    expect(text).toContain('sourced')
    expect(text).toContain('doi.org')
    expect(text).toContain('DOI 10.1016/j.jpain.2020.01.001')
  })
})

describe('ranges', () => {
  it('count UTF-16 code units, as LSP does: emoji before a claim shift it by two each', async () => {
    const uri = ws.uri('emoji.md')
    const text = '🌿🌿 Kratom cures back pain.\n'
    const {diagnostics} = await client.open(uri, text)
    const absolute = diagnostics.find((diagnostic) => diagnostic.code === 'absolute-claim')!
    expect(rangeText(text, absolute.range)).toBe('cures')
    await client.close(uri)
  })
})

describe('quick fixes, each applied and the document linted again', () => {
  const name = 'with-sources.md'
  let uri: string
  let diagnostics: Diagnostic[]

  beforeAll(async () => {
    uri = ws.uri(name)
    diagnostics = (await client.open(uri, frontmatterWithSources + readSeed())).diagnostics
  })

  it('cites one of the front matter sources for an unsourced claim', async () => {
    const target = diagnostics.filter((diagnostic) => diagnostic.code === 'unsourced-claim')[1]!
    const actions = await client.codeActions(uri, target)
    const cite = actions.filter((action) => action.title.startsWith('Cite source'))
    expect(cite.map((action) => action.title)).toEqual(['Cite source 1: Kratom: what you need to know', 'Cite source 2: Low back pain'])
    const after = await client.applyAction(uri, cite[0]!)
    expect(client.text(uri)).toContain('([Kratom: what you need to know](https://www.nccih.nih.gov/health/kratom))')
    expect(countByRule(after.diagnostics)).toEqual(withoutOne(countByRule(diagnostics), 'unsourced-claim'))
    diagnostics = after.diagnostics
  })

  it('turns unsourced-claim off for one sentence with caveat’s inline comments and a reason', async () => {
    // A sentence that starts a list item: the comments must not turn the item into HTML.
    const target = diagnostics.find((diagnostic) => diagnostic.code === 'unsourced-claim' && /^\s*- /.test(client.text(uri).split('\n')[diagnostic.range.start.line]!))!
    const action = (await client.codeActions(uri, target)).find((candidate) => candidate.title.startsWith('Turn off unsourced-claim'))!
    const after = await client.applyAction(uri, action)
    expect(client.text(uri)).toContain('<!-- reason: say why this sentence needs no source --><!-- caveat-disable unsourced-claim -->')
    expect(client.text(uri)).toContain('<!-- caveat-enable unsourced-claim -->')
    expect(countByRule(after.diagnostics)).toEqual(withoutOne(countByRule(diagnostics), 'unsourced-claim'))
    diagnostics = after.diagnostics
  })

  it('turns a rule off for a sentence in the middle of a paragraph', async () => {
    const lines = client.text(uri).split('\n')
    const target = diagnostics.find((diagnostic) => diagnostic.code === 'unsourced-claim' && diagnostic.range.start.character > 0 && !/^\s*[-|]/.test(lines[diagnostic.range.start.line]!))!
    const action = (await client.codeActions(uri, target)).find((candidate) => candidate.title.startsWith('Turn off unsourced-claim'))!
    const after = await client.applyAction(uri, action)
    expect(countByRule(after.diagnostics)).toEqual(withoutOne(countByRule(diagnostics), 'unsourced-claim'))
    diagnostics = after.diagnostics
  })

  it('removes a placeholder', async () => {
    const target = diagnostics.find((diagnostic) => diagnostic.code === 'placeholder-text')!
    expect(rangeText(client.text(uri), target.range)).toBe('[date]')
    const actions = await client.codeActions(uri, target)
    const remove = actions.find((action) => action.title.startsWith('Remove the placeholder'))!
    const after = await client.applyAction(uri, remove)
    expect(client.text(uri)).toContain('has been published on due to')
    // The placeholder was also an undefined reference for remark-lint: both go.
    expect(countByRule(after.diagnostics)).toEqual(withoutOne(countByRule(diagnostics), 'placeholder-text', 'remark-lint:no-undefined-references'))
  })
})

describe('bad input', () => {
  it('reports a broken config at its line, keeps running, and recovers when it is fixed', async () => {
    const broken = workspace({config: false})
    try {
      const good = "export default {\n  claims: {scope: 'sentence'},\n  lint: {readability: {targetGrade: 8}}\n}\n"
      broken.write('caveat.config.mjs', "export default {\n  claims: {scope: 'sentence'},\n  lint: {readability: {targetGrade: 8},,}\n}\n")
      const configUri = broken.uri('caveat.config.mjs')
      const configReported = client.nextDiagnostics(configUri)
      const doc = await client.open(broken.uri('a.md'), 'Kratom cures back pain.\n')
      const config = await configReported
      expect(config.diagnostics).toHaveLength(1)
      expect(config.diagnostics[0]!.range.start.line).toBe(2)
      expect(config.diagnostics[0]!.severity).toBe(1)
      expect(doc.diagnostics).toHaveLength(1)
      expect(doc.diagnostics[0]!.message).toContain('configuration')

      // Fixed: the client reports the changed file, the server reads it anew.
      broken.write('caveat.config.mjs', good)
      const cleared = client.nextDiagnostics(configUri, (params) => params.diagnostics.length === 0)
      const relinted = client.nextDiagnostics(broken.uri('a.md'), (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'unsourced-claim'))
      await client.configChanged(configUri)
      await cleared
      expect((await relinted).diagnostics.map((diagnostic) => diagnostic.code)).toContain('absolute-claim')

      // An invalid option (valid JavaScript): reported at the option's line.
      broken.write('caveat.config.mjs', "export default {\n  claims: {scope: 'sentence'},\n  lint: {\n    readability: {targetGrade: 8},\n    colour: 'red'\n  }\n}\n")
      const invalid = client.nextDiagnostics(configUri, (params) => params.diagnostics.length === 1)
      await client.configChanged(configUri)
      const reported = await invalid
      expect(reported.diagnostics[0]!.range.start.line).toBe(4)
      expect(reported.diagnostics[0]!.message).toContain('colour')
      await client.close(broken.uri('a.md'))
    } finally {
      broken.remove()
    }
  })

  it('warns at the line of an unknown rule id in the config, and lints with the rest of it', async () => {
    const typo = workspace({config: false})
    try {
      typo.write('caveat.config.mjs', "export default {\n  lint: {\n    rules: {\n      'unsourced-claims': 'off'\n    }\n  }\n}\n")
      const configReported = client.nextDiagnostics(typo.uri('caveat.config.mjs'))
      const doc = await client.open(typo.uri('a.md'), 'Kratom cures back pain.\n')
      const config = await configReported
      expect(config.diagnostics.map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity])).toEqual([[3, 2]])
      expect(config.diagnostics[0]!.message).toContain('did you mean "unsourced-claim"')
      expect(doc.diagnostics.map((diagnostic) => diagnostic.code)).toContain('unsourced-claim')
      await client.close(typo.uri('a.md'))
    } finally {
      typo.remove()
    }
  })

  it('answers a 5 MB document with one clear message and keeps serving', async () => {
    const uri = ws.uri('huge.md')
    const paragraph = 'Kratom is a tropical tree native to Southeast Asia and its leaves are sold as a powder.\n\n'
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length))
    const published = await client.open(uri, text)
    expect(published.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['file-too-large'])
    expect(published.diagnostics[0]!.message).toMatch(/too large to lint \(5\.0 MB; the limit is 2\.0 MB\)/)
    await client.close(uri)
    expect(await client.hover(ws.uri('seed.md'), {line: 0, character: 0})).toBeNull()
  })

  it('exits when the client disconnects without saying goodbye', async () => {
    const other = new LspClient(ws.dir)
    await other.initialize(`file://${ws.dir}`)
    other.child.stdin!.end()
    expect(await other.exited()).not.toBeNull()
  })
})
