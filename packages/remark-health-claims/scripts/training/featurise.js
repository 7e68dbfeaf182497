/**
 * What the classifier reads in each row (grammar and features), computed with
 * the compiled package so training sees exactly what classification sees.
 */
let readSentence
async function load() {
  if (readSentence) return readSentence
  try {
    ;({readSentence} = await import('../../dist/claims/classify.js'))
  } catch (error) {
    throw new Error(`cannot load the compiled classifier (dist/claims/classify.js): ${error.message}. Compile first: \`npx tsc -b\` from the repository root.`)
  }
  return readSentence
}

/** Add `grammar` and `features` to every row. */
export async function featurise(rows) {
  const read = await load()
  for (const row of rows) Object.assign(row, read(row.text))
  return rows
}
