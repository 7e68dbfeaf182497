/**
 * Depth-first, document-order walk of an mdast tree, like `unist-util-visit`
 * without its per-node cost: the worker walks every tree several times, and
 * `visit` allocates a closure and renames it (for debugging) at every node,
 * which made walking cost as much as the work done at the nodes.
 */
import type {Node, Parent} from 'unist'

/** Return `false` from the visitor to not walk into the node's children. */
export type Visitor = (node: Node, ancestors: readonly Parent[]) => boolean | void

export function walk(tree: Node, visitor: Visitor): void {
  const ancestors: Parent[] = []
  const one = (node: Node): void => {
    if (visitor(node, ancestors) === false) return
    const children = (node as Partial<Parent>).children
    if (!children) return
    ancestors.push(node as Parent)
    for (const child of children) one(child)
    ancestors.pop()
  }
  one(tree)
}
