/**
 * The shipped claim model: `npm run train` reproduces it byte for byte from
 * the labelled data, and it ships in the package within the size budget.
 */
import {execFileSync} from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const modelFile = new URL('../model/claims-model.json', import.meta.url)
const sha256 = (text: string | Buffer): string => crypto.createHash('sha256').update(text).digest('hex')

describe('the claim model', () => {
  it('is what training on the labelled data gives, byte for byte', async () => {
    // The training script is plain JavaScript: its export is typed here.
    const {trainModel} = (await import('../scripts/train.js' as string)) as {trainModel: () => Promise<string>}
    const trained = await trainModel()
    expect(sha256(trained)).toBe(sha256(fs.readFileSync(modelFile)))
  }, 300_000)

  it('records where its training data came from', () => {
    const model = JSON.parse(fs.readFileSync(modelFile, 'utf8')) as {provenance: {data: Record<string, {sha256: string}>; rows: Record<string, number>}}
    expect(Object.keys(model.provenance.data)).toEqual(expect.arrayContaining([
      '../shared/data/claims/medquad_consumer_health_dev.jsonl',
      '../shared/data/claims/yu2019_pubmed_claim_strength.csv',
      '../shared/data/claims/li2021_health_advice_structured.csv'
    ]))
    for (const entry of Object.values(model.provenance.data)) expect(entry.sha256).toMatch(/^[\da-f]{64}$/)
    expect(model.provenance.rows['caveat']).toBeGreaterThan(3000)
  })

  it('ships in the package, which stays under 5 MB', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: packageDir, encoding: 'utf8'})) as Array<{unpackedSize: number; files: Array<{path: string}>}>
    expect(pack?.files.map((file) => file.path)).toContain('model/claims-model.json')
    expect(pack?.unpackedSize).toBeLessThan(5 * 1024 * 1024)
  }, 60_000)
})
