import {Piscina} from 'piscina'
import type {RenderedArticle} from '../types.js'
import type {WorkerTask} from './worker.js'

/** Young generation of each worker (V8 splits it into semi-spaces; 16 MB by default on 64-bit). */
export const YOUNG_GENERATION_MB = 96

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

  /** Threads running now. */
  get threadCount(): number {
    return this.#pool?.threads.length ?? 0
  }

  /** Starts the first thread now, so it loads its modules while Eleventy is still starting up. */
  warm(): void {
    this.#start()
  }

  run(task: WorkerTask): Promise<RenderedArticle> {
    return this.#start().run(task)
  }

  #start(): Piscina<WorkerTask, RenderedArticle> {
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
        concurrentTasksPerWorker: 1,
        // micromark makes a great many short-lived objects: a worker spends about a quarter of
        // its time in the garbage collector. A larger young generation than V8's default saved
        // 5–10% of a worker's CPU time per article here (measured on a busy machine: noisy).
        resourceLimits: {maxYoungGenerationSizeMb: YOUNG_GENERATION_MB}
      })
    }
    return this.#pool
  }

  async close(): Promise<void> {
    const pool = this.#pool
    this.#pool = undefined
    if (pool) await pool.destroy()
  }
}
