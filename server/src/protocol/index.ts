// Everything the VS Code client and the language server exchange: custom requests, the preview's render request and
// webview messages, the diagnostics' source and severities. Plain types and constants only, so that every layer
// (and the client) may import it without pulling in another layer's libraries.
export * from './diagnostics';
export * from './fileSystem';
export * from './preview';
export * from './render';
export * from './requests';
export * from './snippetPrefixes';
