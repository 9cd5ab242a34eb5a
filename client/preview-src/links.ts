// Clicks in the page: links open in the browser (anchors scroll the page), a click on a paper or section heading and
// a double click on any block reveal its line in the editor.
import { lineOf } from './lines';
import { host } from './vscodeApi';

export function handleClicks(): void {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : undefined;
    const link = target?.closest('a');
    if (link) {
      event.preventDefault();
      const href = link.getAttribute('href') ?? '';
      if (href.startsWith('#')) document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
      else if (/^https?:/i.test(href)) host.postMessage({ type: 'openLink', href });
      return;
    }
    const heading = target?.closest('h1[data-line], h2[data-line]');
    if (heading) host.postMessage({ type: 'selectLine', line: lineOf(heading) });
  });
  document.addEventListener('dblclick', (event) => {
    const block = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (block) host.postMessage({ type: 'selectLine', line: lineOf(block) });
  });
}
