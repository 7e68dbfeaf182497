/**
 * Markdown documentation of one of Caveat's rules, generated from its file (scripts/docs.js
 * writes it to `docs/rules/<id>.md`; a test checks the committed files are up to date).
 * The same layout as remark-health-claims' rule docs.
 */
import type {Rule, RuleExample} from './types.js'

const stages: Record<Rule['stage'], string> = {
  input: 'Checked on the file’s bytes, before it is parsed; a file that fails is not analysed further.',
  tree: 'Checked on the parsed markdown.',
  document: 'Judged on the whole article after the cache, so date-dependent results are never stale.',
  engine: 'Reported by the linter itself.'
}

function fence(markdown: string): string {
  // A fence longer than any backtick run inside the example.
  const longest = Math.max(2, ...Array.from(markdown.matchAll(/`+/g), (match) => match[0].length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}markdown\n${markdown.endsWith('\n') ? markdown : markdown + '\n'}${ticks}`
}

function example(kind: 'ok' | 'not ok', item: RuleExample): string {
  const parts = [`#### ${kind}: ${item.title}`, '']
  if (item.lint) parts.push(`With \`lint: ${JSON.stringify(item.lint)}\`${item.today ? ` and today ${item.today}` : ''}:`, '')
  else if (item.today) parts.push(`On ${item.today}:`, '')
  if (item.missing) parts.push('No file at the path.', '')
  else if (item.bytes) parts.push('A file whose bytes are:', '', '```text', item.bytes.map((byte) => byte.toString(16).padStart(2, '0')).join(' '), '```', '')
  else if (item.markdown.trim() === '') parts.push(`A file of ${item.markdown.length} blank characters.`, '')
  else parts.push(fence(item.markdown), '')
  if (kind === 'not ok') parts.push(`Reported on line${item.lines?.length === 1 ? '' : 's'} ${item.lines?.join(', ')}.`, '')
  return parts.join('\n')
}

export function ruleDocumentation(rule: Rule): string {
  const severity = rule.perMessageSeverity ? `\`${rule.defaultSeverity}\` or lower, message by message` : `\`${rule.defaultSeverity}\``
  return [
    `<!-- Generated from src/rules/${rule.id}.ts by scripts/docs.js: do not edit. -->`,
    '',
    `# ${rule.id}`,
    '',
    rule.description.endsWith('.') ? rule.description : `${rule.description}.`,
    '',
    `Default severity: ${severity} (configure with \`lint: {rules: {'${rule.id}': 'error' | 'warn' | 'info' | 'off'}}\`). ${stages[rule.stage]}`,
    '',
    '## Why',
    '',
    rule.why,
    '',
    '## How to fix',
    '',
    rule.fix,
    '',
    '## Examples',
    '',
    ...rule.examples.ok.map((item) => example('ok', item)),
    ...rule.examples.notOk.map((item) => example('not ok', item))
  ].join('\n')
}

/** The rules table of the readme and of `docs/rules/readme.md`. */
export function rulesTable(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => `| [\`${rule.id}\`](${rule.id}.md) | ${rule.perMessageSeverity ? `${rule.defaultSeverity} / warn` : rule.defaultSeverity} | ${rule.description} |`)
  return ['| Rule | Default | Checks |', '| --- | --- | --- |', ...rows].join('\n')
}

export function rulesIndex(rules: readonly Rule[]): string {
  return [
    '<!-- Generated from src/rules/index.ts by scripts/docs.js: do not edit. -->',
    '',
    '# Caveat’s rules',
    '',
    'Caveat’s own rules (source `caveat`), each defined in one file of `src/rules/` with its examples, which the tests run. ' +
      'remark-health-claims’ rules are documented in [its docs](../../../remark-health-claims/docs/rules/); `caveat lint --list-rules` lists every rule, remark-lint’s too.',
    '',
    rulesTable(rules),
    ''
  ].join('\n')
}
