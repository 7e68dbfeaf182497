/**
 * The ONE module that speaks to `caveat`, through its public API only
 * (`findConfig`, `loadConfig`, `createAnalyser`, `finalize`). When caveat's
 * config loader or package name changes, this file is what changes.
 */
import path from 'node:path'
import {checkInput, createAnalyser, finalize, findConfig, loadConfig, type FileReport, type ReportMessage, type ResolvedConfig} from 'caveat-health'
import type {HealthClaimsLedger} from 'remark-health-claims'

export type {ReportMessage, HealthClaimsLedger}

/** What `caveat lint` reports for one file (the parts the editor shows). */
export interface LintResult {
  messages: ReportMessage[]
  ledger?: HealthClaimsLedger | undefined
  frontmatter?: Record<string, unknown> | undefined
  draft: boolean
}

/** Where lint would run from for a file: the folder of the nearest config, searching up from the file's folder. */
export interface ConfigLocation {
  /** The working directory `caveat lint` would be run from (the config's folder, else the file's folder). */
  cwd: string
  /** The config file, when there is one. */
  configPath?: string | undefined
}

export async function locateConfig(filePath: string): Promise<ConfigLocation> {
  // caveat's loader searches up from a folder, as `caveat lint` does from its working directory.
  const found = await findConfig(path.dirname(path.resolve(filePath)))
  return found ? {cwd: path.dirname(found), configPath: found} : {cwd: path.dirname(path.resolve(filePath))}
}

export interface Linter {
  /** Lint text as `caveat lint` would lint the file at `filePath` (absolute) with that content. */
  lint(filePath: string, content: string): Promise<LintResult>
  /** The message `caveat lint` gives a file over `lint.maxFileSize` (it is not analysed), or undefined. */
  tooLarge(bytes: number): ReportMessage | undefined
  /** Problems that do not stop lint (unknown rule ids…). */
  problems: string[]
}

/** Load the configuration and build the analyser. Throws (with caveat's message) when the config is broken. */
export async function createLinter(location: ConfigLocation): Promise<Linter> {
  const {config, problems} = await loadConfig(location.cwd, location.configPath)
  // The editor lints on every keystroke: never write the site's render cache from here.
  const editorConfig: ResolvedConfig = {...config, lint: {...config.lint, renderCache: false}}
  const analyse = await createAnalyser(editorConfig, location.cwd)
  return {
    tooLarge(bytes) {
      // Lint's own input rule, so the editor gives the message `caveat lint` gives.
      return bytes > config.lint.maxFileSize ? checkInput({size: bytes}, config.lint) : undefined
    },
    problems,
    async lint(filePath, content) {
      const relative = path.relative(location.cwd, filePath).split(path.sep).join('/')
      const analysis = await analyse({path: relative, content})
      const report: FileReport = finalize(relative, analysis, config, new Date())
      return {messages: report.messages, ledger: report.ledger, frontmatter: report.frontmatter, draft: report.draft === true}
    }
  }
}
