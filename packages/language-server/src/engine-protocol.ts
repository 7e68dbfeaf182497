/** Messages between the server's main thread and its lint worker (engine-worker.ts). */
import type {ConfigLocation, LintResult} from './caveat-api.js'

export interface WorkerData {
  location: ConfigLocation
}

export interface LintTask {
  id: number
  filePath: string
  content: string
}

export type WorkerReply =
  | {type: 'ready'; problems: string[]}
  | {type: 'config-error'; message: string}
  | {type: 'result'; id: number; result: LintResult}
  | {type: 'failed'; id: number; message: string}
