/**
 * Multinomial logistic regression over sparse binary features, trained with
 * AdaGrad and L2 regularisation in a seeded, fixed order: the same examples
 * give the same weights, bit for bit, on every machine (IEEE-754 arithmetic
 * and V8's `Math.exp` are deterministic).
 */

/**
 * @typedef {{features: Int32Array, label: number, weight: number}} Example
 * @typedef {{epochs: number, rate: number, l2: number, seed: number}} Settings
 */

/** Park–Miller-style linear congruential generator: fixed sequence for a seed. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    return state / 4_294_967_296
  }
}

/**
 * Fit a `classes`-way model on `examples` whose feature ids are below `dimensions`.
 *
 * @param {Example[]} examples
 * @param {number} classes
 * @param {number} dimensions
 * @param {Settings} settings
 * @returns {{bias: Float64Array, weights: Float64Array}} `weights[feature * classes + class]`.
 */
export function fitLogistic(examples, classes, dimensions, settings) {
  const {epochs, rate, l2, seed} = settings
  const weights = new Float64Array(dimensions * classes)
  const squares = new Float64Array(dimensions * classes).fill(1e-8)
  const bias = new Float64Array(classes)
  const biasSquares = new Float64Array(classes).fill(1e-8)
  const scores = new Float64Array(classes)
  const gradient = new Float64Array(classes)
  const order = examples.map((_, index) => index)
  const next = random(seed)

  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1))
      const swap = order[index]
      order[index] = order[other]
      order[other] = swap
    }
    for (const position of order) {
      const {features, label, weight} = examples[position]
      for (let k = 0; k < classes; k++) scores[k] = bias[k]
      for (const feature of features) for (let k = 0; k < classes; k++) scores[k] += weights[feature * classes + k]
      let max = -Infinity
      for (let k = 0; k < classes; k++) if (scores[k] > max) max = scores[k]
      let sum = 0
      for (let k = 0; k < classes; k++) {
        scores[k] = Math.exp(scores[k] - max)
        sum += scores[k]
      }
      for (let k = 0; k < classes; k++) {
        gradient[k] = (scores[k] / sum - (k === label ? 1 : 0)) * weight
        biasSquares[k] += gradient[k] * gradient[k]
        bias[k] -= (rate * gradient[k]) / Math.sqrt(biasSquares[k])
      }
      for (const feature of features) {
        for (let k = 0; k < classes; k++) {
          const at = feature * classes + k
          const step = gradient[k] + l2 * weights[at]
          squares[at] += step * step
          weights[at] -= (rate * step) / Math.sqrt(squares[at])
        }
      }
    }
  }
  return {bias, weights}
}
