// URLs inside CSS, read with a CSS parser (css-tree): the site's compiled stylesheet (its `url(../webfonts/…)` are
// relative to where Jekyll writes it, not to the preview) and `style` attributes (a post's `url()`s get the URL
// policy of its `src`s). Also: how a stylesheet switches to its dark mode.
import * as csstree from 'css-tree';
import type { DarkMode } from '../protocol/render';

/** The URL to write instead, or undefined to refuse it (the `url()` is emptied, so the browser drops its declaration). */
export type UrlResolver = (url: string) => string | undefined;

/** Functions whose string arguments are URLs, as `url()`'s argument is. */
const URL_FUNCTIONS = new Set(['image-set', '-webkit-image-set', 'image', 'src']);

export function resolveStylesheetUrls(css: string, resolve: UrlResolver): string {
  const ast = csstree.parse(css);
  return resolveUrls(ast, resolve) ? csstree.generate(ast) : css;
}

/** A `style` attribute with its URLs resolved; as written when it has none. */
export function resolveDeclarationUrls(declarations: string, resolve: UrlResolver): string {
  const ast = csstree.parse(declarations, { context: 'declarationList' });
  return resolveUrls(ast, resolve) ? csstree.generate(ast) : declarations;
}

/** Resolves every URL in place; false when there is none. */
function resolveUrls(ast: csstree.CssNode, resolve: UrlResolver): boolean {
  let found = false;
  csstree.walk(ast, {
    enter(node: csstree.CssNode) {
      if (node.type === 'Url') {
        node.value = resolve(node.value) ?? '';
        found = true;
      } else if (node.type === 'Function' && URL_FUNCTIONS.has(node.name.toLowerCase())) {
        node.children.forEach((argument) => {
          if (argument.type !== 'String') return;
          argument.value = resolve(argument.value) ?? '';
          found = true;
        });
      }
    },
  });
  return found;
}

/**
 * The attribute on `<html>` the stylesheet's dark mode hangs on: a selector such as al-folio's
 * `html[data-theme="dark"]` (or `:root[…]`). Undefined when it has none.
 */
export function darkModeOf(css: string): DarkMode | undefined {
  let found: DarkMode | undefined;
  csstree.walk(csstree.parse(css, { parseValue: false, parseAtrulePrelude: false }), {
    visit: 'Selector',
    enter(selector) {
      if (found) return;
      const [first, second] = selector.children.toArray();
      const onRoot =
        (first?.type === 'TypeSelector' && first.name === 'html') ||
        (first?.type === 'PseudoClassSelector' && first.name === 'root');
      if (!onRoot || second?.type !== 'AttributeSelector' || !second.value) return;
      const value = second.value.type === 'String' ? second.value.value : second.value.name;
      if (value === 'dark') found = { attribute: second.name.name, dark: 'dark', light: 'light' };
    },
  });
  return found;
}
