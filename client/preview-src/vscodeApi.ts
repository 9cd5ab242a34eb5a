import type { FromWebview, PreviewState } from '../../server/src/protocol';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void; setState(state: PreviewState): void };

/** The extension host's end of the webview: acquired once, as VS Code allows. */
export const host = acquireVsCodeApi();
