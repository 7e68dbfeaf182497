/** What the reports say about the tool: name, version and home page, from package.json. */
import {readFileSync} from 'node:fs'
import {repositoryUrl} from '../docs.js'

interface PackageJson {
  version: string
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageJson

export const tool = {
  /** The command's name (the npm package may be named otherwise). */
  name: 'caveat',
  version: pkg.version,
  /** One URL for every report (SARIF's `tool.driver.informationUri`…): the repository package.json names. */
  url: repositoryUrl
}
