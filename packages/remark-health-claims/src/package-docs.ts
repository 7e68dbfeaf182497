/**
 * Where this package's documentation lives, derived from its package.json
 * (`repository` with its `directory`, else `homepage`): the links in every
 * message point at the repository the package was published from.
 */
import {readFileSync} from 'node:fs'

interface Manifest {
  homepage?: string
  repository?: string | {url?: string; directory?: string}
}

/** `https://host/owner/repo/blob/main/<directory>/`: the package's folder in its repository. */
export function packageDocsBase(pkg: Manifest): string {
  const repository = typeof pkg.repository === 'string' ? {url: pkg.repository} : (pkg.repository ?? {})
  const url = repository.url
    ?.replace(/^git\+/, '')
    .replace(/^github:/, 'https://github.com/')
    .replace(/^git@([^:]+):/, 'https://$1/')
    .replace(/\.git$/, '')
  if (url) {
    const directory = (repository.directory ?? '').split('/').filter(Boolean).join('/')
    return `${url}/blob/main/${directory ? `${directory}/` : ''}`
  }
  if (pkg.homepage) {
    const page = pkg.homepage.split('#')[0]!
    return page.endsWith('/') ? page : `${page}/`
  }
  throw new Error('remark-health-claims: package.json has neither `repository` nor `homepage`')
}

export const packageDocsUrl = packageDocsBase(
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest
)
