// Ruby's string methods where JavaScript's differ: Ruby's whitespace is ASCII's (and NUL), `split` drops trailing
// empty fields.

export const lstrip = (text: string): string => text.replace(/^[\0\t\n\v\f\r ]+/, '');
export const rstrip = (text: string): string => text.replace(/[\0\t\n\v\f\r ]+$/, '');
export const strip = (text: string): string => rstrip(lstrip(text));

/** Ruby's `String#split`: the fields between matches, trailing empty ones dropped. */
export function split(text: string, separator: string | RegExp): string[] {
  const fields = text.split(separator);
  while (fields.length && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

/** Ruby's `\s`: ASCII whitespace. */
export function isSpace(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && ' \t\n\v\f\r'.includes(char);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
