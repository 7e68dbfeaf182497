/**
 * Worker thread: loads one configuration (fresh: a new worker imports a changed
 * `caveat.config.mjs` anew) and lints the documents it is sent. Analysis runs
 * here so the server keeps answering while a long document is analysed.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {createLinter, type Linter} from './caveat-api.js'
import type {LintTask, WorkerData, WorkerReply} from './engine-protocol.js'

const port = parentPort
if (!port) throw new Error('engine-worker must run in a worker thread')
const post = (reply: WorkerReply) => port.postMessage(reply)

const {location} = workerData as WorkerData
let linter: Linter | undefined
const ready = createLinter(location).then(
  (created) => {
    linter = created
    post({type: 'ready', problems: created.problems})
  },
  (error: unknown) => post({type: 'config-error', message: (error as Error).message ?? String(error)})
)

port.on('message', (task: LintTask) => {
  void ready.then(async () => {
    if (!linter) return
    try {
      const tooLarge = linter.tooLarge(Buffer.byteLength(task.content))
      const result = tooLarge ? {messages: [tooLarge], draft: false} : await linter.lint(task.filePath, task.content)
      post({type: 'result', id: task.id, result})
    } catch (error) {
      post({type: 'failed', id: task.id, message: (error as Error).message ?? String(error)})
    }
  })
})
