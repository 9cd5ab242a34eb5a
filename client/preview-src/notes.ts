// What the renderer could not do as Jekyll would, said in a box just above the post content: in the page's flow,
// so it covers nothing, and hidden by one click until the notes change. It stands before the element that confines
// the post content (chrome.ts), so that nothing in the post can cover it.
import type { ContentSlot } from './chrome';

export class NotesBox {
  private hidden = '';

  constructor(private readonly hideLabel: string) {}

  /** Shows the notes above the post content, or at the top of the page while there is none. */
  show(notes: string[], slot: ContentSlot | undefined): void {
    document.getElementById('pd-notes')?.remove();
    const shown = notes.join('\n');
    if (!notes.length || shown === this.hidden) return;
    const box = Object.assign(document.createElement('aside'), { id: 'pd-notes', role: 'note' });
    const hide = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'pd-notes-hide',
      title: this.hideLabel,
      textContent: '×',
    });
    hide.setAttribute('aria-label', this.hideLabel);
    hide.addEventListener('click', () => {
      this.hidden = shown;
      box.remove();
    });
    box.append(hide, ...notes.map((note) => Object.assign(document.createElement('p'), { textContent: note })));
    if (slot) slot.frame.before(box);
    else document.body.prepend(box);
  }
}
