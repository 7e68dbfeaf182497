/**
 * Where Caveat's documentation lives, derived from this package's package.json
 * (`repository` with its `directory`, else `homepage`), so that every link a
 * finding, a report or `--help` prints points at the repository the package was
 * published from.
 */
import {readFileSync} from 'node:fs'

interface Manifest {
  homepage?: string
  repository?: string | {url?: string; directory?: string}
}

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest

/**
 * `https://host/owner/repo/blob/main/<directory>/` for a package.json: the browsable
 * folder of the package in its repository (`git+https://…/x.git` and `github:owner/repo`
 * forms understood; `homepage` without its `#fragment` when there is no repository).
 */
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
  throw new Error('caveat: package.json has neither `repository` nor `homepage`')
}

/** Browsable root of this package in its repository. */
export const packageDocsUrl = packageDocsBase(manifest)

/** Base of the rule pages: `docs/rules/<id>.md`, generated from each rule's file (scripts/docs.js). */
export const defaultDocsUrl = `${packageDocsUrl}docs/rules/`

/** `caveat a11y` and `caveat report` docs (shipped in the package's docs/ too). */
export const a11yDocsUrl = `${packageDocsUrl}docs/a11y.md`
export const reportDocsUrl = `${packageDocsUrl}docs/report.md`

/** The repository itself (SARIF `tool.driver.informationUri`). */
export const repositoryUrl = packageDocsUrl.slice(0, packageDocsUrl.indexOf('/blob/main/'))

/** A rule's docs page; `lint.docsUrl` overrides the base, `<id>.md` is appended. */
export function ruleDocsUrl(ruleId: string, base: string = defaultDocsUrl): string {
  return `${base}${ruleId}.md`
}
