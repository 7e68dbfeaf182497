#!/usr/bin/env node
/**
 * Time from `didChange` to `publishDiagnostics` over N edits (default 200) of a
 * ~3,000-word article (the seed, read by path), against the real server over
 * stdio, and the server's RSS before and after. Usage: npm run bench [-- --edits 1000]
 */
import {spawn} from 'node:child_process'
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest
} from 'vscode-languageserver-protocol/node'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../../..')
const seedPath = path.resolve(repoRoot, '../shared/seed/000_b2823957736016dd.txt')
const editsArg = process.argv.indexOf('--edits')
const edits = editsArg === -1 ? 200 : Number(process.argv[editsArg + 1])

const text = readFileSync(seedPath, 'utf8')
const words = text.split(/\s+/).filter(Boolean).length
const dir = mkdtempSync(path.join(os.tmpdir(), 'caveat-ls-bench-'))
copyFileSync(path.join(repoRoot, 'caveat.config.mjs'), path.join(dir, 'caveat.config.mjs'))
const file = path.join(dir, 'article.md')
writeFileSync(file, text)
const uri = pathToFileURL(file).href

const child = spawn(process.execPath, [path.resolve(here, '../bin/caveat-language-server.js'), '--stdio'], {cwd: dir, stdio: ['pipe', 'pipe', 'inherit']})
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
const waiting = new Map()
connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
  const resolve = waiting.get(params.version)
  if (params.uri === uri && resolve) {
    waiting.delete(params.version)
    resolve({at: performance.now(), count: params.diagnostics.length})
  }
})
connection.listen()

function rssMb() {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024
}

const published = (version) => new Promise((resolve) => waiting.set(version, resolve))

await connection.sendRequest(InitializeRequest.type, {processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: null})
await connection.sendNotification(InitializedNotification.type, {})
const opened = published(1)
const openStart = performance.now()
await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'markdown', version: 1, text}})
const first = await opened
const openMs = first.at - openStart
// Warm up: the first analyses compile the parser and the model.
let version = 1
let document = text
const lines = text.split('\n')
const prose = lines.map((line, index) => ({line, index})).filter(({line}) => line.split(' ').length > 12)

async function edit(n) {
  // Type a word into a sentence, or take it out again: the article stays ~3,000 words.
  const {index, line} = prose[(n * 7) % prose.length]
  const current = document.split('\n')[index]
  const insert = n % 2 === 0
  const character = line.indexOf(' ') + 1
  const change = insert
    ? {range: {start: {line: index, character}, end: {line: index, character}}, text: 'really '}
    : {range: {start: {line: index, character}, end: {line: index, character: character + 7}}, text: ''}
  const newLine = insert ? current.slice(0, character) + 'really ' + current.slice(character) : current.slice(0, character) + current.slice(character + 7)
  const all = document.split('\n')
  all[index] = newLine
  document = all.join('\n')
  version++
  const done = published(version)
  const start = performance.now()
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [change]})
  const result = await done
  return result.at - start
}

for (let n = 0; n < 10; n++) await edit(n)
global.gc?.()
const rssBefore = rssMb()
const times = []
const samples = []
for (let n = 0; n < edits; n++) {
  times.push(await edit(n))
  if ((n + 1) % Math.max(1, Math.floor(edits / 5)) === 0) samples.push(rssMb().toFixed(0))
}
const rssAfter = rssMb()

await connection.sendRequest(ShutdownRequest.type)
await connection.sendNotification(ExitNotification.type)
rmSync(dir, {recursive: true, force: true})

times.sort((a, b) => a - b)
const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]
const row = (name, value) => `| ${name.padEnd(44)} | ${String(value).padStart(12)} |`
console.log(`caveat-language-server: ${edits} edits of a ${words}-word article (${first.count} diagnostics), ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}\n`)
console.log(row('measure', 'value'))
console.log(`| ${'-'.repeat(44)} | ${'-'.repeat(12)} |`)
console.log(row('open → first diagnostics (ms, cold)', openMs.toFixed(0)))
console.log(row('didChange → publishDiagnostics p50 (ms)', at(0.5).toFixed(0)))
console.log(row('didChange → publishDiagnostics p95 (ms)', at(0.95).toFixed(0)))
console.log(row('didChange → publishDiagnostics max (ms)', times.at(-1).toFixed(0)))
console.log(row('server RSS before edits (MB)', rssBefore.toFixed(0)))
console.log(row(`server RSS after ${edits} edits (MB)`, rssAfter.toFixed(0)))
console.log(`\nServer RSS every ${Math.max(1, Math.floor(edits / 5))} edits (MB): ${samples.join(', ')}`)
console.log(`\nTarget: p95 ≤ 150 ms. Each edit comes after the previous publish, so none waits for the debounce (a burst would wait 50 ms after its last edit).`)
