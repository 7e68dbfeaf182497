/**
 * Fit the claim model's three heads on labelled rows and return it in the
 * shipped file format (`src/claims/model.ts`, `ClaimModelFile`).
 *
 * Label mapping (docs/classifier.md, "Training data"):
 * - claim head: consumer sets (`medquad`, `caveat`) claim → 1, advice/other → 0;
 *   Yu 2019 labels 1–3 → 1, label 0 → 0, both at lower weight (Yu counts
 *   prevalence, prognosis and safety statements as no_claim, which
 *   LABELLING.md counts as claims).
 * - advice head (none / weak / strong): Li 2021 labels; consumer advice → strong,
 *   or weak when the grammar reads the advice as an option; consumer other → none;
 *   consumer claims are left out (a claim may also advise).
 * - strength head: Yu 2019 labels 0–3.
 */
import {fitLogistic} from './logistic.js'

export const settings = {
  /** A feature is kept when it occurs in at least this many training rows. */
  minCount: 4,
  claim: {
    weights: {consumer: 3, yu2019Claim: 0.3, yu2019NoClaim: 0.15},
    epochs: 60, rate: 0.02, l2: 0.01, seed: 1
  },
  advice: {weights: {li2021: 1, consumer: 3}, epochs: 30, rate: 0.05, l2: 0.01, seed: 2},
  strength: {weights: {yu2019: 1}, epochs: 30, rate: 0.05, l2: 0.01, seed: 3},
  /** Weights are stored to this many decimals. */
  decimals: 3
}

const consumerSets = new Set(['medquad', 'caveat'])

/** @param {import('./data.js').Row & {features: string[]}} row */
export function claimTarget(row) {
  const w = settings.claim.weights
  if (consumerSets.has(row.set) && row.label) return {label: row.label === 'claim' ? 1 : 0, weight: w[row.file] ?? w.consumer}
  if (row.set === 'yu2019') return row.strength > 0 ? {label: 1, weight: w.yu2019Claim} : {label: 0, weight: w.yu2019NoClaim}
  return undefined
}

export function adviceTarget(row) {
  const w = settings.advice.weights
  if (row.set === 'li2021') return {label: row.advice, weight: w.li2021}
  if (consumerSets.has(row.set) && row.label === 'other') return {label: 0, weight: w.consumer}
  if (consumerSets.has(row.set) && row.label === 'advice') return {label: row.features.includes('r:advice=weak') ? 1 : 2, weight: w.consumer}
  return undefined
}

export function strengthTarget(row) {
  if (row.set === 'yu2019') return {label: row.strength, weight: settings.strength.weights.yu2019}
  return undefined
}

const heads = [
  {name: 'claim', target: claimTarget, classes: 2, offset: 0},
  {name: 'advice', target: adviceTarget, classes: 3, offset: 1},
  {name: 'strength', target: strengthTarget, classes: 4, offset: 4}
]
const slots = 8

const round = (value) => {
  const factor = 10 ** settings.decimals
  const rounded = Math.round(value * factor) / factor
  return rounded === 0 ? 0 : rounded // no -0 in the file
}

/**
 * Fit every head on `rows` (each with `features`).
 *
 * @returns {{bias: number[], weights: Record<string, number[]>}}
 */
export function fitModel(rows) {
  const used = rows.filter((row) => heads.some((head) => head.target(row)))
  const counts = new Map()
  for (const row of used) for (const feature of row.features) counts.set(feature, (counts.get(feature) ?? 0) + 1)
  const vocabulary = [...counts.keys()].filter((feature) => counts.get(feature) >= settings.minCount).sort()
  const index = new Map(vocabulary.map((feature, at) => [feature, at]))
  const encoded = new Map(used.map((row) => [row, Int32Array.from(row.features.map((feature) => index.get(feature)).filter((at) => at !== undefined))]))

  const bias = new Array(slots).fill(0)
  const table = vocabulary.map(() => new Array(slots).fill(0))
  for (const head of heads) {
    const examples = []
    for (const row of used) {
      const target = head.target(row)
      if (target) examples.push({features: encoded.get(row), label: target.label, weight: target.weight})
    }
    const fitted = fitLogistic(examples, head.classes, vocabulary.length, settings[head.name])
    if (head.classes === 2) {
      // One logit: the log-odds of class 1 against class 0.
      bias[head.offset] = fitted.bias[1] - fitted.bias[0]
      for (let at = 0; at < vocabulary.length; at++) table[at][head.offset] = fitted.weights[at * 2 + 1] - fitted.weights[at * 2]
    } else {
      for (let k = 0; k < head.classes; k++) bias[head.offset + k] = fitted.bias[k]
      for (let at = 0; at < vocabulary.length; at++) {
        for (let k = 0; k < head.classes; k++) table[at][head.offset + k] = fitted.weights[at * head.classes + k]
      }
    }
  }

  const weights = {}
  for (let at = 0; at < vocabulary.length; at++) {
    const values = table[at].map(round)
    if (values.some((value) => value !== 0)) weights[vocabulary[at]] = values
  }
  return {bias: bias.map(round), weights}
}
