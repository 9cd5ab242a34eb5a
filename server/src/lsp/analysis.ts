import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { isDigest } from '../core/digestFiles';
import { reparseDigest } from '../core/reparseDigest';
import type { DigestedElsewhere } from '../core/rules/rule';
import { validateModel, type ValidationResult } from '../core/validate';
import type { DigestSettings } from '../settings/settings';

export interface Analysis extends ValidationResult {
  uri: string;
  version: number;
  /** False for markdown files that are not digest posts: they get no diagnostics or features. */
  isDigest: boolean;
  settings: DigestSettings;
}

/** Parses (only the edited paper entry, when it can) and validates each document once per version; every feature reads the same analysis. */
export class Analyzer {
  private readonly cache = new Map<string, Analysis>();

  constructor(
    private readonly workspaceFolders: () => string[],
    /** Other posts' entries, for the document with this URI. */
    private readonly digestedElsewhere: (uri: string) => DigestedElsewhere,
  ) {}

  analyze(document: TextDocument, settings: DigestSettings): Analysis {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings) return cached;
    const text = document.getText();
    const model = reparseDigest(cached?.model, text, settings.schema, settings.maxLength).model;
    const { relativePath, fileName } = this.locate(document.uri);
    const digest = isDigest(model, relativePath, { schema: settings.schema, globs: settings.files });
    const result = digest
      ? validateModel(model, { schema: settings.schema, fileName, rules: settings.rules, digestedElsewhere: this.digestedElsewhere(document.uri) })
      : { model, diagnostics: [] };
    const analysis: Analysis = { ...result, uri: document.uri, version: document.version, isDigest: digest, settings };
    this.cache.set(document.uri, analysis);
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private locate(uri: string): { relativePath?: string; fileName?: string } {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return {};
    const path = parsed.path;
    const folder = this.workspaceFolders()
      .map((folderUri) => URI.parse(folderUri).path.replace(/\/?$/, '/'))
      .find((prefix) => path.startsWith(prefix));
    return { relativePath: folder ? path.slice(folder.length) : path, fileName: path.slice(path.lastIndexOf('/') + 1) };
  }
}
