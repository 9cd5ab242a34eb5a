import type * as vscode from 'vscode';

/** The words of the page's own parts, in the editor's language. */
export interface PreviewLabels {
  hideNotes: string;
  /** Said above the post while the site's stylesheets are being built. */
  stylesLoading: string;
  /** Said above the page an earlier session kept, while its fresh render is on its way. */
  kept: string;
}

export interface PreviewShellOptions {
  /** dist/preview.js and dist/preview.css as the webview loads them (`asWebviewUri`). */
  script: string;
  style: string;
  /** dist/math.js and dist/math.css: the formula typesetter, which the script loads when a post has a formula. */
  mathScript: string;
  mathStyle: string;
  labels: PreviewLabels;
  /** Whether the page may load stylesheets and fonts from the internet (the site's layouts link them). */
  remoteContent: boolean;
}

/**
 * The webview's page: a strict Content-Security-Policy, where only our nonce'd script runs and only our nonce'd
 * `<style>`s apply (no inline style of a post), images come from the workspace and https, stylesheets and fonts from
 * the workspace (and https with `remoteContent`); and the script that receives each render.
 */
export function previewShell(webview: Pick<vscode.Webview, 'cspSource'>, options: PreviewShellOptions): string {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const remote = options.remoteContent ? ' https:' : '';
  const policy = [
    "default-src 'none'",
    `img-src ${webview.cspSource} https: data:`,
    `style-src ${webview.cspSource} 'nonce-${nonce}'${remote}`,
    `font-src ${webview.cspSource}${remote}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link id="pd-own-style" rel="stylesheet" href="${escapeAttribute(options.style)}">
</head>
<body data-hide-notes-label="${escapeAttribute(options.labels.hideNotes)}" data-styles-loading-label="${escapeAttribute(options.labels.stylesLoading)}" data-kept-label="${escapeAttribute(options.labels.kept)}" data-math-script="${escapeAttribute(options.mathScript)}" data-math-style="${escapeAttribute(options.mathStyle)}"><script nonce="${nonce}" src="${escapeAttribute(options.script)}"></script></body>
</html>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
