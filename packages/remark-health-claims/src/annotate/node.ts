import type {Properties} from 'hast'
import type {Data, Parent, PhrasingContent} from 'mdast'

/** mdast node type wrapping an unsourced claim (`<mark>` in HTML). */
export const claimMarkNodeType = 'healthClaimMark'

/**
 * Wraps the inline nodes of a claim; remark-rehype renders it as
 * `<mark class="claim-unsourced" data-rule="unsourced-claim">` (or with the
 * properties given to `annotateClaims` through `properties`).
 */
export interface HealthClaimMark extends Parent {
  type: 'healthClaimMark'
  children: PhrasingContent[]
  data: Data & {
    hName: 'mark'
    hProperties: Properties
  }
}

declare module 'mdast' {
  interface RootContentMap {
    healthClaimMark: HealthClaimMark
  }
  interface PhrasingContentMap {
    healthClaimMark: HealthClaimMark
  }
}

export function isClaimMark(node: {type: string}): node is HealthClaimMark {
  return node.type === claimMarkNodeType
}

export function createClaimMark(
  children: PhrasingContent[],
  properties: Properties = {className: ['claim-unsourced'], dataRule: 'unsourced-claim'}
): HealthClaimMark {
  const first = children[0]
  const last = children[children.length - 1]
  const mark: HealthClaimMark = {
    type: claimMarkNodeType,
    children,
    data: {hName: 'mark', hProperties: properties}
  }
  // The mark wraps author text, so it spans exactly what its children span.
  if (first?.position && last?.position) mark.position = {start: first.position.start, end: last.position.end}
  return mark
}
