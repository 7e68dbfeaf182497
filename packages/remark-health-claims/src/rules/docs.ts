/**
 * Markdown documentation of a rule, generated from its definition
 * (`scripts/docs.js` writes it to `docs/rules/<id>.md`; a test checks the
 * committed files are up to date).
 */
import type {Rule, RuleExample} from './types.js'

function fence(markdown: string): string {
  // A fence longer than any backtick run inside the example.
  const longest = Math.max(2, ...Array.from(markdown.matchAll(/`+/g), (match) => match[0].length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}markdown\n${markdown.endsWith('\n') ? markdown : markdown + '\n'}${ticks}`
}

function example(kind: 'ok' | 'not ok', item: RuleExample): string {
  const parts = [`#### ${kind}: ${item.title}`, '']
  if (item.options) parts.push(`With options \`${JSON.stringify(item.options)}\`:`, '')
  parts.push(fence(item.markdown), '')
  if (item.messages.length === 0) parts.push('No messages.', '')
  else parts.push('```text', ...item.messages, '```', '')
  return parts.join('\n')
}

export function ruleDocumentation(rule: Rule): string {
  return [
    `<!-- Generated from src/rules/${rule.id}.ts by scripts/docs.js: do not edit. -->`,
    '',
    `# ${rule.id}`,
    '',
    rule.description,
    '',
    `Default severity: \`${rule.defaultSeverity}\` (configure with \`rules: {'${rule.id}': 'error' | 'warn' | 'off'}\`).`,
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
