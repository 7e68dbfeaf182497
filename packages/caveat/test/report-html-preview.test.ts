/**
 * The reviewer's report inside the site's preview build (`CAVEAT_PREVIEW=1`):
 * a real Eleventy build writes it under /_review/, noindex and out of the
 * sitemap; a publishing build does not write it at all.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {beforeAll, describe, expect, it} from 'vitest'
import {cleanArticle, repoRoot, tempDir, writeFiles} from './helpers.js'

const eleventy = path.join(repoRoot, 'node_modules/@11ty/eleventy/cmd.cjs')

function build(output: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, [eleventy, '--config=site/eleventy.config.js', `--output=${output}`, '--quiet'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: {...process.env, ...env}
  })
  expect(result.status, result.stderr).toBe(0)
}

describe('the site preview', () => {
  let preview: string
  beforeAll(() => {
    preview = path.join(tempDir('caveat-preview-'), 'site')
    build(preview, {CAVEAT_PREVIEW: '1'})
  })

  it('has the reviewer report under /_review/, one page per article in content/', () => {
    const index = fromHtml(readFileSync(path.join(preview, '_review/index.html'), 'utf8'))
    const articles = readdirSync(path.join(repoRoot, 'content'), {recursive: true}).filter((file) => String(file).endsWith('.md'))
    expect(selectAll('table[data-sortable] tbody tr', index)).toHaveLength(articles.length)
    for (const link of selectAll('table[data-sortable] tbody a', index)) {
      const page = path.join(preview, '_review', String(link.properties['href']))
      expect(existsSync(page), page).toBe(true)
      expect(select('meta[name="robots"]', fromHtml(readFileSync(page, 'utf8')))!.properties['content']).toMatch(/noindex/)
    }
    expect(select('meta[name="robots"]', index)!.properties['content']).toMatch(/noindex/)
  })

  it('keeps /_review/ out of the sitemap', () => {
    const sitemap = readFileSync(path.join(preview, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain('<loc>')
    expect(sitemap).not.toContain('_review')
  })

  it('is not part of a publishing build', () => {
    // A clean content folder: publishing stops on error-level findings, which is not what this test is about.
    const content = tempDir('caveat-publish-content-')
    writeFiles(content, {'articles/sleep.md': cleanArticle('Sleep well')})
    const published = path.join(tempDir('caveat-publish-'), 'site')
    build(published, {CAVEAT_PREVIEW: '', CAVEAT_CONTENT_DIR: content})
    expect(existsSync(path.join(published, 'index.html'))).toBe(true)
    expect(existsSync(path.join(published, '_review'))).toBe(false)
  })
})
