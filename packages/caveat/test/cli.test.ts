import {describe, expect, it} from 'vitest'
import {caveat, tempDir} from './helpers.js'

describe('caveat command', () => {
  it('lists its commands and prints its version', () => {
    const help = caveat(['--help'], tempDir())
    expect(help.code).toBe(0)
    for (const command of ['lint', 'report', 'a11y']) expect(help.stdout).toContain(command)
    expect(caveat(['--version'], tempDir()).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('hands `a11y` and `report` to their commands', () => {
    const a11y = caveat(['a11y', '--help'], tempDir())
    expect(a11y.code).toBe(0)
    expect(a11y.stdout).toContain('Usage: caveat a11y')
    const report = caveat(['report', '--help'], tempDir())
    expect(report.code).toBe(0)
    expect(report.stdout).toContain('Usage: caveat report')
  })

  it('an unknown command is bad usage (exit 2)', () => {
    const run = caveat(['frobnicate'], tempDir())
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/unknown command/)
  })
})
