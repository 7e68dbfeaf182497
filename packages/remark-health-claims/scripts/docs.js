#!/usr/bin/env node
/**
 * Write `docs/rules/<rule-id>.md` from the rule definitions (compiled to
 * dist/ by `tsc -b`). Run after changing a rule: `npm run docs -w remark-health-claims`.
 * `test/docs.test.ts` fails when the committed files are out of date.
 */
import {mkdir, rename, writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {rules, ruleDocumentation} from '../dist/index.js'

const folder = new URL('../docs/rules/', import.meta.url)
await mkdir(folder, {recursive: true})
for (const rule of rules) {
  const target = fileURLToPath(new URL(`${rule.id}.md`, folder))
  // Write atomically: a half-written doc never replaces a good one.
  await writeFile(target + '.tmp', ruleDocumentation(rule))
  await rename(target + '.tmp', target)
  console.log(`wrote docs/rules/${rule.id}.md`)
}
