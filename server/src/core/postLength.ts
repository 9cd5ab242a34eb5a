/**
 * Posts longer than this (in UTF-16 units) are not parsed past their front matter: a keystroke must never wait on them.
 * Apart from the parser, so that what only reads settings (the CLI's main thread) does not load it.
 */
export const DEFAULT_MAX_LENGTH = 2_000_000;
