// Search: after each build, Pagefind indexes the built articles (the elements marked
// `data-pagefind-body`) into `<output>/pagefind/`, which the search page loads in the browser.
// No server: the index is static files. Pagefind's npm package ships its binary.
// The notes Caveat adds (disclaimers, combined medical and topic notes) are the same on many
// pages: indexed, a search for "advice" or "substitute" would list every article.
import path from 'node:path'

/**
 * @param {string} outputDir
 * @returns {Promise<{pages: number}>}
 */
export async function writeSearchIndex(outputDir) {
  const pagefind = await import('pagefind')
  const {index, errors: createErrors} = await pagefind.createIndex({forceLanguage: 'en', excludeSelectors: ['.health-disclaimer']})
  try {
    if (!index) throw new Error(createErrors.join('; '))
    const added = await index.addDirectory({path: outputDir})
    if (added.errors.length > 0) throw new Error(added.errors.join('; '))
    const written = await index.writeFiles({outputPath: path.join(outputDir, 'pagefind')})
    if (written.errors.length > 0) throw new Error(written.errors.join('; '))
    return {pages: added.page_count}
  } catch (error) {
    throw new Error(`site search: Pagefind could not index ${outputDir} (${/** @type {Error} */ (error).message}). Reinstall with \`npm ci\` (the pagefind package ships its binary).`, {cause: error})
  } finally {
    await pagefind.close()
  }
}
