/**
 * Which pages a run checks and what each was built from.
 * Pages: the site's `sitemap.xml` when it has one (only the URLs the publisher
 * lists), else every `.html` file. Source: a page's
 * `<meta name="caveat:source" content="content/…/x.md">` when the build emits it,
 * else the URL convention `content/**\/<slug>.md` → `<…>/<slug>/index.html`.
 */
import {existsSync} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {glob} from 'tinyglobby'

export interface SitePage {
  /** Path inside the site, `/` separators: `articles/heat-or-ice/index.html`. */
  path: string
  /** Absolute file path. */
  file: string
  /** URL path the static server serves it at: `/articles/heat-or-ice/`. */
  urlPath: string
}

function toUrlPath(pagePath: string): string {
  if (pagePath === 'index.html') return '/'
  if (pagePath.endsWith('/index.html')) return `/${pagePath.slice(0, -'index.html'.length)}`
  return `/${pagePath}`
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

async function fromSitemap(root: string): Promise<SitePage[] | undefined> {
  const sitemap = path.join(root, 'sitemap.xml')
  if (!existsSync(sitemap)) return undefined
  const xml = await readFile(sitemap, 'utf8')
  const pages = new Map<string, SitePage>()
  for (const match of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(match[1]!.replace(/&amp;/g, '&'), 'http://site.invalid/').pathname)
    } catch {
      continue
    }
    const relative = pathname.replace(/^\/+/, '')
    const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`, `${relative}.html`]
    for (const candidate of candidates) {
      if (await isFile(path.join(root, candidate))) {
        pages.set(candidate, {path: candidate, file: path.join(root, candidate), urlPath: toUrlPath(candidate)})
        break
      }
    }
  }
  return pages.size > 0 ? [...pages.values()] : undefined
}

export async function discoverPages(dir: string): Promise<{pages: SitePage[]; via: 'sitemap' | 'files'}> {
  const root = path.resolve(dir)
  const listed = await fromSitemap(root)
  if (listed) return {pages: listed.sort((a, b) => a.path.localeCompare(b.path)), via: 'sitemap'}
  const files = await glob('**/*.html', {cwd: root, ignore: ['**/node_modules/**'], dot: false})
  const pages = files.sort().map((file) => ({path: file, file: path.join(root, file), urlPath: toUrlPath(file)}))
  return {pages, via: 'files'}
}

/** The source file the build recorded in the page, if any. */
export function sourceFromHtml(html: string): string | undefined {
  const tag = /<meta\s[^>]*name=["']caveat:source["'][^>]*>/i.exec(html)?.[0]
  return tag ? /content=["']([^"']+)["']/i.exec(tag)?.[1] : undefined
}

/** Slug of a content file: `content/articles/heat-or-ice.md` → `heat-or-ice` (`index.md` → its folder). */
export function slugOf(sourceFile: string): string {
  const parsed = path.posix.parse(sourceFile.split(path.sep).join('/'))
  return parsed.name === 'index' ? path.posix.basename(parsed.dir) : parsed.name
}

/** Whether a page is the one built from `sourceFile`, by its meta tag or the URL convention. */
export function pageMatchesSource(page: SitePage, pageSource: string | undefined, sourceFile: string): boolean {
  if (pageSource) return path.posix.normalize(pageSource) === path.posix.normalize(sourceFile)
  const slug = slugOf(sourceFile)
  return page.path === `${slug}.html` || page.path.endsWith(`/${slug}.html`) || page.path === `${slug}/index.html` || page.path.endsWith(`/${slug}/index.html`)
}
