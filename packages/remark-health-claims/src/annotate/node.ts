import type {Data, Parent, PhrasingContent} from 'mdast'

/** mdast node type wrapping an unsourced claim (`<mark>` in HTML). */
export const claimMarkNodeType = 'healthClaimMark'

/**
 * Wraps the inline nodes of an unsourced claim; remark-rehype renders it as
 * `<mark class="claim-unsourced" data-rule="unsourced-claim">`.
 */
export interface HealthClaimMark extends Parent {
  type: 'healthClaimMark'
  children: PhrasingContent[]
  data: Data & {
    hName: 'mark'
    hProperties: {className: string[]; dataRule: 'unsourced-claim'}
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

export function createClaimMark(children: PhrasingContent[]): HealthClaimMark {
  const first = children[0]
  const last = children[children.length - 1]
  const mark: HealthClaimMark = {
    type: claimMarkNodeType,
    children,
    data: {hName: 'mark', hProperties: {className: ['claim-unsourced'], dataRule: 'unsourced-claim'}}
  }
  // The mark wraps author text, so it spans exactly what its children span.
  if (first?.position && last?.position) mark.position = {start: first.position.start, end: last.position.end}
  return mark
}
