/**
 * When to lint a document: at most one analysis in flight per document, and a
 * change during an analysis runs one more after it. Debounced on both edges: an
 * edit after a quiet spell (no edit for `delayMs`, nothing running) is analysed
 * at once; edits in quick succession wait until `delayMs` after the last one.
 * (Dropping the results of an analysis overtaken by an edit is the runner's job:
 * it knows which version it read.)
 */
export class LintScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly running = new Map<string, Promise<void>>()
  private readonly again = new Set<string>()
  private readonly lastEdit = new Map<string, number>()

  constructor(
    private readonly run: (uri: string) => Promise<void>,
    public delayMs: number
  ) {}

  schedule(uri: string, delayMs = this.delayMs): void {
    const now = Date.now()
    const last = this.lastEdit.get(uri)
    this.lastEdit.set(uri, now)
    const quiet = (last === undefined || now - last >= this.delayMs) && !this.timers.has(uri) && !this.running.has(uri)
    if (quiet) {
      this.fire(uri)
      return
    }
    clearTimeout(this.timers.get(uri))
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri)
        this.fire(uri)
      }, delayMs)
    )
  }

  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri))
    this.timers.delete(uri)
    this.again.delete(uri)
    this.lastEdit.delete(uri)
  }

  /** Settles when the document has no analysis running. */
  idle(uri: string): Promise<void> {
    return this.running.get(uri) ?? Promise.resolve()
  }

  private fire(uri: string): void {
    if (this.running.has(uri)) {
      this.again.add(uri)
      return
    }
    const done = this.run(uri)
      .catch(() => undefined)
      .finally(() => {
        this.running.delete(uri)
        if (this.again.delete(uri)) this.fire(uri)
      })
    this.running.set(uri, done)
  }
}
