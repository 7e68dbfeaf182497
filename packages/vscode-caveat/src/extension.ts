/**
 * Caveat for VS Code: starts `caveat-language-server --stdio` for markdown
 * files. The server comes from the workspace (`npm install -D
 * caveat-language-server`), so it lints with the publication's own caveat and
 * config, like the `caveat lint` its CI runs.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {workspace, window, type ExtensionContext} from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

let client: LanguageClient | undefined

/** The server: the setting, else the nearest `node_modules/.bin` of a workspace folder, else the PATH. */
export function findServer(setting: string, folders: readonly string[]): string {
  if (setting) return setting
  const bin = process.platform === 'win32' ? 'caveat-language-server.cmd' : 'caveat-language-server'
  for (const folder of folders) {
    let dir = folder
    for (;;) {
      const candidate = path.join(dir, 'node_modules', '.bin', bin)
      if (existsSync(candidate)) return candidate
      const parent = path.dirname(dir)
      if (parent === dir) break
      dir = parent
    }
  }
  return bin
}

export async function activate(context: ExtensionContext): Promise<void> {
  const settings = workspace.getConfiguration('caveat')
  const folders = (workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath)
  const command = findServer(settings.get<string>('server.path', ''), folders)
  const serverOptions: ServerOptions = {command, args: ['--stdio'], transport: TransportKind.stdio, options: {shell: process.platform === 'win32'}}
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{language: 'markdown', scheme: 'file'}],
    initializationOptions: {debounceMs: settings.get<number>('debounceMs', 50)},
    synchronize: {fileEvents: workspace.createFileSystemWatcher('**/caveat.config.{js,mjs,json}')}
  }
  client = new LanguageClient('caveat', 'Caveat', serverOptions, clientOptions)
  try {
    await client.start()
  } catch (error) {
    void window.showErrorMessage(`Caveat: could not start ${command} (${(error as Error).message}). Install it in your project: npm install -D caveat-language-server`)
  }
  context.subscriptions.push({dispose: () => void client?.stop()})
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
