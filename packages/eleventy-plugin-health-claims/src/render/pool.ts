import {Piscina} from 'piscina'
import type {WorkerResult, WorkerTask} from './worker.js'

/**
 * The worker threads of one plugin instance. Started on the first render that needs them,
 * closed after each build (idle workers would otherwise hold memory in `--serve`).
 */
export class RenderPool {
  #pool: Piscina<WorkerTask, WorkerResult> | undefined

  constructor(readonly threads: number) {}

  get started(): boolean {
    return this.#pool !== undefined
  }

  run(task: WorkerTask): Promise<WorkerResult> {
    if (!this.#pool) {
      this.#pool = new Piscina<WorkerTask, WorkerResult>({
        filename: new URL('./worker.js', import.meta.url).href,
        minThreads: this.threads,
        maxThreads: this.threads,
        concurrentTasksPerWorker: 1
      })
    }
    return this.#pool.run(task)
  }

  async close(): Promise<void> {
    const pool = this.#pool
    this.#pool = undefined
    if (pool) await pool.destroy()
  }
}
