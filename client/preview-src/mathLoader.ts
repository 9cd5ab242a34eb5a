// Formulas in the post content typeset as the site's MathJax shows them, by KaTeX (dist/math.js and dist/math.css,
// bundled: nothing from the internet). The typesetter loads the first time a block may hold a formula, with this
// script's nonce, so a post without math costs nothing; the blocks shown before it loaded are typeset then.
import type { MathTypesetter } from './math/typeset';
import { mayHoldTex } from './texDelimiters';

const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';

export class MathLoader {
  private typesetter: MathTypesetter | undefined;
  private loading = false;

  /**
   * `script` and `style`: dist/math.js and dist/math.css as the webview loads them (the page's `data-math-script` and
   * `data-math-style`); `loaded` runs once the typesetter is there, to typeset what is shown.
   */
  constructor(
    private readonly script: string | undefined,
    private readonly style: string | undefined,
    private readonly loaded: () => void,
  ) {}

  /** The nodes of a block with its formulas typeset, or as they are until the typesetter has loaded. */
  typeset(nodes: ChildNode[]): ChildNode[] {
    if (this.typesetter) return this.typesetter.typeset(nodes);
    if (!this.loading && nodes.some((node) => mayHoldTex(node.textContent ?? ''))) this.load();
    return nodes;
  }

  private load(): void {
    if (!this.script || !this.style) return;
    this.loading = true;
    document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: this.style }));
    const script = Object.assign(document.createElement('script'), { src: this.script, nonce });
    script.onload = () => {
      this.typesetter = (globalThis as { paperDigestMath?: MathTypesetter }).paperDigestMath;
      if (this.typesetter) this.loaded();
    };
    document.head.appendChild(script);
  }
}
