// The preview webview's script (dist/preview.js, loaded with the page's nonce): shows each render the panel sends,
// patching the post content in place, and keeps the page and the editor together.
import type { ToWebview } from '../../server/src/protocol';
import { replaceStyles, showChrome } from './chrome';
import { ContentBlocks } from './contentBlocks';
import { handleClicks } from './links';
import { MathLoader } from './mathLoader';
import { NotesBox } from './notes';
import { showStatus } from './pageStatus';
import { ProblemMarks } from './problems';
import { ScrollSync } from './scrollSync';
import { ThemeFollower } from './theme';
import { showVerdict } from './verdict';
import { host } from './vscodeApi';

type RenderMessage = Extract<ToWebview, { type: 'render' }>;

let content: ContentBlocks | undefined;
const notes = new NotesBox(document.body.dataset.hideNotesLabel ?? '');
const { keptLabel, stylesLoadingLabel } = document.body.dataset;
const problems = new ProblemMarks();
const scroll = new ScrollSync();
const theme = new ThemeFollower();
const math = new MathLoader(document.body.dataset.mathScript, document.body.dataset.mathStyle, () =>
  content?.transformShown(),
);

function render(message: RenderMessage): void {
  // A new chrome replaces the page, and stylesheets swapped in move everything: where it was scrolled to is read
  // first, to scroll the new page there.
  const line = message.chrome || message.styles ? (message.line ?? scroll.topLine()) : undefined;
  if (message.styles) {
    replaceStyles(message.styles.styles);
    theme.use(message.styles.darkMode);
  }
  if (message.chrome) {
    const slot = showChrome(message.chrome);
    content?.moveTo(slot);
    content ??= new ContentBlocks(slot, (nodes) => math.typeset(nodes));
  }
  if (!content?.update(message.blocks)) {
    // The page lacks what the render assumes it holds: ask for everything again.
    content = undefined;
    host.postMessage({ type: 'ready' });
    return;
  }
  showVerdict(message.jekyll, content.slot);
  notes.show(message.notes, content.slot);
  showStatus(message.kept ? keptLabel : message.stylesLoading ? stylesLoadingLabel : undefined, content.slot);
  problems.mark();
  if (line !== undefined) scroll.toLine(line);
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'render') render(message);
  else if (message.type === 'notes') notes.show(message.notes, content?.slot);
  else if (message.type === 'problems') problems.show(message.problems);
  else if (message.type === 'scrollToLine') scroll.toLine(message.line);
  else if (message.type === 'document') host.setState({ uri: message.uri });
});
// VS Code gives every webview its own look (body padding, link, code and quote colours, image heights), which would
// show through wherever the site's stylesheets set nothing; the page is the site's. preview.css keeps the find
// widget's highlights.
document.getElementById('_defaultStyles')?.remove();
handleClicks();
host.postMessage({ type: 'ready' });
