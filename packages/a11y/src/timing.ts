/**
 * Where a run's time goes: wall time per phase of a page check (navigation, axe +
 * HTML_CodeSniffer, each browser check and its steps), summed over every page checked in
 * this process. Tabs run concurrently, so the sums are tab time, not run time. Read by
 * `bench/a11y.js`; costs one `performance.now()` pair per phase.
 */
export interface PhaseTime {
  ms: number
  count: number
}

export const phaseTimes = new Map<string, PhaseTime>()

export function resetPhaseTimes(): void {
  phaseTimes.clear()
}

export function addPhaseTime(phase: string, ms: number): void {
  const entry = phaseTimes.get(phase)
  if (entry) {
    entry.ms += ms
    entry.count++
  } else {
    phaseTimes.set(phase, {ms, count: 1})
  }
}

/** Run `work`, adding its wall time to `phase` (also when it throws). */
export async function timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await work()
  } finally {
    addPhaseTime(phase, performance.now() - started)
  }
}
