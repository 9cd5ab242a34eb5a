/**
 * Builds one piece of text in two forms: a snippet (VS Code / LSP snippet syntax, with tab stops in the
 * order they are added and mirrored stops for a repeated name) and the plain text a client without
 * snippet support inserts (every stop replaced by its placeholder).
 */
export class SnippetBuilder {
  private readonly snippetParts: string[] = [];
  private readonly textParts: string[] = [];
  private readonly stops = new Map<string, number>();

  text(literal: string): this {
    this.snippetParts.push(escapeSnippet(literal));
    this.textParts.push(literal);
    return this;
  }

  /** A tab stop; stops of the same name are one field, typed once and mirrored everywhere. */
  stop(name: string, placeholder = ''): this {
    let index = this.stops.get(name);
    if (index === undefined) {
      index = this.stops.size + 1;
      this.stops.set(name, index);
    }
    this.snippetParts.push(placeholder ? `\${${index}:${escapeSnippet(placeholder)}}` : `\${${index}}`);
    this.textParts.push(placeholder);
    return this;
  }

  /** A snippet variable such as `CURRENT_YEAR`, resolved by the editor; `value` stands in for it in plain text. */
  variable(name: string, value: string): this {
    this.snippetParts.push(`\${${name}}`);
    this.textParts.push(value);
    return this;
  }

  snippet(): string {
    return this.snippetParts.join('');
  }

  plainText(): string {
    return this.textParts.join('');
  }
}

/** Escapes the characters that mean something in snippet syntax (`$`, `}` and the backslash). */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}
