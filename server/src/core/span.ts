/** A half-open range of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

export interface LineColumn {
  /** 0-based. */
  line: number;
  /** 0-based, in UTF-16 code units (the unit of LSP positions). */
  character: number;
}

/** A range as lines and columns, for places in files the caller has no text of (the workspace index). */
export interface LineRange {
  start: LineColumn;
  end: LineColumn;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/** Maps offsets to lines and columns; line ends may be LF, CRLF or CR. */
export class LineIndex {
  /** Where each line starts: plain data, so that the index can cross to another thread without the text. */
  readonly lineStarts: number[];

  /** From the text, or from the `lineStarts` of an index of it made elsewhere. */
  constructor(source: string | number[]) {
    this.lineStarts = typeof source === 'string' ? lineStartsOf(source) : source;
  }

  positionAt(offset: number): LineColumn {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.lineStarts[low] };
  }

  /** Where a 0-based line starts. */
  lineStart(line: number): number {
    return this.lineStarts[line];
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */ && text.charCodeAt(i + 1) === 10) continue;
    if (ch === 10 || ch === 13) starts.push(i + 1);
  }
  return starts;
}

/** The line ending a document already uses, so edits keep it. */
export function lineEnding(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
