/** Test workspaces in the system's temp folder: the seed article is read by path, never copied into the project. */
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
export const seedPath = path.resolve(repoRoot, '../shared/seed/000_b2823957736016dd.txt')

export function readSeed(): string {
  return readFileSync(seedPath, 'utf8')
}

/** Front matter with `sources`, for the quick fixes that cite one. */
export const frontmatterWithSources = `---
title: "Kratom and back pain"
description: "What is known about kratom for back pain."
author: "A. Writer"
datePublished: 2026-01-05
sources:
  - title: "Kratom: what you need to know"
    url: "https://www.nccih.nih.gov/health/kratom"
  - title: "Low back pain"
    url: "https://www.who.int/news-room/fact-sheets/detail/low-back-pain"
---

`

export interface Workspace {
  dir: string
  uri(name: string): string
  file(name: string): string
  write(name: string, text: string): void
  remove(): void
}

/** A temp folder with the repository's own caveat.config.mjs (so lint applies the publication's policy). */
export function workspace(options: {config?: boolean} = {}): Workspace {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'caveat-ls-'))
  if (options.config !== false) copyFileSync(path.join(repoRoot, 'caveat.config.mjs'), path.join(dir, 'caveat.config.mjs'))
  return {
    dir,
    file: (name) => path.join(dir, name),
    uri: (name) => pathToFileURL(path.join(dir, name)).href,
    write: (name, text) => writeFileSync(path.join(dir, name), text),
    remove: () => rmSync(dir, {recursive: true, force: true})
  }
}
