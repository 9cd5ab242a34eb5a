/**
 * Expands a snippet the way the editor does once the author has typed every field: tab stops take the
 * value `fill` gives for their number (mirrors get the same value), variables take `variables[name]`.
 * Covers the syntax our snippets use: `$1`, `${1}`, `${1:placeholder}`, `${NAME}`, `$NAME` and `\` escapes.
 */
export function fillSnippet(
  snippet: string,
  fill: (stop: number, placeholder: string) => string,
  variables: Record<string, string> = {},
): string {
  const values = new Map<number, string>();
  let out = '';
  let i = 0;
  while (i < snippet.length) {
    const ch = snippet[i];
    if (ch === '\\' && i + 1 < snippet.length && '\\$}'.includes(snippet[i + 1])) {
      out += snippet[i + 1];
      i += 2;
      continue;
    }
    const field =
      ch === '$'
        ? /^\$(?:(\d+)|\{(\d+)(?::((?:\\.|[^\\}])*))?\}|\{([A-Z_]+)\}|([A-Z_]+))/.exec(snippet.slice(i))
        : null;
    if (!field) {
      out += ch;
      i++;
      continue;
    }
    const [whole, bareStop, stop, placeholder = '', braceVariable, bareVariable] = field;
    const variable = braceVariable ?? bareVariable;
    if (variable !== undefined) {
      if (!(variable in variables)) throw new Error(`snippet variable ${variable} has no value`);
      out += variables[variable];
    } else {
      const index = Number(bareStop ?? stop);
      if (!values.has(index)) values.set(index, fill(index, placeholder.replace(/\\(.)/g, '$1')));
      out += values.get(index);
    }
    i += whole.length;
  }
  return out;
}

/** Korean sentences like the generator writes, one per tab stop. */
export function koreanFill(stop: number, placeholder: string): string {
  if (placeholder === 'ID') return '2510.26794';
  if (placeholder === 'Title') return 'The Quest for Generalizable Motion Generation';
  if (/^\d+$/.test(placeholder)) return placeholder;
  return `본 연구는 ${stop}번째 항목에 대해 구체적인 설명을 제시한다.`;
}
