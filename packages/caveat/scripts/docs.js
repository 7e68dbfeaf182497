#!/usr/bin/env node
/**
 * Write `docs/rules/<rule-id>.md` and `docs/rules/readme.md` from the rule definitions
 * (compiled to dist/ by `tsc -b`). Run after changing a rule: `npm run docs -w caveat-health`.
 * `test/rule-docs.test.ts` fails when the committed files are out of date.
 */
import {mkdir, rename, writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {caveatRules} from '../dist/rules/index.js'
import {ruleDocumentation, rulesIndex} from '../dist/rules/docs.js'

const folder = new URL('../docs/rules/', import.meta.url)
await mkdir(folder, {recursive: true})
const pages = [...caveatRules.map((rule) => [`${rule.id}.md`, ruleDocumentation(rule)]), ['readme.md', rulesIndex(caveatRules)]]
for (const [name, text] of pages) {
  const target = fileURLToPath(new URL(name, folder))
  // Write atomically: a half-written doc never replaces a good one.
  await writeFile(target + '.tmp', text)
  await rename(target + '.tmp', target)
  console.log(`wrote docs/rules/${name}`)
}
