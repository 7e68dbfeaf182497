/**
 * Piscina worker: builds the analyser once per thread (from the same config file
 * the main thread validated) and analyses the files it is given.
 */
import {workerData} from 'node:worker_threads'
import {createAnalyser, type Analyser, type Analysis} from './analyse.js'
import {loadConfig} from '../config/load.js'
import type {RuleSeverity} from '../config/schema.js'

export interface WorkerData {
  cwd: string
  configPath?: string | undefined
  /** `lint.rules` after the command line's `--rule` overrides. */
  rules?: Record<string, RuleSeverity> | undefined
}

export interface WorkerTask {
  path: string
  content: string
}

let analyser: Promise<Analyser> | undefined

/**
 * Returns the analysis as JSON: serialised once here, off the main thread, it crosses
 * to the main thread as one string (cheap to post, unlike a structured clone of
 * thousands of small objects) and goes into the cache file as is.
 */
export default async function analyseInWorker(task: WorkerTask): Promise<string> {
  const data = workerData as WorkerData
  analyser ??= loadConfig(data.cwd, data.configPath).then(({config}) =>
    createAnalyser(data.rules ? {...config, lint: {...config.lint, rules: data.rules}} : config, data.cwd)
  )
  return serialiseAnalysis(await (await analyser)(task))
}

export function serialiseAnalysis(analysis: Analysis): string {
  return JSON.stringify(analysis)
}
