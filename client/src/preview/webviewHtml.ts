import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';
import { previewScript } from './webviewScript';

/** Our own marks on the page: problem outlines, the outline strip and its notes. */
const OWN_CSS = `
.pd-problem { outline-offset: 2px; }
.pd-problem-error { outline: 2px dashed var(--vscode-editorError-foreground, #e51400); }
.pd-problem-warning { outline: 2px dashed var(--vscode-editorWarning-foreground, #bf8803); }
#pd-outline { position: fixed; top: 8px; right: 8px; z-index: 10000; max-width: 280px; max-height: calc(100vh - 16px); overflow: auto;
  font: 12px/1.4 var(--vscode-font-family, sans-serif); color: var(--vscode-foreground); background: var(--vscode-editorWidget-background, #f3f3f3);
  border: 1px solid var(--vscode-editorWidget-border, #c8c8c8); border-radius: 4px; padding: 6px 8px; opacity: 0.35; transition: opacity 0.15s; }
#pd-outline:hover, #pd-outline:focus-within { opacity: 1; }
#pd-outline ol { list-style: none; margin: 0; padding: 0; }
#pd-outline li.pd-section { padding-left: 12px; }
#pd-outline a { color: inherit; text-decoration: none; display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
#pd-outline a:hover { text-decoration: underline; }
#pd-outline a.pd-flag-error::before, #pd-outline a.pd-flag-warning::before { content: '● '; }
#pd-outline a.pd-flag-error::before { color: var(--vscode-editorError-foreground, #e51400); }
#pd-outline a.pd-flag-warning::before { color: var(--vscode-editorWarning-foreground, #bf8803); }
#pd-outline .pd-note { margin: 0 0 6px; color: var(--vscode-descriptionForeground, #717171); white-space: normal; }
@media (max-width: 600px) { #pd-outline { display: none; } }
`;

/** The words of the page's own parts, in the editor's language. */
export interface PreviewLabels {
  outline: string;
  untitled: string;
}

/**
 * The webview's page: a strict Content-Security-Policy (only our nonce'd script runs; images from the workspace and
 * https; styles and fonts from the workspace), and the script that receives each render.
 */
export function previewShell(webview: vscode.Webview, labels: PreviewLabels): string {
  const nonce = randomBytes(16).toString('base64');
  const policy = [
    "default-src 'none'",
    `img-src ${webview.cspSource} https:`,
    `style-src ${webview.cspSource} 'unsafe-inline'`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  // `__name` is the helper bundlers insert when they keep function names; the script is injected as source text.
  const script = `const __name = (target) => target;\n(${previewScript.toString()})();`;
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style id="pd-own-style">${OWN_CSS}</style>
</head>
<body data-outline-label="${escapeAttribute(labels.outline)}" data-untitled-label="${escapeAttribute(labels.untitled)}"><script nonce="${nonce}">${script.replace(/<\/script/gi, '<\\/script')}</script></body>
</html>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
