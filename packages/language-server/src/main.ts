/** `caveat-language-server --stdio`: the server over stdin/stdout; exits when the client goes away. */
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './server.js'

const usage = 'Usage: caveat-language-server --stdio\n\nCaveat\'s language server (LSP over stdin/stdout): start it from your editor for markdown files.\n'

export function main(argv: string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage)
    return
  }
  if (argv.includes('--version')) {
    process.stdout.write('0.1.0\n')
    return
  }
  if (!argv.some((arg) => arg === '--stdio' || arg.startsWith('--node-ipc') || arg.startsWith('--socket') || arg.startsWith('--pipe'))) {
    process.stderr.write(usage)
    process.exitCode = 2
    return
  }
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)
  // A client that disconnects without `exit`: stdin closes, and so does the server.
  process.stdin.on('end', () => process.exit(0))
  process.stdin.on('close', () => process.exit(0))
  connection.onExit(() => process.exit(0))
  startServer(connection)
}
