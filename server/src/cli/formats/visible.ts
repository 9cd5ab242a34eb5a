// What the CLI prints comes from the repository (file names, titles, field values): printed as it is, a control
// character or an escape sequence would reach the terminal (set its title, hide or forge lines), a line end would
// forge a report line, and `##[…]` anywhere in a line is a workflow command to the GitHub Actions runner, which reads
// stdout and stderr alike (its `::…::` commands only start a line).

/**
 * Besides the C0 control characters: DEL and the C1 controls (escape sequences start with ESC or CSI), and what
 * reorders or breaks what follows it on the screen: bidirectional controls and the Unicode line and paragraph
 * separators. And `##[`.
 */
const UNSAFE_BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const UNSAFE = new RegExp(`[\\u0000-\\u001f${UNSAFE_BEYOND_C0}]|##\\[`, 'g');
/** The same but CR and LF, which a workflow command escapes its own way. */
const UNSAFE_BUT_LINE_ENDS = new RegExp(`[\\u0000-\\u0009\\u000b\\u000c\\u000e-\\u001f${UNSAFE_BEYOND_C0}]|##\\[`, 'g');
/** JSON.stringify escapes C0 itself: any left is the layout of the text. */
const UNSAFE_IN_JSON = new RegExp(`[${UNSAFE_BEYOND_C0}]|##\\[`, 'g');
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with what is unsafe to print shown as JavaScript-style escapes (`\n`, `\x1b`, `\u202e`, `##\x5b`). */
export function visible(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** The same, keeping CR and LF for the caller to escape. */
export function visibleButLineEnds(text: string): string {
  return text.replace(UNSAFE_BUT_LINE_ENDS, escapeOne);
}

/**
 * JSON text whose strings name what is unsafe to print by its `\u` escape: the same JSON to a parser. Only strings can
 * hold these characters (or `##[`) in JSON, so they are replaced wherever they are.
 */
export function inertJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (match) => (match === '##[' ? '##\\u005b' : `\\u${hex(match, 4)}`));
}

function escapeOne(match: string): string {
  if (match === '##[') return '##\\x5b';
  const named = NAMED[match];
  if (named) return named;
  return match.charCodeAt(0) <= 0xff ? `\\x${hex(match, 2)}` : `\\u${hex(match, 4)}`;
}

function hex(char: string, digits: number): string {
  return char.charCodeAt(0).toString(16).padStart(digits, '0');
}
