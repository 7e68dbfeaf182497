/** `--shard i/n`: a deterministic split of the sorted file list for CI matrices. */
import {UsageError} from '../cli-io.js'

export interface Shard {
  /** 1-based. */
  index: number
  total: number
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  const index = match ? Number(match[1]) : NaN
  const total = match ? Number(match[2]) : NaN
  if (!match || total < 1 || index < 1 || index > total) {
    throw new UsageError(`Invalid --shard "${value}": expected i/n with 1 ≤ i ≤ n, e.g. --shard 2/4`)
  }
  return {index, total}
}

/** Round-robin over the sorted list: shards differ in size by at most one file, and every file is in exactly one. */
export function selectShard<T>(sortedFiles: T[], shard: Shard): T[] {
  return sortedFiles.filter((_, position) => position % shard.total === shard.index - 1)
}
