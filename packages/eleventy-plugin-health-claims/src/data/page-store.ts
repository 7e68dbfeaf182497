import type {PageRecord} from '../types.js'

/**
 * What the plugin learnt about each page it rendered, for the filters used in layouts.
 * Eleventy renders a page's content before its layouts, so by the time a layout asks,
 * the entry is there. One store per plugin instance.
 */
export class PageStore {
  readonly #byInputPath = new Map<string, PageRecord>()

  set(record: PageRecord): void {
    this.#byInputPath.set(normalize(record.inputPath), record)
  }

  get(inputPath: string | undefined): PageRecord | undefined {
    return inputPath === undefined ? undefined : this.#byInputPath.get(normalize(inputPath))
  }

  get size(): number {
    return this.#byInputPath.size
  }
}

function normalize(inputPath: string): string {
  return inputPath.replace(/^\.\//, '')
}
