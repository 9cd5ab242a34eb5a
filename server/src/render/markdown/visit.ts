// A walk over a syntax tree (mdast or hast) in document order, as unist-util-visit walks it, without its cost: that
// one makes a closure and names it (Object.defineProperty) for every node it meets, a tenth of a post's render.
import type { Nodes as HastNodes, Parents as HastParents } from 'hast';
import type { Nodes as MdastNodes, Parents as MdastParents } from 'mdast';

/** Returned by a visitor: the node's children are not visited. */
export const SKIP = 'skip';

/** Nothing (go on, into the children), SKIP, or [SKIP, index]: go on at that index of the parent's children. */
export type VisitResult = void | undefined | typeof SKIP | readonly [typeof SKIP, number];

type Tree = MdastNodes | HastNodes;
type NodesOf<T extends Tree> = T extends MdastNodes ? MdastNodes : HastNodes;
type ParentsOf<T extends Tree> = T extends MdastNodes ? MdastParents : HastParents;
type Visitor<N, P> = (node: N, index: number | undefined, parent: P | undefined) => VisitResult;
type AnyVisitor = (node: never, index: number | undefined, parent: never) => VisitResult;

/** Calls `visitor` on every node of the tree (the tree's own included), parents before their children. */
export function visit<T extends Tree>(tree: T, visitor: Visitor<NodesOf<T>, ParentsOf<T>>): void;
/** Calls `visitor` on every node of type `type`. */
export function visit<T extends Tree, K extends NodesOf<T>['type']>(
  tree: T,
  type: K,
  visitor: Visitor<Extract<NodesOf<T>, { type: K }>, ParentsOf<T>>,
): void;
export function visit(tree: Tree, typeOrVisitor: string | AnyVisitor, visitor?: AnyVisitor): void {
  if (typeof typeOrVisitor === 'string')
    walk(tree, undefined, undefined, typeOrVisitor, visitor as Visitor<Tree, Tree>);
  else walk(tree, undefined, undefined, undefined, typeOrVisitor as Visitor<Tree, Tree>);
}

function walk(
  node: Tree,
  index: number | undefined,
  parent: Tree | undefined,
  type: string | undefined,
  visitor: Visitor<Tree, Tree>,
): VisitResult {
  const result = type === undefined || node.type === type ? visitor(node, index, parent) : undefined;
  if (result !== undefined) return result;
  // Read after the visitor, which may have replaced them.
  const children = 'children' in node ? (node.children as Tree[]) : undefined;
  if (children) {
    for (let at = 0; at < children.length;) {
      const next = walk(children[at], at, node, type, visitor);
      at = Array.isArray(next) ? next[1] : at + 1;
    }
  }
  return undefined;
}
