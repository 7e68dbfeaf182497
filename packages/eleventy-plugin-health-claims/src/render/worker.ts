/**
 * Worker thread entry (piscina): renders one article. The main thread stores it in the disk
 * cache: it mostly waits during a cold build, while a worker waiting on disk I/O isn't rendering.
 */
import {createRenderer, type RenderTask} from '../library/render-markdown.js'
import type {RenderedArticle} from '../types.js'

export interface WorkerTask {
  task: RenderTask
  optionsKey: string
}

const render = createRenderer()

export default async function renderInWorker(input: WorkerTask): Promise<RenderedArticle> {
  return render(input.task, input.optionsKey)
}
