/**
 * Piscina worker: builds the analyser once per thread (from the same config file
 * the main thread validated) and analyses the files it is given.
 */
import {workerData} from 'node:worker_threads'
import {createAnalyser, type Analyser, type Analysis} from './analyse.js'
import {loadConfig} from '../config/load.js'

export interface WorkerData {
  cwd: string
  configPath?: string | undefined
}

export interface WorkerTask {
  path: string
  content: string
}

let analyser: Promise<Analyser> | undefined

export default async function analyseInWorker(task: WorkerTask): Promise<Analysis> {
  const data = workerData as WorkerData
  analyser ??= loadConfig(data.cwd, data.configPath).then(({config}) => createAnalyser(config))
  return (await analyser)(task)
}
