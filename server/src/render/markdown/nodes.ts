import type { Literal, Parent, RootContent } from 'mdast';

/** An HTML element written inline in a post, read the way kramdown reads it (name spelling kept). */
export interface KramdownHtml extends Parent {
  type: 'kramdownHtml';
  tagName: string;
  /** The attribute source of the start tag, e.g. ` href="x" class=a`. */
  attributes: string;
  /** False when kramdown keeps the content as raw text (unknown tags, `code`, `kbd`, …). */
  parsedContent: boolean;
  /** Phrasing content, but for the footnote list we build (footnotes.ts). */
  children: RootContent[];
}

/** Text kramdown copies as it is: no emphasis, smart quotes or typographic symbols. */
export interface KramdownText extends Literal {
  type: 'kramdownText';
}

declare module 'mdast' {
  interface PhrasingContentMap {
    kramdownHtml: KramdownHtml;
    kramdownText: KramdownText;
  }
  interface RootContentMap {
    kramdownHtml: KramdownHtml;
    kramdownText: KramdownText;
  }
}

export function kramdownText(value: string): KramdownText {
  return { type: 'kramdownText', value };
}
