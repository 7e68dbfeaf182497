/**
 * caveat's report messages → LSP diagnostics. caveat's positions are 1-based
 * lines and columns counted in JavaScript string units, which are UTF-16 code
 * units: LSP's default encoding, so converting is subtracting one.
 */
import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {ReportMessage} from './caveat-api.js'

/** What code actions need from a diagnostic: its rule id (also in `code`). */
export interface DiagnosticData {
  ruleId: string
}

const severities: Record<ReportMessage['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information
}

/** Text of a line without its line break. */
function lineText(document: TextDocument, line: number): string {
  return document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}}).replace(/\r?\n$/, '')
}

/**
 * The message's range. caveat gives an end for most findings; a point (document
 * rules, front matter) is shown from the point to the end of its line.
 */
export function messageRange(message: ReportMessage, document: TextDocument): Range {
  const line = Math.max(0, (message.line ?? 1) - 1)
  const character = Math.max(0, (message.column ?? 1) - 1)
  const start = {line, character}
  if (message.endLine !== undefined && message.endColumn !== undefined) {
    return {start, end: {line: message.endLine - 1, character: message.endColumn - 1}}
  }
  const length = lineText(document, line).length
  return {start, end: {line, character: Math.max(length, character)}}
}

export function toDiagnostic(message: ReportMessage, document: TextDocument): Diagnostic {
  const data: DiagnosticData = {ruleId: message.ruleId}
  return {
    range: messageRange(message, document),
    severity: severities[message.severity],
    code: message.ruleId,
    ...(message.url ? {codeDescription: {href: message.url}} : {}),
    source: 'caveat',
    message: message.note ? `${message.message}\n${message.note}` : message.message,
    data
  }
}
