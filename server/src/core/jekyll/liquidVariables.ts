// The variables a post's Liquid reads: those Jekyll gives it, and those the post's own tags define.
import type { LiquidTagUse } from './liquidReader';

/** The variables Jekyll gives a post's Liquid besides `site` and `page`. */
const JEKYLL_VARIABLES = new Set([
  'layout',
  'content',
  'paginator',
  'jekyll',
  'highlighter_prefix',
  'highlighter_suffix',
]);

/** Whether `root` is a variable Jekyll gives every post (`site`, `page`, …). */
export function isJekyllValue(root: string): boolean {
  return root === 'site' || root === 'page' || JEKYLL_VARIABLES.has(root);
}

const LITERAL = /^(?:"[^"]*"|'[^']*'|-?\d[\d.]*|true|false|nil|null|empty|blank|\(.*\.\..*\))$/;

/** Whether an expression is a literal (a string, a number, a range, `true`, `nil`, `empty`…), not a variable. */
export function isLiteral(expression: string): boolean {
  return LITERAL.test(expression);
}

/** Tags that name a variable the rest of the post may print. */
const DEFINING_TAGS: Readonly<Record<string, RegExp>> = {
  assign: /^\s*([\w\-.[\]()]+)\s*=/,
  capture: /^\s*([\w\-.[\]()]+)/,
  for: /^\s*([\w-]+)\s+in\b/,
  tablerow: /^\s*(\w+)\s+in\b/,
  increment: /^\s*(\S+)/,
  decrement: /^\s*(\S+)/,
};

/** The variables the post's tags define (by their first name: `a` of `a.b`). */
export function definedVariables(tags: LiquidTagUse[]): Set<string> {
  return new Set(
    tags.flatMap(({ name, markup }) => {
      const variable = DEFINING_TAGS[name]?.exec(markup)?.[1];
      return variable ? [variable.split(/[.[]/)[0]] : [];
    }),
  );
}
