/**
 * A minimal LSP client for the tests and the bench: starts the real server as a
 * child process over stdio and speaks LSP to it with vscode-languageserver-protocol.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  FileChangeType,
  type CodeAction,
  type Diagnostic,
  type Hover,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextEdit
} from 'vscode-languageserver-protocol/node'

export const serverBin = fileURLToPath(new URL('../bin/caveat-language-server.js', import.meta.url))

type Waiter = {uri: string; test: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void}

export class LspClient {
  readonly child: ChildProcess
  readonly connection: ProtocolConnection
  /** Latest diagnostics per URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>()
  private waiters: Waiter[] = []
  private readonly versions = new Map<string, number>()
  private readonly texts = new Map<string, string>()
  stderr = ''

  constructor(cwd: string) {
    this.child = spawn(process.execPath, [serverBin, '--stdio'], {cwd, stdio: ['pipe', 'pipe', 'pipe']})
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()))
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params)
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.uri !== params.uri || !waiter.test(params)) return true
        waiter.resolve(params)
        return false
      })
    })
    this.connection.listen()
  }

  async initialize(rootUri: string, initializationOptions: Record<string, unknown> = {}): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      capabilities: {textDocument: {publishDiagnostics: {relatedInformation: true, codeDescriptionSupport: true}}},
      initializationOptions,
      workspaceFolders: null
    })
    await this.connection.sendNotification(InitializedNotification.type, {})
  }

  /** The next diagnostics for `uri` that pass `test` (the latest already received, if it does and `fresh` is false). */
  nextDiagnostics(uri: string, test: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({uri, test, resolve}))
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? ''
  }

  async open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    this.versions.set(uri, 1)
    this.texts.set(uri, text)
    const published = this.nextDiagnostics(uri, (params) => params.version === 1)
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'markdown', version: 1, text}})
    return published
  }

  /** Apply edits (as the editor would) and send them; resolves with the diagnostics of the new version. */
  async edit(uri: string, edits: TextEdit[]): Promise<PublishDiagnosticsParams> {
    const version = (this.versions.get(uri) ?? 0) + 1
    this.versions.set(uri, version)
    // Applied last to first so earlier ranges stay valid; sent in that order too.
    const sorted = [...edits].sort((a, b) => offset(this.text(uri), b.range.start) - offset(this.text(uri), a.range.start))
    let text = this.text(uri)
    for (const edit of sorted) text = applyEdit(text, edit)
    this.texts.set(uri, text)
    const published = this.nextDiagnostics(uri, (params) => params.version === version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version},
      contentChanges: sorted.map((edit) => ({range: edit.range, text: edit.newText}))
    })
    return published
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
  }

  async configChanged(uri: string): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri, type: FileChangeType.Changed}]})
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position})
  }

  async codeActions(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const actions = await this.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})
    return (actions ?? []) as CodeAction[]
  }

  /** Apply a code action's workspace edit to the document and send it. */
  applyAction(uri: string, action: CodeAction): Promise<PublishDiagnosticsParams> {
    const edits = action.edit?.changes?.[uri]
    if (!edits) throw new Error(`The action “${action.title}” has no edit for ${uri}`)
    return this.edit(uri, edits)
  }

  exited(): Promise<number | null> {
    if (this.child.exitCode !== null) return Promise.resolve(this.child.exitCode)
    return new Promise((resolve) => this.child.once('exit', (code) => resolve(code)))
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    try {
      await this.connection.sendRequest(ShutdownRequest.type)
      await this.connection.sendNotification(ExitNotification.type)
    } catch {
      // already gone
    }
    const exited = this.exited()
    const timer = setTimeout(() => this.child.kill(), 10_000)
    await exited
    clearTimeout(timer)
    this.connection.dispose()
  }
}

export function offset(text: string, position: Position): number {
  let index = 0
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', index)
    if (next === -1) return text.length
    index = next + 1
  }
  return Math.min(index + position.character, text.length)
}

export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, offset(text, edit.range.start)) + edit.newText + text.slice(offset(text, edit.range.end))
}

export function rangeText(text: string, range: Range): string {
  return text.slice(offset(text, range.start), offset(text, range.end))
}
