/**
 * Where this package's documentation lives, derived from its package.json (`repository`
 * with its `directory`, else `homepage`), so that the link on every finding of its own
 * checks points at the repository the package was published from.
 */
import {readFileSync} from 'node:fs'

interface Manifest {
  version: string
  homepage?: string
  repository?: string | {url?: string; directory?: string}
}

export const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest

/** `https://host/owner/repo/blob/main/<directory>/`: the package's browsable folder in its repository. */
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
  throw new Error('caveat-a11y: package.json has neither `repository` nor `homepage`')
}

/** Browsable root of this package in its repository. */
export const packageDocsUrl = packageDocsBase(manifest)

/** What the checks find and how they grade it (shipped in the package's docs/ too). */
export const checksDocsUrl = `${packageDocsUrl}docs/checks.md`

/** Every option of the config (the readme's "Options"). */
export const optionsDocsUrl = `${packageDocsUrl}readme.md#options`
