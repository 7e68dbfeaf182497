/**
 * The language server: wires documents, the lint engine, diagnostics, hover
 * and code actions to an LSP connection.
 */
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic,
  type InitializeResult
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {Engine, type LintOutcome} from './engine.js'
import {LintScheduler} from './scheduler.js'
import {toDiagnostic} from './diagnostics.js'
import {hoverAt} from './hover.js'
import {codeActions} from './code-actions.js'
import {configErrorLine} from './config-errors.js'
import type {HealthClaimsLedger} from './caveat-api.js'

export interface ServerOptions {
  /** Quiet time after an edit before the document is analysed. Default 50 ms; `initializationOptions.debounceMs` overrides it. */
  debounceMs?: number | undefined
  /** An analysis running longer is stopped and reported. Default 30 s. */
  timeoutMs?: number | undefined
}

interface Linted {
  version: number
  ledger?: HealthClaimsLedger | undefined
  frontmatter?: Record<string, unknown> | undefined
}

const configNames = /(?:^|\/)caveat\.config\.(?:js|mjs|json)$/

function isMarkdown(document: TextDocument): boolean {
  return document.languageId === 'markdown' || /\.(?:md|markdown)$/i.test(document.uri)
}

function filePathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined
}

/** A whole line: from its start to the start of the next one. */
function lineRange(line: number) {
  return {start: {line, character: 0}, end: {line: line + 1, character: 0}}
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument)
  const engine = new Engine({timeoutMs: options.timeoutMs})
  const linted = new Map<string, Linted>()
  /** Config files we published diagnostics for, by URI. */
  const configDiagnostics = new Set<string>()
  const scheduler = new LintScheduler(lintDocument, options.debounceMs ?? 50)

  function publishConfig(configPath: string | undefined, diagnostics: Diagnostic[]): void {
    if (!configPath) return
    const uri = pathToFileURL(configPath).href
    if (diagnostics.length === 0 && !configDiagnostics.has(uri)) return
    if (diagnostics.length > 0) configDiagnostics.add(uri)
    else configDiagnostics.delete(uri)
    void connection.sendDiagnostics({uri, diagnostics})
  }

  /** Warnings for config problems that do not stop lint (unknown rule ids), located once per config version. */
  let problemsCache: {key: string; diagnostics: Diagnostic[]} | undefined
  function problemDiagnostics(configPath: string | undefined, problems: string[]): Diagnostic[] {
    if (problems.length === 0) return []
    const key = `${configPath ?? ''}\0${problems.join('\0')}`
    if (problemsCache?.key !== key) {
      problemsCache = {
        key,
        diagnostics: problems.map((problem) => ({
          range: lineRange(configPath ? configErrorLine(configPath, problem) : 0),
          severity: DiagnosticSeverity.Warning,
          source: 'caveat',
          code: 'config',
          message: problem
        }))
      }
    }
    return problemsCache.diagnostics
  }

  function documentDiagnostics(document: TextDocument, outcome: LintOutcome): Diagnostic[] {
    const configPath = outcome.location.configPath
    if (outcome.kind === 'ok') {
      publishConfig(configPath, problemDiagnostics(configPath, outcome.problems))
      return outcome.result.messages.map((message) => toDiagnostic(message, document))
    }
    if (outcome.kind === 'config-error') {
      const line = configPath ? configErrorLine(configPath, outcome.message) : 0
      publishConfig(configPath, [{range: lineRange(line), severity: DiagnosticSeverity.Error, source: 'caveat', code: 'config', message: outcome.message}])
      return [
        {
          range: lineRange(0),
          severity: DiagnosticSeverity.Error,
          source: 'caveat',
          code: 'config',
          message: `Caveat cannot lint this file: its configuration${configPath ? ` (${configPath})` : ''} is broken. ${outcome.message.split('\n')[0]}`,
          ...(configPath ? {relatedInformation: [{location: {uri: pathToFileURL(configPath).href, range: lineRange(line)}, message: 'The problem is here'}]} : {})
        }
      ]
    }
    return [{range: lineRange(0), severity: DiagnosticSeverity.Error, source: 'caveat', code: 'analysis-failed', message: `Could not analyse the file: ${outcome.message}`}]
  }

  async function lintDocument(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    const filePath = filePathOf(uri)
    if (!filePath) return
    const version = document.version
    const outcome = await engine.lint(filePath, document.getText())
    // Stale: the document changed or closed while it was analysed (a newer analysis is scheduled).
    const current = documents.get(uri)
    if (!current || current.version !== version) return
    const diagnostics = documentDiagnostics(current, outcome)
    linted.set(uri, {
      version,
      ledger: outcome.kind === 'ok' ? outcome.result.ledger : undefined,
      frontmatter: outcome.kind === 'ok' ? outcome.result.frontmatter : undefined
    })
    await connection.sendDiagnostics({uri, version, diagnostics})
  }

  function relintAll(): void {
    for (const document of documents.all()) if (isMarkdown(document)) scheduler.schedule(document.uri, 0)
  }

  let watchConfigs = false
  connection.onInitialize((params): InitializeResult => {
    const debounce = (params.initializationOptions as {debounceMs?: unknown} | undefined)?.debounceMs
    if (typeof debounce === 'number' && debounce >= 0) scheduler.delayMs = debounce
    watchConfigs = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        hoverProvider: true,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]}
      },
      serverInfo: {name: 'caveat-language-server'}
    }
  })
  connection.onInitialized(() => {
    if (watchConfigs) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{globPattern: '**/caveat.config.{js,mjs,json}'}]
      })
    }
  })
  // A changed config: lint every open document again (the engine reloads the config).
  connection.onDidChangeWatchedFiles(() => relintAll())

  documents.onDidChangeContent(({document}) => {
    if (isMarkdown(document)) scheduler.schedule(document.uri, linted.has(document.uri) ? undefined : 0)
  })
  documents.onDidSave(({document}) => {
    if (configNames.test(document.uri)) relintAll()
  })
  documents.onDidClose(({document}) => {
    scheduler.cancel(document.uri)
    linted.delete(document.uri)
    if (isMarkdown(document)) void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  connection.onHover(({textDocument, position}) => hoverAt(linted.get(textDocument.uri)?.ledger, position))
  connection.onCodeAction(({textDocument, context}) => {
    const document = documents.get(textDocument.uri)
    if (!document) return []
    return codeActions(document, context.diagnostics, linted.get(textDocument.uri)?.frontmatter)
  })
  connection.onShutdown(() => engine.close())

  documents.listen(connection)
  connection.listen()
}
