/**
 * A minimal second Eleventy site, in a temp folder, that only adds this plugin.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
// @ts-expect-error: Eleventy 3 ships no type declarations.
import Eleventy from '@11ty/eleventy'
import healthClaims, {STATS_EVENT, type BuildStats, type PluginOptions} from 'eleventy-plugin-health-claims'

export const LAYOUT = `<!doctype html>
<html lang="en">
<head><title>{{ title }}</title>{{ page | healthJsonLd | safe }}</head>
<body data-mode="{{ healthClaimsMode }}">
<main>{{ content | safe }}</main>
{% set ledger = page | healthClaims %}
<p class="ledger" data-claims="{{ ledger.claims | length }}" data-errors="{{ ledger.errors }}" data-claim-lines="{% for claim in ledger.claims %}{{ claim.position.start.line }} {% endfor %}"></p>
<ol class="sources">{% for source in page | healthSources %}<li value="{{ source.number }}"><a href="{{ source.url }}">{{ source.title }}</a>{% if source.publisher %}, {{ source.publisher }}{% endif %}</li>{% endfor %}</ol>
</body>
</html>
`

export interface Site {
  root: string
  input: string
  output: string
  cacheDir: string
  write(file: string, text: string): void
  read(file: string): string
  exists(file: string): boolean
  build(options?: PluginOptions): Promise<BuildStats>
  remove(): void
}

export function createSite(files: Record<string, string>): Site {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'health-claims-site-'))
  const input = path.join(root, 'content')
  const output = path.join(root, '_site')
  const cacheDir = path.join(root, '.cache')
  const site: Site = {
    root,
    input,
    output,
    cacheDir,
    write(file, text) {
      const full = path.join(root, file)
      fs.mkdirSync(path.dirname(full), {recursive: true})
      fs.writeFileSync(full, text)
    },
    read(file) {
      return fs.readFileSync(path.join(output, file), 'utf8')
    },
    exists(file) {
      return fs.existsSync(path.join(output, file))
    },
    async build(options = {}) {
      let stats: BuildStats | undefined
      const eleventy = new Eleventy(input, output, {
        quietMode: true,
        configPath: false,
        config(eleventyConfig: any) {
          eleventyConfig.setLayoutsDirectory('../_layouts')
          // Eleventy keeps file contents in a cache shared by every instance in the process:
          // without this, a rebuild here would see the files as the first build read them.
          eleventyConfig.setUseTemplateCache(false)
          eleventyConfig.addPlugin(healthClaims, {cacheDir, ...options})
          eleventyConfig.on(STATS_EVENT, (value: BuildStats) => {
            stats = value
          })
        }
      })
      await eleventy.write()
      if (!stats) throw new Error('no stats event')
      return stats
    },
    remove() {
      fs.rmSync(root, {recursive: true, force: true})
    }
  }
  site.write('_layouts/article.njk', LAYOUT)
  for (const [file, text] of Object.entries(files)) site.write(file, text)
  return site
}

/** Every message of an error and its causes (Eleventy wraps template errors). */
export function errorChain(error: unknown): string {
  const parts: string[] = []
  let current = error as {message?: string; originalError?: unknown; cause?: unknown} | undefined
  while (current && parts.length < 10) {
    parts.push(String(current.message))
    current = (current.originalError ?? current.cause) as typeof current
  }
  return parts.join('\n')
}

export function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1
}
