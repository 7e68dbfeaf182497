import os from 'node:os'
import path from 'node:path'
import type {ClaimsOptions, HtmlPolicyOptions, Mode, PluginOptions} from '../types.js'
import {optionsSchema} from './schema.js'

/** Options after validation, with defaults filled in. */
export interface ResolvedOptions {
  mode: Mode
  claims: Omit<ClaimsOptions, 'frontmatter' | 'annotate'>
  html: HtmlPolicyOptions
  /** Absolute folder, or `false`. */
  cacheDir: string | false
  workers: number
  baseUrl: string | undefined
  publisher: {name: string; url?: string | undefined} | undefined
  audience: string
}

export const DEFAULT_CACHE_DIR = '.cache/caveat/eleventy'

/**
 * Validates the options given to `addPlugin`.
 * Throws one error listing every problem, each naming the option, what it must be and what it got.
 */
export function normalizeOptions(options: unknown, cwd: string = process.cwd()): ResolvedOptions {
  const result = optionsSchema.safeParse(options ?? {})
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const at = issue.path.map(String)
      const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...at, key].join('.')) : [at.join('.')]
      return keys.map((key) => (key ? `option \`${key}\` ${issue.message}` : `options ${issue.message}`)).join('\n')
    })
    throw new TypeError(`eleventy-plugin-health-claims: ${lines.join('\neleventy-plugin-health-claims: ')}`)
  }
  const value = result.data
  const cacheDir = value.cacheDir === false ? false : path.resolve(cwd, value.cacheDir ?? DEFAULT_CACHE_DIR)
  return {
    mode: value.mode ?? 'publish',
    claims: (value.claims ?? {}) as ResolvedOptions['claims'],
    html: {embedHosts: value.html?.embedHosts ?? []},
    cacheDir,
    // Eleventy mostly waits for renders, so every core can render; more than 4 rarely pays for its start-up.
    workers: value.workers ?? Math.min(4, Math.max(1, os.availableParallelism())),
    baseUrl: value.baseUrl,
    publisher: value.publisher,
    audience: value.audience ?? 'Patient'
  }
}
