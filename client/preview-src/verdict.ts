// What Jekyll does with a post the page shows as if it were published: its build stops on it, or it leaves it out. Said
// in a box at the top of the post, in the page's flow (it covers nothing), with a link to the line in the editor; the
// post is still shown below as far as it can be. Like the notes, it stands before the element that confines the post
// content (chrome.ts), so that nothing in the post can cover it.
import type { JekyllVerdict } from '../../server/src/protocol';
import type { ContentSlot } from './chrome';
import { host } from './vscodeApi';

const ID = 'pd-jekyll';

export function showVerdict(verdict: JekyllVerdict | undefined, slot: ContentSlot | undefined): void {
  document.getElementById(ID)?.remove();
  if (!verdict) return;
  const box = Object.assign(document.createElement('aside'), {
    id: ID,
    role: 'alert',
    className: `pd-jekyll-${verdict.kind}`,
  });
  const link = Object.assign(document.createElement('a'), { href: '#', textContent: verdict.lineLabel });
  link.addEventListener('click', (event) => {
    event.preventDefault();
    host.postMessage({ type: 'selectLine', line: verdict.line });
  });
  const title = Object.assign(document.createElement('strong'), { textContent: verdict.title });
  const message = Object.assign(document.createElement('p'), { textContent: verdict.message });
  box.append(title, ' ', link, message);
  if (slot) slot.frame.before(box);
  else document.body.prepend(box);
}
