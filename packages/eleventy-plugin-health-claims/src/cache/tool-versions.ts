import {createHash} from 'node:crypto'
import {claimModelDigest} from 'remark-health-claims/model'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** Packages whose output ends up in a rendered article. */
const TOOLS = [
  'eleventy-plugin-health-claims',
  'remark-health-claims',
  'unified',
  'remark-parse',
  'remark-gfm-lazy-autolinks',
  'remark-smartypants',
  'remark-rehype',
  'caveat-html-policy',
  'rehype-slug',
  'rehype-stringify'
] as const

function findPackageRoot(file: string): string | undefined {
  let dir = path.dirname(file)
  while (true) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** Hash of every `.js` file under a folder: a linked workspace package changes without a version bump. */
function hashJavaScript(dir: string, hash: ReturnType<typeof createHash>): void {
  for (const entry of fs.readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules') continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) hashJavaScript(full, hash)
    else if (entry.name.endsWith('.js')) hash.update(entry.name).update(fs.readFileSync(full))
  }
}

/**
 * `name@version` of each tool; for a package linked from a workspace (not under
 * node_modules once symlinks are resolved), also a hash of its built code, so the cache
 * notices edits made while developing it.
 */
export function toolVersions(): string {
  const parts: string[] = [`node@${process.versions.node.split('.')[0]}`]
  for (const name of TOOLS) {
    let entry: string
    try {
      entry = fileURLToPath(import.meta.resolve(name))
    } catch {
      parts.push(`${name}@missing`)
      continue
    }
    const root = findPackageRoot(entry)
    if (!root) {
      parts.push(`${name}@unknown`)
      continue
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version?: string}
    let part = `${name}@${manifest.version ?? 'unknown'}`
    const real = fs.realpathSync(root)
    if (!real.split(path.sep).includes('node_modules')) {
      const hash = createHash('sha256')
      hashJavaScript(path.dirname(fs.realpathSync(entry)), hash)
      part += '+' + hash.digest('hex').slice(0, 12)
    }
    parts.push(part)
  }
  // The claim model's weights are data beside the code: a retrained model changes every render.
  parts.push(`claims-model@${claimModelDigest().slice(0, 16)}`)
  return parts.join(' ')
}
