/** What the reports say about the tool: name, version and home page, from package.json. */
import {readFileSync} from 'node:fs'

interface PackageJson {
  version: string
  homepage?: string
  repository?: string | {url?: string}
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageJson

function repositoryUrl(repository: PackageJson['repository']): string | undefined {
  const url = typeof repository === 'string' ? repository : repository?.url
  return url?.replace(/^git\+/, '').replace(/\.git$/, '')
}

export const tool = {
  /** The command's name (the npm package may be named otherwise). */
  name: 'caveat',
  version: pkg.version,
  /** One URL for every report (SARIF's `tool.driver.informationUri`…): package.json's `homepage`, else its repository. */
  url: pkg.homepage ?? repositoryUrl(pkg.repository) ?? 'https://github.com/caveat-health/caveat'
}
