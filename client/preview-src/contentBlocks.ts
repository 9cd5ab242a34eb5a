// The post content in the page, patched in place: a render names its blocks in order, and only blocks the page does
// not hold yet come with HTML. Blocks kept are left where they are (or moved), so images, selection and the browser's
// scroll anchoring survive typing.
import type { ContentBlock } from '../../server/src/protocol';
import type { ContentSlot } from './chrome';
import { applyInlineStyles } from './inlineStyles';

interface ShownBlock {
  key: string;
  line: number;
  nodes: ChildNode[];
  /** The block's elements with a source line, and that line relative to the block's first. */
  lines: Array<[Element, number]>;
}

/** What a new block's nodes go through before the page shows them (the formulas typeset); returns the nodes to show. */
export type BlockTransform = (nodes: ChildNode[]) => ChildNode[];

export class ContentBlocks {
  private shown: ShownBlock[] = [];

  /** `slot`: where the content sits in the page. */
  constructor(
    public slot: ContentSlot,
    private readonly transform: BlockTransform,
  ) {}

  get keys(): string[] {
    return this.shown.map((block) => block.key);
  }

  /** Moves the content into another page's slot (after the chrome changed). */
  moveTo(slot: ContentSlot): void {
    this.slot = slot;
    slot.start.after(...this.shown.flatMap((block) => block.nodes));
  }

  /** Shows `blocks` in order; false when a block has no HTML and the page does not hold it (then nothing changed). */
  update(blocks: ContentBlock[]): boolean {
    const held = new Map<string, ShownBlock[]>();
    for (const block of this.shown) held.set(block.key, [...(held.get(block.key) ?? []), block]);
    if (blocks.some((block) => block.html === undefined && !held.has(block.key))) return false;
    const next = blocks.map((block) => held.get(block.key)?.shift() ?? this.parsed(block));
    // Blocks gone go first: left in place, each kept block after them would look displaced and be moved.
    for (const unused of [...held.values()].flat()) for (const node of unused.nodes) node.remove();
    let cursor: ChildNode = this.slot.start;
    next.forEach((shown, i) => {
      if (shown.nodes.length && cursor.nextSibling !== shown.nodes[0]) cursor.after(...shown.nodes);
      placeAtLine(shown, blocks[i].line);
      cursor = shown.nodes.at(-1) ?? cursor;
    });
    this.shown = next;
    return true;
  }

  /** Runs the blocks shown through the transform again (once it can do more: the typesetter has loaded). */
  transformShown(): void {
    for (const block of this.shown) block.nodes = this.transform(block.nodes);
  }

  private parsed(block: ContentBlock): ShownBlock {
    const template = document.createElement('template');
    template.innerHTML = block.html ?? '';
    applyInlineStyles(template.content);
    const lines = [...template.content.querySelectorAll('[data-line]')].map((element): [Element, number] => [
      element,
      Number(element.getAttribute('data-line')),
    ]);
    return { key: block.key, line: Number.NaN, nodes: this.transform([...template.content.childNodes]), lines };
  }
}

function placeAtLine(block: ShownBlock, line: number): void {
  if (block.line === line) return;
  block.line = line;
  for (const [element, relative] of block.lines) element.setAttribute('data-line', String(line + relative));
}
