/** Typing never queues analyses: one runs at a time, and a burst of edits costs one more. */
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {LintScheduler} from '../src/scheduler.js'

describe('LintScheduler', () => {
  let runs: string[]
  let finish: Array<() => void>
  let scheduler: LintScheduler

  beforeEach(() => {
    vi.useFakeTimers()
    runs = []
    finish = []
    scheduler = new LintScheduler((uri) => {
      runs.push(uri)
      return new Promise<void>((resolve) => finish.push(resolve))
    }, 50)
  })
  afterEach(() => vi.useRealTimers())

  it('analyses an edit after a quiet spell at once, and a burst of edits once after its last edit', async () => {
    scheduler.schedule('a')
    expect(runs).toEqual(['a'])
    finish.shift()!()
    await vi.advanceTimersByTimeAsync(10)
    for (let i = 0; i < 10; i++) {
      scheduler.schedule('a')
      await vi.advanceTimersByTimeAsync(10)
    }
    expect(runs).toEqual(['a'])
    await vi.advanceTimersByTimeAsync(50)
    expect(runs).toEqual(['a', 'a'])
  })

  it('runs one analysis at a time per document, and one more for all the edits made during it', async () => {
    scheduler.schedule('a')
    for (let i = 0; i < 5; i++) {
      scheduler.schedule('a')
      await vi.advanceTimersByTimeAsync(60)
    }
    expect(runs).toEqual(['a'])
    finish.shift()!()
    await vi.advanceTimersByTimeAsync(0)
    expect(runs).toEqual(['a', 'a'])
    finish.shift()!()
    await vi.advanceTimersByTimeAsync(100)
    expect(runs).toEqual(['a', 'a'])
  })

  it('analyses documents independently, and forgets a closed one', async () => {
    scheduler.schedule('a')
    scheduler.schedule('b')
    expect(runs).toEqual(['a', 'b'])
    scheduler.schedule('c')
    scheduler.schedule('c')
    scheduler.cancel('c')
    await vi.advanceTimersByTimeAsync(100)
    expect(runs).toEqual(['a', 'b', 'c'])
  })
})
