import type { ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from './context';

/** One capability of the server: what it announces at initialize and how it wires its handlers. */
export interface Feature {
  capabilities: ServerCapabilities;
  register(context: ServerContext): void;
}
