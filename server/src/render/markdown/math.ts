// kramdown's math with its default engine, MathJax (kramdown/converter/math_engine/mathjax.rb): display math as
// `\[…\]`, inline math as `\(…\)`, inside a `div` or `span` when an IAL gave it attributes; with `math_engine: nil`,
// kramdown's own `kdmath` markup. The formula is written as it is (kramdown escapes even character references in it).
import type { ElementContent, Properties } from 'hast';

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
    const text = display ? `$$\n${formula}\n$$` : `$${formula}$`;
    return element(tagName, { ...properties, className: [...own, 'kdmath'] }, text);
  }
  const delimited = display ? `\\[${formula}\\]\n` : `\\(${formula}\\)`;
  if (!Object.keys(properties).length) return { type: 'text', value: delimited };
  return element(tagName, properties, display ? delimited : `$${formula}$`);
}

function element(tagName: string, properties: Properties, text: string): ElementContent {
  return { type: 'element', tagName, properties, children: [{ type: 'text', value: text }] };
}
