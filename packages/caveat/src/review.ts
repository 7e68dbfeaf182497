/**
 * The site preview's hook: lint the content and write the reviewer's report to
 * `outputDir/_review/` (every page `noindex`; never in the sitemap, which is built from
 * collections). Use it from an `eleventy.after` handler. Lint and the HTML report meet here,
 * at the shell's level, never inside each other.
 */
import path from 'node:path'
import {loadConfig} from './config/load.js'
import {resolveFiles} from './lint/files.js'
import {runLint} from './lint/run.js'
import {readA11yReport, writeReviewFolder, type ReviewReport} from './report-html/index.js'

export interface WriteReviewReportOptions {
  /** The content folder (markdown), relative to `cwd`. Default: the config's `lint.content`. */
  inputDir?: string | undefined
  /** The built site's folder; the report goes to `outputDir/_review/`. */
  outputDir: string
  cwd?: string | undefined
  /** caveat.config file (default: searched up from cwd). */
  config?: string | undefined
  /** `caveat a11y --format json` report to include, if you have one. */
  a11y?: string | undefined
}

export async function writeReviewReport(options: WriteReviewReportOptions): Promise<ReviewReport> {
  const cwd = options.cwd ?? process.cwd()
  const {config} = await loadConfig(cwd, options.config)
  const content = typeof config.lint.content === 'string' ? [config.lint.content] : config.lint.content
  const {files} = options.inputDir
    ? await resolveFiles([options.inputDir], cwd, config.lint.ignore, {root: config.root})
    : await resolveFiles(content, config.root, config.lint.ignore, {root: config.root}).then((found) => ({
        files: found.files.map((file) => path.relative(cwd, path.join(config.root, file)).split(path.sep).join('/'))
      }))
  const {report} = await runLint({files, cwd, config})
  return writeReviewFolder(report, {
    cwd,
    output: path.join(options.outputDir, '_review'),
    claims: config.claims,
    a11y: options.a11y ? await readA11yReport(options.a11y, cwd) : undefined
  })
}
