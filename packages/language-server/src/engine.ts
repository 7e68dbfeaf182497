/**
 * Runs lint off the main thread: one worker per configuration, replaced when
 * the config file changes (so a fixed config is read anew), killed when an
 * analysis takes too long (so no document can hang the server).
 */
import {statSync} from 'node:fs'
import {Worker} from 'node:worker_threads'
import type {ConfigLocation, LintResult} from './caveat-api.js'
import type {LintTask, WorkerData, WorkerReply} from './engine-protocol.js'

export type LintOutcome =
  | {kind: 'ok'; result: LintResult; location: ConfigLocation; problems: string[]}
  | {kind: 'config-error'; location: ConfigLocation; message: string}
  | {kind: 'failed'; location: ConfigLocation; message: string}

export interface EngineOptions {
  /** An analysis taking longer than this is abandoned and reported. Default 30 s. */
  timeoutMs?: number | undefined
}

type Settle = (reply: Exclude<WorkerReply, {type: 'ready'} | {type: 'config-error'}> | {type: 'crashed'; message: string}) => void

class LintWorker {
  readonly worker: Worker
  readonly ready: Promise<{ok: true; problems: string[]} | {ok: false; message: string}>
  private readonly pending = new Map<number, Settle>()
  private nextId = 1
  dead = false

  constructor(
    readonly location: ConfigLocation,
    readonly stamp: string
  ) {
    const data: WorkerData = {location}
    this.worker = new Worker(new URL('./engine-worker.js', import.meta.url), {workerData: data})
    this.worker.unref()
    this.ready = new Promise((resolve) => {
      this.worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') resolve({ok: true, problems: reply.problems})
        else if (reply.type === 'config-error') resolve({ok: false, message: reply.message})
        else {
          this.pending.get(reply.id)?.(reply)
          this.pending.delete(reply.id)
        }
      })
      const die = (message: string) => {
        this.dead = true
        resolve({ok: false, message})
        for (const settle of this.pending.values()) settle({type: 'crashed', message})
        this.pending.clear()
      }
      this.worker.on('error', (error) => die(`The analysis crashed: ${error.message}`))
      this.worker.on('exit', () => die('The analysis stopped'))
    })
  }

  run(filePath: string, content: string, timeoutMs: number): Promise<Parameters<Settle>[0]> {
    const id = this.nextId++
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id)
        resolve({type: 'crashed', message: `Analysis took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`})
        void this.terminate()
      }, timeoutMs)
      this.pending.set(id, (reply) => {
        clearTimeout(timer)
        resolve(reply)
      })
      const task: LintTask = {id, filePath, content}
      this.worker.postMessage(task)
    })
  }

  async terminate(): Promise<void> {
    this.dead = true
    await this.worker.terminate()
  }
}

function stampOf(location: ConfigLocation): string {
  if (!location.configPath) return 'none'
  try {
    const info = statSync(location.configPath)
    return `${info.mtimeMs}:${info.size}`
  } catch {
    return 'missing'
  }
}

export class Engine {
  private readonly workers = new Map<string, LintWorker>()
  private readonly timeoutMs: number

  constructor(options: EngineOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 30_000
  }

  /** The worker for a file's configuration, started anew when the config file changed. */
  private async workerFor(filePath: string): Promise<LintWorker> {
    // Loaded on first use: the server answers `initialize` without waiting for caveat to load.
    const {locateConfig} = await import('./caveat-api.js')
    const location = await locateConfig(filePath)
    const key = `${location.cwd}\0${location.configPath ?? ''}`
    const stamp = stampOf(location)
    const current = this.workers.get(key)
    if (current && !current.dead && current.stamp === stamp) return current
    if (current) void current.terminate()
    const worker = new LintWorker(location, stamp)
    this.workers.set(key, worker)
    return worker
  }

  async lint(filePath: string, content: string): Promise<LintOutcome> {
    const worker = await this.workerFor(filePath)
    const {location} = worker
    const ready = await worker.ready
    if (!ready.ok) return worker.dead ? {kind: 'failed', location, message: ready.message} : {kind: 'config-error', location, message: ready.message}
    const reply = await worker.run(filePath, content, this.timeoutMs)
    if (reply.type === 'result') return {kind: 'ok', result: reply.result, location, problems: ready.problems}
    return {kind: 'failed', location, message: reply.message}
  }

  async close(): Promise<void> {
    await Promise.all([...this.workers.values()].map((worker) => worker.terminate()))
    this.workers.clear()
  }
}
