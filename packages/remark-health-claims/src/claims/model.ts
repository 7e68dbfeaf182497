/**
 * The trained claim model: three logistic heads over one feature space.
 *
 * - `claim`: is the sentence a health claim (LABELLING.md's `claim`)?
 * - `advice`: none / weak / strong advice.
 * - `strength`: none / correlational / conditional / direct (Yu et al. 2019).
 *
 * The weights are in `model/claims-model.json`, written by `npm run train`
 * (scripts/train.js) from the labelled data; nothing is downloaded.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'

/** Layout of one feature's weights: the claim logit, then the advice and strength class logits. */
export const headLayout = {
  claim: {offset: 0, classes: ['claim']},
  advice: {offset: 1, classes: ['none', 'weak', 'strong']},
  strength: {offset: 4, classes: ['none', 'correlational', 'conditional', 'direct']}
} as const

export const weightsPerFeature = 8

export interface ClaimModelFile {
  /** Format of this file; bumped when the layout changes. */
  format: 1
  /** What the model was trained on (files and their SHA-256), and how. */
  provenance: Record<string, unknown>
  /** Bias of each weight slot (`weightsPerFeature` numbers). */
  bias: number[]
  /** Feature → its weights (`weightsPerFeature` numbers), features the training kept only. */
  weights: Record<string, number[]>
}

export interface ModelScores {
  /** Probability that the sentence is a health claim. */
  claim: number
  /** Probabilities of none / weak / strong advice. */
  advice: [number, number, number]
  /** Probabilities of none / correlational / conditional / direct. */
  strength: [number, number, number, number]
}

export const modelUrl = new URL('../../model/claims-model.json', import.meta.url)

/** Score features with the weights of `file` (a model in memory: the shipped one, or one being evaluated). */
export function createScorer(file: ClaimModelFile): (features: readonly string[]) => ModelScores {
  if (file.format !== 1 || file.bias.length !== weightsPerFeature) {
    throw new Error(`remark-health-claims: the claim model has format ${String(file.format)}; this version reads format 1. Reinstall the package.`)
  }
  const bias = Float64Array.from(file.bias)
  // One flat array and an index: the weights of ~20,000 features stay together in memory, and
  // scoring a sentence (~55 lookups) reads them without chasing an object per feature.
  const features = Object.keys(file.weights)
  const row = new Map<string, number>()
  const table = new Float64Array(features.length * weightsPerFeature)
  features.forEach((feature, at) => {
    row.set(feature, at * weightsPerFeature)
    table.set(file.weights[feature]!, at * weightsPerFeature)
  })
  return (present) => {
    const logits = bias.slice()
    for (const feature of present) {
      const offset = row.get(feature)
      if (offset !== undefined) for (let index = 0; index < weightsPerFeature; index++) logits[index]! += table[offset + index]!
    }
    return {
      claim: 1 / (1 + Math.exp(-(logits[0] ?? 0))),
      advice: softmax<[number, number, number]>(logits, headLayout.advice.offset, 3),
      strength: softmax<[number, number, number, number]>(logits, headLayout.strength.offset, 4)
    }
  }
}

function softmax<T extends number[]>(logits: Float64Array, offset: number, length: number): T {
  let max = -Infinity
  for (let index = 0; index < length; index++) max = Math.max(max, logits[offset + index] ?? 0)
  const result: number[] = []
  let sum = 0
  for (let index = 0; index < length; index++) {
    const value = Math.exp((logits[offset + index] ?? 0) - max)
    result.push(value)
    sum += value
  }
  return result.map((value) => value / sum) as T
}

let shipped: ((features: readonly string[]) => ModelScores) | undefined

/** Score a sentence's features with the shipped model (read on first use). */
export function scoreFeatures(features: readonly string[]): ModelScores {
  if (!shipped) {
    let file: ClaimModelFile
    try {
      file = JSON.parse(fs.readFileSync(modelUrl, 'utf8')) as ClaimModelFile
    } catch (error) {
      throw new Error(`remark-health-claims: cannot read the claim model at ${modelUrl.pathname} (${(error as Error).message}); reinstall the package, or run \`npm run train\` in a checkout`)
    }
    shipped = createScorer(file)
  }
  return shipped(features)
}

let digest: string | undefined

/**
 * SHA-256 of the shipped model file: caches of analyses (a linter's, a site
 * generator's) include it in their keys, so a retrained model is never served
 * stale results, even when the code around it did not change.
 */
export function claimModelDigest(): string {
  digest ??= createHash('sha256').update(fs.readFileSync(modelUrl)).digest('hex')
  return digest
}
