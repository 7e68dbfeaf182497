#!/usr/bin/env node
/**
 * Train the claim model and write `model/claims-model.json`.
 *
 * Usage (after `tsc -b`): `npm run train` from the repository root or the package.
 * The same data and code give the same file, byte for byte (test/model.test.ts checks it).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {corpusFiles, loadRows, packageRoot, sharedDataDir, sharedFiles} from './training/data.js'
import {fitModel, settings} from './training/fit.js'
import {featurise} from './training/featurise.js'

export const modelPath = path.join(packageRoot, 'model', 'claims-model.json')

function sha256(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

/** Train on every labelled row and return the model file's text. */
export async function trainModel() {
  const rows = await featurise(loadRows())
  const model = fitModel(rows)
  const counts = {}
  for (const row of rows) counts[row.set] = (counts[row.set] ?? 0) + 1
  const data = {}
  for (const [set, name] of Object.entries(sharedFiles)) data[`../shared/data/claims/${name}`] = {set, sha256: sha256(path.join(sharedDataDir, name))}
  for (const file of corpusFiles()) data[path.relative(path.resolve(packageRoot, '../..'), file)] = {set: 'caveat', sha256: sha256(file)}
  const file = {
    format: 1,
    provenance: {
      description: 'Claim / advice / strength heads of remark-health-claims, trained by scripts/train.js. See docs/classifier.md.',
      data,
      rows: counts,
      settings,
      features: Object.keys(model.weights).length
    },
    bias: model.bias,
    weights: model.weights
  }
  return JSON.stringify(file) + '\n'
}

/** Write `text` to `file` through a temporary file and a rename: never half a model. */
export function writeAtomically(file, text) {
  fs.mkdirSync(path.dirname(file), {recursive: true})
  const temporary = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temporary, text)
  fs.renameSync(temporary, file)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now()
  try {
    const text = await trainModel()
    writeAtomically(modelPath, text)
    const hash = crypto.createHash('sha256').update(text).digest('hex')
    console.log(`wrote ${path.relative(process.cwd(), modelPath)} (${(text.length / 1024).toFixed(0)} KB, sha256 ${hash.slice(0, 16)}…) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  } catch (error) {
    console.error(`train: ${error.message}`)
    process.exit(1)
  }
}
