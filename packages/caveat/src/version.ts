import {readFileSync} from 'node:fs'

/** The `caveat` package's version: part of every cache key and every report. */
export const version: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
).version
