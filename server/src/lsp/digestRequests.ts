import * as l10n from '@vscode/l10n';
import type { CancellationToken, RequestType } from 'vscode-languageserver-protocol';
import type { Failure } from '../protocol/requests';
import type { ServerContext } from './context';
import { digestDocument } from './digestDocument';

/** The open digest post and its current analysis, or why a command cannot work on the document. */
export async function digestOrFailure(context: ServerContext, uri: string) {
  const found = await digestDocument(context, uri);
  if (found) return found;
  if (!context.documents.get(uri)) return { error: l10n.t('Open the post in an editor first.') };
  return {
    error: l10n.t(
      'This file is not a digest post: its title does not follow the digest title pattern and it has no numbered paper headings under the digest folders (paperDigest.files).',
    ),
  };
}

/** Registers a custom request whose unexpected failures are logged and answered as a message, never thrown. */
export function onDigestRequest<P, R>(
  context: ServerContext,
  type: RequestType<P, R | Failure, void>,
  handler: (params: P, token: CancellationToken) => Promise<R | Failure>,
): void {
  // Registered by method name: the typed overloads cannot see through the generic answer type.
  context.connection.onRequest(type.method, async (params: P, token: CancellationToken): Promise<R | Failure> => {
    try {
      return await handler(params, token);
    } catch (error) {
      context.logError(type.method, error);
      return {
        error: l10n.t(
          'Paper Digest failed ({0}); the Paper Digest output has the details.',
          error instanceof Error ? error.message : String(error),
        ),
      };
    }
  });
}
