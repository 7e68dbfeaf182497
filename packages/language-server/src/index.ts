/** caveat-language-server: `caveat lint` as an LSP server. */
export {startServer, type ServerOptions} from './server.js'
export {codeActions, disableEdits, linkableSources} from './code-actions.js'
export {toDiagnostic, messageRange} from './diagnostics.js'
export {hoverAt, hoverText} from './hover.js'
