// Says, quietly, that the site's stylesheets are still being built (the site's Sass, compiled apart from the post):
// one line just above the post content, in the page's flow, gone once they are swapped in.
import type { ContentSlot } from './chrome';

const ID = 'pd-styles-loading';

export class StylesLoading {
  constructor(private readonly label: string) {}

  show(loading: boolean, slot: ContentSlot): void {
    const shown = document.getElementById(ID);
    if (!loading) return shown?.remove();
    const line =
      shown ?? Object.assign(document.createElement('p'), { id: ID, role: 'status', textContent: this.label });
    slot.start.before(line);
  }
}
