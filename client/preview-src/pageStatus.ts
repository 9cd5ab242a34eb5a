// Says, quietly, that the page is not yet all it will be: the site's stylesheets are still being built (the site's
// Sass, compiled apart from the post), or the page is the one an earlier session kept while the fresh render is on its
// way. One line just above the post content, in the page's flow, gone once what it waits for is shown.
import type { ContentSlot } from './chrome';

const ID = 'pd-status';

/** Shows `text` above the post content, or nothing when it is undefined. */
export function showStatus(text: string | undefined, slot: ContentSlot): void {
  const shown = document.getElementById(ID);
  if (text === undefined) return shown?.remove();
  const line = shown ?? Object.assign(document.createElement('p'), { id: ID, role: 'status' });
  line.textContent = text;
  slot.start.before(line);
}
