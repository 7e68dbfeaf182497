/**
 * Caveat as a publication gets it from npm: every workspace packed with `npm pack`
 * (the very tarballs `npm publish` uploads), installed into throw-away projects in
 * the system temp folder, far from this repository's node_modules:
 *
 * - unified: the remark-health-claims readme's example, run as written, prints what
 *   the readme says it prints (and the root README's pipeline runs);
 * - mdx: the readme's MDX example, then an MDX article with ESM, JSX and expressions
 *   compiled and rendered: they survive, and the claim in its prose is reported;
 * - site: a second Eleventy 3 site made of the eleventy-plugin-health-claims readme's
 *   config, article and layout; built in publish and preview mode; and `npx caveat
 *   lint` of the installed caveat-health, whose links point at docs that exist.
 *
 * The three installs run at once and share the user's npm cache. Set
 * KEEP_CONSUMER_PROJECTS=1 to keep the projects for a look.
 */
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fencedBlocks, installedReadme, packWorkspaces, repoRoot, run, section, userEnv, type PackedPackage} from './helpers.js'

let temp = ''
let packages = new Map<string, PackedPackage>()
const project = {unified: '', mdx: '', site: ''}
const installEnv = userEnv({PUPPETEER_SKIP_DOWNLOAD: 'true'})

/** The ranges this repository itself uses, so the projects get what we test with. */
async function rangeOf(name: string): Promise<string> {
  for (const manifest of ['package.json', 'packages/remark-health-claims/package.json', 'packages/html-policy/package.json']) {
    const pkg = JSON.parse(await readFile(path.join(repoRoot, manifest), 'utf8')) as Record<string, Record<string, string> | undefined>
    const range = pkg.dependencies?.[name] ?? pkg.devDependencies?.[name]
    if (range) return range
  }
  throw new Error(`no range for ${name} in this repository`)
}

async function makeProject(name: string, dependencies: string[]): Promise<string> {
  const dir = path.join(temp, name)
  await mkdir(dir, {recursive: true})
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({name: `consumer-${name}`, private: true, type: 'module'}, null, 2))
  const result = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', ...dependencies], {cwd: dir, env: installEnv})
  if (result.code !== 0) throw new Error(`npm install in ${name} failed:\n${result.stderr}`)
  return dir
}

function tarball(name: string): string {
  const packed = packages.get(name)
  if (!packed) throw new Error(`${name} was not packed`)
  return packed.tarball
}

/** `repository` of an installed package as the browsable folder: where its docs links must point. */
async function docsBaseOf(dir: string, name: string): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as {repository: {url: string; directory: string}}
  return `${pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/${pkg.repository.directory}/`
}

/** 1-based line of the first line of `source` containing `text`. */
function lineOf(source: string, text: string): number {
  const index = source.split('\n').findIndex((line) => line.includes(text))
  if (index === -1) throw new Error(`“${text}” not in the source`)
  return index + 1
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), 'caveat-consumer-'))
  expect(path.relative(repoRoot, temp).startsWith('..')).toBe(true)
  const packs = path.join(temp, 'packs')
  await mkdir(packs)
  packages = await packWorkspaces(packs)
  const unifiedDeps = await Promise.all(['unified', 'remark-parse', 'remark-gfm', 'remark-rehype', 'rehype-stringify'].map(async (name) => `${name}@${await rangeOf(name)}`))
  ;[project.unified, project.mdx, project.site] = await Promise.all([
    makeProject('unified', [tarball('remark-health-claims'), ...unifiedDeps]),
    makeProject('mdx', [tarball('remark-health-claims'), '@mdx-js/mdx@^3.1.1']),
    // A publication: the Eleventy plugin for the site, the CLI for CI. Our other packages are
    // their dependencies, not on npm before the first release: installed from their tarballs.
    makeProject('site', [...packages.values()].map((packed) => packed.tarball).concat(`@11ty/eleventy@${await rangeOf('@11ty/eleventy')}`))
  ])
}, 900_000)

afterAll(async () => {
  if (temp && !process.env.KEEP_CONSUMER_PROJECTS) await rm(temp, {recursive: true, force: true})
})

describe('remark-health-claims in a plain unified script', () => {
  it('runs the readme example as written and prints what the readme shows', async () => {
    const use = section(await installedReadme(project.unified, 'remark-health-claims'), 'Use')
    const [example, shown] = fencedBlocks(use)
    expect(example?.lang).toBe('js')
    expect(shown?.lang).toBe('txt')
    expect(example!.code).toContain("from 'remark-health-claims'")
    await writeFile(path.join(project.unified, 'example.js'), example!.code)
    const result = await run(process.execPath, ['example.js'], {cwd: project.unified})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout.trimEnd()).toBe(shown!.code.trimEnd())
  })

  it("runs the root README's pipeline for any unified site", async () => {
    const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8')
    const block = fencedBlocks(section(readme, 'Use Caveat in your publication')).find((b) => b.lang === 'js')
    expect(block?.code).toContain("from 'remark-health-claims'")
    await writeFile(path.join(project.unified, 'pipeline.js'), `${block!.code}\nconsole.log(JSON.stringify(file.messages.map((m) => m.ruleId)))\n`)
    const result = await run(process.execPath, ['pipeline.js'], {cwd: project.unified})
    expect(result.code, result.stderr).toBe(0)
    // The comment at the end of the README's block names what the messages hold.
    expect(JSON.parse(result.stdout)).toEqual(expect.arrayContaining(['unsourced-claim', 'absolute-claim']))
  })
})

describe('remark-health-claims in an MDX pipeline (@mdx-js/mdx)', () => {
  it('runs the readme MDX example as written and prints what the readme shows', async () => {
    const mdx = section(await installedReadme(project.mdx, 'remark-health-claims'), 'Use')
    const blocks = fencedBlocks(mdx.slice(mdx.indexOf('\n### MDX\n')))
    const [example, shown] = blocks
    expect(example?.code).toContain("from '@mdx-js/mdx'")
    await writeFile(path.join(project.mdx, 'example-mdx.js'), example!.code)
    const result = await run(process.execPath, ['example-mdx.js'], {cwd: project.mdx})
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout.trimEnd()).toBe(shown!.code.trimEnd())
  })

  it('leaves ESM, JSX and expressions alone and reports the claim in the prose', async () => {
    const article = [
      "export const dose = '500 mg'",
      '',
      '# Turmeric',
      '',
      '<Chart caption="Pain scores over eight weeks" weeks={4 * 2} />',
      '',
      'Turmeric cures arthritis.',
      'Most trials gave {dose} of curcumin a day.',
      ''
    ].join('\n')
    await writeFile(path.join(project.mdx, 'article.mdx'), article)
    // A tiny JSX runtime that renders to an HTML string: no React needed to see the result.
    await writeFile(
      path.join(project.mdx, 'render.js'),
      `import {readFile} from 'node:fs/promises'
import {compile, evaluate} from '@mdx-js/mdx'
import remarkHealthClaims from 'remark-health-claims'

const Fragment = Symbol('Fragment')
const jsx = (type, props) => ({type, props})
const escape = (value) => String(value).replace(/[&<>"]/g, (c) => '&#' + c.charCodeAt(0) + ';')
function render(node) {
  if (node === null || node === undefined || typeof node === 'boolean') return ''
  if (Array.isArray(node)) return node.map(render).join('')
  if (typeof node !== 'object') return escape(node)
  const {children, ...attributes} = node.props
  if (node.type === Fragment) return render(children)
  if (typeof node.type === 'function') return render(node.type(node.props))
  const attrs = Object.entries(attributes).map(([k, v]) => ' ' + (k === 'className' ? 'class' : k) + '="' + escape(v) + '"').join('')
  return '<' + node.type + attrs + '>' + render(children) + '</' + node.type + '>'
}
const Chart = ({caption, weeks}) => jsx('figure', {className: 'chart', children: caption + ' (' + weeks + ' weeks)'})
const source = await readFile('article.mdx', 'utf8')
const options = {remarkPlugins: [remarkHealthClaims]}
const file = await compile(source, options)
const {default: Content, dose} = await evaluate(source, {...options, Fragment, jsx, jsxs: jsx})
console.log(JSON.stringify({
  dose,
  html: render(Content({components: {Chart}})),
  messages: file.messages.map((m) => ({ruleId: m.ruleId, line: m.line, column: m.column, source: m.source}))
}))
`
    )
    const result = await run(process.execPath, ['render.js'], {cwd: project.mdx})
    expect(result.code, result.stderr).toBe(0)
    const {dose, html, messages} = JSON.parse(result.stdout) as {dose: string; html: string; messages: Array<{ruleId: string; line: number; column: number; source: string}>}
    // ESM export, JSX element with string and expression props, inline expression: all intact.
    expect(dose).toBe('500 mg')
    expect(html).toContain('<figure class="chart">Pain scores over eight weeks (8 weeks)</figure>')
    expect(html).toContain('<p>Turmeric cures arthritis.\nMost trials gave 500 mg of curcumin a day.</p>')
    // The plugin added its disclaimer, as an element MDX renders like any other.
    expect(html).toMatch(/<aside class="health-disclaimer" data-disclaimer="medical" role="note" aria-label="Medical disclaimer">/)
    expect(html.indexOf('<aside')).toBeGreaterThan(html.indexOf('</h1>'))
    // The claim in prose is reported at its place; nothing on the ESM, JSX or expression lines.
    const claimLine = lineOf(article, 'Turmeric cures arthritis.')
    expect(messages).toContainEqual({ruleId: 'unsourced-claim', line: claimLine, column: 1, source: 'remark-health-claims'})
    const untouched = [lineOf(article, 'export const'), lineOf(article, '<Chart'), lineOf(article, '{dose}')]
    expect(messages.filter((m) => untouched.includes(m.line))).toEqual([])
  })
})

describe('eleventy-plugin-health-claims in a second Eleventy 3 site', () => {
  let config = ''
  let article = ''
  const kratom = ['---', 'title: Kratom and back pain', 'layout: article.njk', '---', '', 'Kratom relieves back pain within days.', ''].join('\n')
  const eleventy = (env: Record<string, string> = {}) =>
    run(process.execPath, [path.join(project.site, 'node_modules/@11ty/eleventy/cmd.cjs')], {cwd: project.site, env: userEnv(env)})

  beforeAll(async () => {
    // The readme's own files: eleventy.config.js, the article and the layout, as written.
    const use = section(await installedReadme(project.site, 'eleventy-plugin-health-claims'), 'Use')
    const [configBlock, articleBlock, layoutBlock] = fencedBlocks(use)
    expect([configBlock?.lang, articleBlock?.lang, layoutBlock?.lang]).toEqual(['js', 'markdown', 'njk'])
    config = configBlock!.code
    article = articleBlock!.code
    expect(use).toContain('`content/articles/heat-or-ice.md`')
    expect(use).toContain('`_includes/article.njk`')
    await mkdir(path.join(project.site, 'content/articles'), {recursive: true})
    await mkdir(path.join(project.site, '_includes'), {recursive: true})
    await writeFile(path.join(project.site, 'eleventy.config.js'), config)
    await writeFile(path.join(project.site, 'content/articles/heat-or-ice.md'), article)
    await writeFile(path.join(project.site, '_includes/article.njk'), layoutBlock!.code)
  })

  it('builds the readme article with its disclaimer, citation marker, sources and JSON-LD', async () => {
    const result = await eleventy()
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/\[11ty\/health-claims\] 1 markdown page: .*0 errors/)
    const html = await readFile(path.join(project.site, '_site/content/articles/heat-or-ice/index.html'), 'utf8')
    // One medical disclaimer, as the readme describes its markup.
    expect(html.match(/<aside class="health-disclaimer" data-disclaimer="medical" role="note" aria-label="Medical disclaimer">/g)).toHaveLength(1)
    // The link to the page's only source is followed by its numbered marker, and the layout lists the source.
    const source = /url: (\S+)/.exec(article)![1]!
    expect(html).toContain(`<a href="${source}">Cochrane review</a><sup class="cite"><a href="#source-1" id="cite-1-1" class="cite__link">`)
    expect(html).toMatch(/<h2>Sources<\/h2>\s*<ol>\s*<li><a href="[^"]+">Superficial heat or cold for low back pain<\/a>, Cochrane<\/li>/)
    // schema.org MedicalWebPage from the front matter and the plugin's options.
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, any>
    const baseUrl = /baseUrl: '([^']+)'/.exec(config)![1]!
    expect(jsonLd).toMatchObject({
      '@type': 'MedicalWebPage',
      headline: /title: (.+)/.exec(article)![1],
      url: new URL('content/articles/heat-or-ice/', baseUrl).href,
      publisher: {name: /publisher: \{name: '([^']+)'/.exec(config)![1]},
      reviewedBy: {name: /reviewedBy: (.+)/.exec(article)![1]},
      citation: [{url: source}]
    })
  })

  it('fails a publish build on an unsourced claim, with a link to docs that exist in the package', async () => {
    await writeFile(path.join(project.site, 'content/articles/kratom.md'), kratom)
    const result = await eleventy()
    expect(result.code).not.toBe(0)
    const output = result.stdout + result.stderr
    expect(output).toContain(`content/articles/kratom.md:${lineOf(kratom, 'Kratom relieves')}:1 unsourced-claim`)
    expect(output).toContain("can't be published")
    const docs = `${await docsBaseOf(project.site, 'remark-health-claims')}docs/rules/unsourced-claim.md`
    expect(output).toContain(docs)
    expect(existsSync(path.join(project.site, 'node_modules/remark-health-claims/docs/rules/unsourced-claim.md'))).toBe(true)
  })

  it('highlights the finding and adds the topic disclaimer in a preview build, which passes', async () => {
    const result = await eleventy({CAVEAT_PREVIEW: '1'})
    expect(result.code, result.stderr).toBe(0)
    const html = await readFile(path.join(project.site, '_site/content/articles/kratom/index.html'), 'utf8')
    expect(html).toMatch(/<mark class="finding finding--unsourced-claim" data-rule="unsourced-claim"[^>]*>Kratom relieves back pain within days\.<\/mark>/)
    expect(html).toContain('<span class="finding-tag finding-tag--unsourced-claim">Unsourced claim</span>')
    // The readme's `topics` entry: its title is in the disclaimer (combined with the medical one).
    const topicTitle = /title: '([^']+)'/.exec(config)![1]!
    expect(html).toMatch(new RegExp(`<aside class="health-disclaimer[^"]*" data-disclaimer="[^"]*\\bkratom\\b[^"]*" role="note" aria-label="[^"]*${topicTitle}[^"]*">`))
    expect(html).toContain('<p>Preview: findings are highlighted.</p>')
  })

  describe('npx caveat (caveat-health) in the same project', () => {
    const caveat = (...args: string[]) => run('npx', ['caveat', ...args], {cwd: project.site})

    it('prints the version of the installed package', async () => {
      const {version} = JSON.parse(await readFile(path.join(project.site, 'node_modules/caveat-health/package.json'), 'utf8')) as {version: string}
      const result = await caveat('--version')
      expect(result.code, result.stderr).toBe(0)
      expect(result.stdout.trim()).toBe(version)
    })

    it('passes the readme article and fails the unsourced one', async () => {
      const clean = await caveat('lint', 'content/articles/heat-or-ice.md')
      expect(clean.code, clean.stdout + clean.stderr).toBe(0)
      expect(clean.stdout).toMatch(/No problems in 1 file/)

      const bad = await caveat('lint', 'content/articles/kratom.md', '--format', 'json')
      expect(bad.code).toBe(1)
      const report = JSON.parse(bad.stdout) as {files: Array<{path: string; messages: Array<{ruleId: string; line?: number; source?: string; url?: string}>}>}
      const messages = report.files.flatMap((file) => file.messages)
      expect(messages).toContainEqual(expect.objectContaining({ruleId: 'unsourced-claim', line: lineOf(kratom, 'Kratom relieves'), source: 'remark-health-claims'}))

      // Every link points into the repository named in the installed package.json, at docs
      // the tarball ships: a page per rule, for caveat's rules and the plugin's alike.
      const caveatBase = await docsBaseOf(project.site, 'caveat-health')
      const pluginBase = await docsBaseOf(project.site, 'remark-health-claims')
      const ours = messages.filter((message) => message.source === 'caveat' || message.source === 'remark-health-claims')
      expect(new Set(ours.map((message) => message.source))).toEqual(new Set(['caveat', 'remark-health-claims']))
      for (const {ruleId, source, url} of ours) {
        if (source === 'remark-health-claims') {
          expect(url).toBe(`${pluginBase}docs/rules/${ruleId}.md`)
          expect(existsSync(path.join(project.site, 'node_modules/remark-health-claims/docs/rules', `${ruleId}.md`)), url).toBe(true)
        } else {
          expect(url).toBe(`${caveatBase}docs/rules/${ruleId}.md`)
          expect(existsSync(path.join(project.site, 'node_modules/caveat-health/docs/rules', `${ruleId}.md`)), url).toBe(true)
        }
      }
    })

    it('points --help at docs the package ships', async () => {
      for (const command of ['a11y', 'report']) {
        const help = await caveat(command, '--help')
        expect(help.code, help.stderr).toBe(0)
        const docs = /^Docs: (\S+)/m.exec(help.stdout)?.[1]
        expect(docs, `caveat ${command} --help`).toBe(`${await docsBaseOf(project.site, 'caveat-health')}docs/${command}.md`)
        expect(existsSync(path.join(project.site, 'node_modules/caveat-health/docs', `${command}.md`))).toBe(true)
      }
    })
  })
})
