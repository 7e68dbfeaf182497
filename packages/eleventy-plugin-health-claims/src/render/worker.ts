/**
 * Worker thread entry (piscina): renders one article and stores it in the disk cache,
 * so the main thread only receives the result.
 */
import {DiskCache} from '../cache/disk-cache.js'
import {createRenderer, type RenderTask} from '../library/render-markdown.js'
import type {RenderedArticle} from '../types.js'

export interface WorkerTask {
  task: RenderTask
  optionsKey: string
  key: string
  cacheDir: string | false
}

export interface WorkerResult {
  article: RenderedArticle
  /** Why the cache could not be written, if it couldn't. */
  cacheError?: string | undefined
}

const render = createRenderer()
const caches = new Map<string, DiskCache>()

export default async function renderInWorker(input: WorkerTask): Promise<WorkerResult> {
  const article = await render(input.task, input.optionsKey)
  let cacheError: string | undefined
  if (input.cacheDir) {
    let cache = caches.get(input.cacheDir)
    if (!cache) {
      cache = new DiskCache(input.cacheDir)
      caches.set(input.cacheDir, cache)
    }
    try {
      await cache.set(input.key, article)
    } catch (error) {
      cacheError = String(error)
    }
  }
  return {article, cacheError}
}
