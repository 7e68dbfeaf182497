import {Piscina} from 'piscina'
import type {RenderedArticle} from '../types.js'
import type {WorkerTask} from './worker.js'

/**
 * The worker threads of one plugin instance. Started on the first render that needs them,
 * closed after each build (idle workers would otherwise hold memory in `--serve`).
 */
export class RenderPool {
  #pool: Piscina<WorkerTask, RenderedArticle> | undefined

  constructor(readonly threads: number) {}

  get started(): boolean {
    return this.#pool !== undefined
  }

  run(task: WorkerTask): Promise<RenderedArticle> {
    if (!this.#pool) {
      this.#pool = new Piscina<WorkerTask, RenderedArticle>({
        filename: new URL('./worker.js', import.meta.url).href,
        // One thread to start with; piscina adds the others as tasks queue up, so a rebuild
        // with one changed page pays for one thread's start-up, not all of them.
        minThreads: 1,
        maxThreads: this.threads,
        // Prerenders trickle in while Eleventy reads data: a thread that goes idle for a moment
        // must not be stopped (piscina's default) and started again, reloading every module.
        idleTimeout: 60_000,
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
