// kramdown's math with its default engine, MathJax (kramdown/converter/math_engine/mathjax.rb): display math as
// `\[…\]`, inline math as `\(…\)`, inside a `div` when an IAL gave display math attributes; inline math with
// attributes, and any math with `math_engine: nil` (kramdown's `kdmath` markup), has its formula written as HTML
// as it is. Otherwise the formula is text (kramdown escapes even character references in it).
import type { ElementContent, Properties } from 'hast';
import { rawHtml } from './hastSteps';

export interface MathOptions {
  display: boolean;
  /** The element's IAL attributes, as hast properties. */
  properties: Properties;
  /** `math_engine: nil`: kramdown writes its own markup. */
  noEngine: boolean;
}

export function mathElement(formula: string, { display, properties, noEngine }: MathOptions): ElementContent {
  const tagName = display ? 'div' : 'span';
  if (noEngine) {
    const own = Array.isArray(properties.className) ? properties.className : [];
    const written = display ? `$$\n${formula}\n$$` : `$${formula}$`;
    return element(tagName, { ...properties, className: [...own, 'kdmath'] }, rawHtml(written));
  }
  const delimited: ElementContent = { type: 'text', value: display ? `\\[${formula}\\]\n` : `\\(${formula}\\)` };
  if (!Object.keys(properties).length) return delimited;
  return element(tagName, properties, display ? delimited : rawHtml(`$${formula}$`));
}

function element(tagName: string, properties: Properties, content: ElementContent): ElementContent {
  return { type: 'element', tagName, properties, children: [content] };
}
