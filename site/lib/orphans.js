// Pages left in the output folder by an earlier build (an article deleted or renamed since) would
// be deployed with the site. After each full build, remove every page this build did not write.
import {readdirSync, rmSync, rmdirSync} from 'node:fs'
import path from 'node:path'

/** Output files that are pages (templates write these; passthrough copies and indexes do not). */
const PAGE = /\.(html|xml)$/

/**
 * @param {string} outputDir the build's output folder
 * @param {Array<{outputPath?: string | false}>} results Eleventy's `eleventy.after` results
 * @param {{keep?: string[]}} [options] top-level folders never touched (search index, report, assets)
 * @returns {string[]} the files removed, relative to `outputDir`
 */
export function removeOrphanPages(outputDir, results, {keep = []} = {}) {
  const root = path.resolve(outputDir)
  const written = new Set(results.flatMap((result) => (typeof result.outputPath === 'string' ? [path.resolve(result.outputPath)] : [])))
  // Nothing written (a failed or empty build): never treat the whole site as orphaned.
  if (written.size === 0) return []
  const removed = []
  const walk = (dir) => {
    let entries
    try {
      entries = readdirSync(dir, {withFileTypes: true})
    } catch {
      return
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name)
      if (dir === root && keep.includes(entry.name)) continue
      if (entry.isDirectory()) {
        walk(full)
        // Folders the removals left empty go too (`articles/old-slug/`).
        try {
          rmdirSync(full)
        } catch {}
      } else if (PAGE.test(entry.name) && !written.has(full)) {
        rmSync(full, {force: true})
        removed.push(path.relative(root, full))
      }
    }
  }
  walk(root)
  return removed.sort()
}
