import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {check} from 'recheck'
import ts from 'typescript'
import {describe, expect, test} from 'vitest'
import {wordsToRegExp} from '../src/disclaimers/index.js'

/**
 * Every regular expression of the package must run in linear time: health
 * articles are author input, and a catastrophic pattern would hang a build.
 * Patterns come from two places: a scan of every source file for RegExp
 * literals and `RegExp('literal')` calls (TypeScript's own parser, so strings
 * and comments are never mistaken for patterns), and every RegExp value
 * exported by a module (which covers patterns built at load time).
 */
const srcDirectory = fileURLToPath(new URL('../src/', import.meta.url))
const files = (readdirSync(srcDirectory, {recursive: true}) as string[])
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => join(srcDirectory, file))
  .sort()

interface Found {
  source: string
  flags: string
  where: string
}

function scan(): {literals: Found[]; dynamic: string[]} {
  const literals: Found[] = []
  const dynamic: string[] = []
  for (const file of files) {
    const code = readFileSync(file, 'utf8')
    const sourceFile = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true)
    const where = (node: ts.Node) =>
      relative(srcDirectory, file) + ':' + (sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1)
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text
        const slash = text.lastIndexOf('/')
        literals.push({source: text.slice(1, slash), flags: text.slice(slash + 1), where: where(node)})
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? []
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          literals.push({source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '', where: where(node)})
        } else {
          dynamic.push(where(node))
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(sourceFile)
  }
  return {literals, dynamic}
}

function collectRegExps(value: unknown, path: string, found: Found[], seen: Set<unknown>, depth = 0): void {
  if (value instanceof RegExp) {
    found.push({source: value.source, flags: value.flags, where: path})
    return
  }
  if (depth > 4 || value === null || typeof value !== 'object' || seen.has(value)) return
  seen.add(value)
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value)
  for (const [key, item] of entries) collectRegExps(item, path + '.' + String(key), found, seen, depth + 1)
}

async function exported(): Promise<Found[]> {
  const found: Found[] = []
  const seen = new Set<unknown>()
  for (const file of files) {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>
    collectRegExps(module, relative(srcDirectory, file), found, seen)
  }
  return found
}

async function assertLinear(patterns: Found[]): Promise<void> {
  const unique = new Map<string, Found>()
  for (const pattern of patterns) unique.set(pattern.flags + '/' + pattern.source, pattern)
  const problems: string[] = []
  for (const pattern of unique.values()) {
    // The automaton checker decides exactly; recheck's default picks the
    // fuzzer for patterns with counted repetitions, and the fuzzer now and then
    // calls a bounded repetition ("{0,80}") polynomial. So ask the automaton
    // first, and the fuzzer (static analysis + attack search) only when the
    // automaton cannot answer (a construct it does not support, or a timeout).
    let diagnostics = await check(pattern.source, pattern.flags, {checker: 'automaton', timeout: 5000})
    if (diagnostics.status === 'unknown') diagnostics = await check(pattern.source, pattern.flags, {timeout: 5000})
    if (diagnostics.status === 'unknown') diagnostics = await check(pattern.source, pattern.flags, {checker: 'fuzz', timeout: 20_000})
    if (diagnostics.status !== 'safe') {
      const detail =
        diagnostics.status === 'vulnerable'
          ? diagnostics.complexity.type + ', attack ' + diagnostics.attack.pattern
          : diagnostics.error.kind
      problems.push(`${pattern.where}: /${pattern.source}/${pattern.flags} is ${diagnostics.status} (${detail}): rewrite it without overlapping repetitions`)
    }
  }
  expect(problems).toEqual([])
}

describe('regular expressions', () => {
  const {literals, dynamic} = scan()

  test('the scan finds the package’s patterns', () => {
    // A scan that found nothing would make the checks below pass vacuously.
    expect(literals.length).toBeGreaterThan(20)
    expect(literals.some((found) => found.where.startsWith('rules/'))).toBe(true)
    expect(literals.some((found) => found.where.startsWith('claims/'))).toBe(true)
    expect(literals.some((found) => found.where.startsWith('citations/'))).toBe(true)
  })

  test('every RegExp literal in src/ is linear-time (recheck)', {timeout: 600_000}, async () => {
    await assertLinear(literals)
  })

  test('every exported RegExp value is linear-time (recheck)', {timeout: 600_000}, async () => {
    const values = await exported()
    expect(values.length).toBeGreaterThan(0)
    await assertLinear(values)
  })

  test('patterns built at run time come only from reviewed builders', async () => {
    // `wordsToRegExp` builds topic patterns from words; `findFirstMatch`
    // clones a pattern without its g/y flags. Add a new builder here only
    // with a check of what it builds.
    expect(dynamic.map((where) => where.replace(/:\d+$/, ''))).toEqual(['disclaimers/match.ts', 'disclaimers/match.ts'])
    await assertLinear([
      {source: wordsToRegExp(['pregnant', 'breast feeding', 'St. John’s wort', 'a+b (c)']).source, flags: 'iu', where: 'wordsToRegExp'}
    ])
  })

  test('recheck does flag a catastrophic pattern', async () => {
    // Guards the checks above against a checker that says "safe" to everything.
    expect((await check('^(a+)+$', '')).status).toBe('vulnerable')
    expect((await check('^(a+)+$', '', {checker: 'automaton'})).status).toBe('vulnerable')
    expect((await check('^a*a*$', '', {checker: 'automaton'})).status).toBe('vulnerable')
  })
})
