// fast-check arbitraries for real-looking digest posts (every variant FORMAT-NOTES lists) and the ways a post gets broken:
// deleted, duplicated and swapped lines, cuts in the middle of a heading or link, random Unicode, CRLF/CR, a BOM, 5 MB.
// Shared by the core, LSP and renderer properties; positions are drawn as large numbers and taken modulo the text length,
// so every mutation applies to whatever text it meets and shrinks towards the start of the post.
import fc from 'fast-check';
import './seed';
import { EXAMPLE } from '../helpers';

const SENTENCES = [
  '본 논문은 비디오 생성 모델에서 얻은 지식을 통합하여 3D 인간 모션 생성의 일반화 능력을 개선하는 것을 목표로 한다.',
  '기존 방법은 긴 사고 과정에서 불필요한 계산이 많아 비용이 크다.',
  'POWSM은 IPAPack++ 데이터셋을 활용해 음소 인식, ASR, G2P 및 P2G의 네 가지 작업을 학습시켰다.',
  '훈련 시 CTC 및 어텐션 손실을 결합했고, 350M 매개변수 모델을 4개의 GPU에서 2일간 학습하였다.',
  'MBench 평가에서 ViMoGen은 모든 최신 비교 모델(FID, mIoU)을 능가하였다.',
  '복잡한 동작에서 <Parallel> 디코딩의 불안정성과 계산 비용 증가는 여전히 한계로 남아 있다.',
  '손실은 $\\mathcal{L} = \\alpha \\cdot L_{ce}$ 로 정의되며 *가중치* 는 `0.5` 이다.',
  '정보 부족',
  '본 연구는 데이터, 모델, 평가의 삼중 혁신을 통해 일반화 난제를 극복하였다 😀.',
];

const TITLES = [
  'The Quest for Generalizable Motion Generation: Data, Model, and   Evaluation',
  'OmniLayout: Enabling Coarse-to-Fine Learning with LLMs for Universal   Document Layout Generation',
  'POWSM: A Phonetic Open Whisper-Style Speech Foundation Model',
  'Attention Is All You Need',
  'R&D at Scale: <Sparse> Experts, $O(n)$ Routing and *Fast* Decoding',
  '한국어 제목: 대규모 언어 모델의 추론',
  ' Leading and trailing spaces ',
];

const SECTIONS = ['Introduction', 'Method', 'Results', 'Limitations', 'Conclusion'];

const arxivId = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99_999 }), fc.boolean())
      .map(
        ([month, serial, versioned]) =>
          `25${String(month).padStart(2, '0')}.${String(serial).padStart(5, '0')}${versioned ? 'v2' : ''}`,
      ),
  },
  { weight: 1, arbitrary: fc.constantFrom('cs/0101001', 'math.AG/0309136', '2513.12345', '2510.123', 'abcd') },
);

const sentences = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 });

/** How the generator (or the owner's prettier pass) wrote a post: FORMAT-NOTES's variants. */
interface Style {
  trailingSpaces: boolean;
  blankAfterHeadings: boolean;
  alphaxivLanguage: string | false;
}

const style: fc.Arbitrary<Style> = fc.record({
  trailingSpaces: fc.boolean(),
  blankAfterHeadings: fc.boolean(),
  alphaxivLanguage: fc.constantFrom<string | false>('ko', 'ko', 'en', '', false),
});

const introduction = fc
  .tuple(fc.constantFrom('english', 'korean', 'unlabeled', 'mixed'), sentences)
  .map(([labels, [first, ...rest]]) => {
    const names = {
      english: ['Goal', 'Motivation', 'Contribution'],
      korean: ['목표', '동기', '기여'],
      unlabeled: ['', '', ''],
      mixed: ['Goal', 'Goal', ''],
    }[labels];
    return names.map((name, i) => `- ${name ? `${name}: ` : ''}${[first, ...rest][i] ?? first}`);
  });

const method = fc
  .tuple(fc.constantFrom('paragraph', 'hardBreaks', 'bullets'), sentences)
  .map(([shape, lines]) =>
    shape === 'paragraph'
      ? [lines.join(' ')]
      : shape === 'hardBreaks'
        ? lines.map((line) => `${line}  `)
        : lines.map((line) => `- ${line}`),
  );

const sectionContent = (name: string) =>
  name === 'Introduction' ? introduction : name === 'Method' ? method : sentences.map((lines) => [lines[0]]);

/** The sections of one entry: usually the five in order, sometimes cut short (max_output_tokens), reordered, renamed or doubled. */
const sectionNames = fc.oneof(
  { weight: 6, arbitrary: fc.constant(SECTIONS) },
  { weight: 1, arbitrary: fc.constant(SECTIONS.slice(0, 2)) },
  {
    weight: 1,
    arbitrary: fc.shuffledSubarray([...SECTIONS, 'Introduction', 'Experiments', 'method'], {
      minLength: 0,
      maxLength: 7,
    }),
  },
);

interface Entry {
  hashes: string;
  /** `position` numbers the entry in order; undefined leaves the number out. */
  number: number | 'position' | undefined;
  title: string;
  id: string;
  linkStyle: 'abs' | 'pdf' | 'bare' | 'none';
  alphaxivId: 'same' | 'other' | 'none';
  sections: [string, string[]][];
}

const entry: fc.Arbitrary<Entry> = fc.record({
  hashes: fc.constantFrom('#', '#', '#', '##', '###'),
  number: fc.oneof(
    { weight: 8, arbitrary: fc.constant('position' as const) },
    fc.integer({ min: 0, max: 40 }),
    fc.constant(undefined),
  ),
  title: fc.constantFrom(...TITLES),
  id: arxivId,
  linkStyle: fc.constantFrom<Entry['linkStyle']>('abs', 'abs', 'abs', 'abs', 'pdf', 'bare', 'none'),
  alphaxivId: fc.constantFrom<Entry['alphaxivId']>('same', 'same', 'same', 'other', 'none'),
  sections: sectionNames.chain((names) =>
    fc.tuple(...names.map((name) => sectionContent(name).map((content): [string, string[]] => [name, content]))),
  ),
});

function entryText(
  paper: Entry,
  position: number,
  { trailingSpaces, blankAfterHeadings, alphaxivLanguage }: Style,
): string[] {
  const url = {
    abs: `https://arxiv.org/abs/${paper.id}`,
    pdf: `https://arxiv.org/pdf/${paper.id}.pdf`,
    bare: `https://example.org/${paper.id}`,
    none: '',
  }[paper.linkStyle];
  const number = paper.number === undefined ? '' : `${paper.number === 'position' ? position : paper.number}. `;
  const lines = [`${paper.hashes} ${number}${url ? `[${paper.title}](${url})` : paper.title}`, ''];
  if (alphaxivLanguage !== false && paper.alphaxivId !== 'none') {
    const id = paper.alphaxivId === 'same' ? paper.id : '2501.00001';
    lines.push(
      `> [Alphaxiv](https://www.alphaxiv.org/${alphaxivLanguage ? `${alphaxivLanguage}/` : ''}overview/${id})`,
      '',
    );
  }
  const end = trailingSpaces ? '  ' : '';
  for (const [name, content] of paper.sections) {
    lines.push(`## ${name}${name === 'Introduction' ? '' : end}`, ...(blankAfterHeadings ? [''] : []));
    lines.push(...content.map((line) => (line.endsWith('  ') || !trailingSpaces ? line : `${line}${end}`)), '');
  }
  return lines;
}

const frontMatterLines = fc
  .record({
    title: fc.constantFrom(
      '"Daily Papers — 2025-10-31"',
      'Daily Papers — 2025-10-31"',
      'Daily Papers 2025-10-31',
      "'Daily Papers — 2025-11-01'",
    ),
    date: fc.constantFrom('2025-10-31 08:15:00', '2025-10-31', '2025-02-30 08:15:00', '2025-11-01 08:15:00 +0900'),
    tags: fc.constantFrom('[papers, hugginface]', '[papers, arxiv, ai]', 'papers ai'),
    layout: fc.constantFrom('post', 'post', 'page', undefined),
    categories: fc.constantFrom('[]', undefined),
  })
  .map((fields) => [
    '---',
    ...Object.entries(fields).flatMap(([key, value]) => (value === undefined ? [] : [`${key}: ${value}`])),
    '---',
  ]);

/** A digest post the way the blog writes them, in one of its historical variants, with 0 to 6 papers. */
export const realPost: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(EXAMPLE) },
  {
    weight: 9,
    arbitrary: fc
      .record({
        head: frontMatterLines,
        blankLines: fc.integer({ min: 0, max: 2 }),
        style,
        papers: fc.array(entry, { maxLength: 6 }),
      })
      .map(({ head, blankLines, style: written, papers }) =>
        [
          ...head,
          ...Array<string>(blankLines).fill(''),
          ...papers.flatMap((paper, i) => entryText(paper, i + 1, written)),
        ].join('\n'),
      ),
  },
);

/** Text a user types or pastes: markdown syntax that changes block structure, Korean, emoji, and any UTF-16 code units at all. */
export const typedText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '#',
      '# ',
      '\n',
      '\n\n',
      '## ',
      '- ',
      '> ',
      '```',
      '\n```\n',
      '---',
      '\n---\n',
      '[',
      ']',
      '](',
      ')',
      '(',
      '<',
      '>',
      '<div>',
      '<!--',
      '-->',
      '<Parallel>',
      '*',
      '**',
      '_',
      '`',
      '\\',
      '  \n',
      ':',
      'Goal: ',
      '    ',
      '\t',
      '1. ',
      '[x]: https://arxiv.org/abs/2510.00001',
      '&amp;',
      '|',
    ),
  },
  {
    // Liquid, as a language model writes it about templates, and as the fixes write it.
    weight: 2,
    arbitrary: fc.constantFrom(
      '{{',
      '{{ x }}',
      '}',
      '{%',
      '%}',
      '{% endif %}',
      '{% if x %}',
      '{% raw %}',
      '{% endraw %}',
      '{% comment %}',
      '{% include figure.html %}',
      '{{ site.title }}',
      '\npublished: false\n',
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '가',
      '논문',
      ' ',
      'a',
      'e',
      '0',
      '.',
      '😀',
      '\u200d',
      '\u202e',
      '\r',
      '\r\n',
      '\u0000',
      '\ufeff',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** A position anywhere in a text, drawn independently of the text. */
const position = fc.nat({ max: 1_000_000_000 });

export type Mutation =
  | { kind: 'deleteLines'; at: number; count: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'swapLines'; at: number; other: number }
  | { kind: 'cutLine'; at: number; cut: number; truncate: boolean }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'lineEndings'; eol: '\r\n' | '\r' | 'mixed' }
  | { kind: 'bom' };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteLines' as const), at: position, count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: position }),
  fc.record({ kind: fc.constant('swapLines' as const), at: position, other: position }),
  fc.record({ kind: fc.constant('cutLine' as const), at: position, cut: position, truncate: fc.boolean() }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: typedText }),
  fc.record({ kind: fc.constant('delete' as const), at: position, count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('lineEndings' as const),
    eol: fc.constantFrom<'\r\n' | '\r' | 'mixed'>('\r\n', '\r', 'mixed'),
  }),
  fc.constant({ kind: 'bom' as const }),
);

export function applyMutation(text: string, change: Mutation): string {
  const lines = text.split('\n');
  const line = (at: number) => at % lines.length;
  switch (change.kind) {
    case 'deleteLines':
      return [...lines.slice(0, line(change.at)), ...lines.slice(line(change.at) + change.count)].join('\n');
    case 'duplicateLine':
      return [...lines.slice(0, line(change.at) + 1), ...lines.slice(line(change.at))].join('\n');
    case 'swapLines': {
      const [a, b] = [line(change.at), line(change.other)];
      return lines.map((part, i) => (i === a ? lines[b] : i === b ? lines[a] : part)).join('\n');
    }
    case 'cutLine':
      return cutLine(text, change.at, change.cut, change.truncate);
    case 'insert': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'delete': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + change.count);
    }
    case 'lineEndings':
      return change.eol === 'mixed'
        ? lines.map((part, i) => part + (i % 3 === 0 ? '\r' : '')).join('\n')
        : lines.join(change.eol);
    case 'bom':
      return `\ufeff${text}`;
  }
}

/** Cuts a heading or a line with a link (the paper heading, the alphaXiv line) at some point: the rest of the line, or of the post, is gone. */
function cutLine(text: string, which: number, cut: number, truncate: boolean): string {
  const lines = [...text.matchAll(/^(?:#{1,6} |.*\]\().*$/gm)];
  if (!lines.length) return text;
  const line = lines[which % lines.length];
  const at = line.index + (cut % (line[0].length + 1));
  return truncate ? text.slice(0, at) : text.slice(0, at) + text.slice(line.index + line[0].length);
}

/** A real-looking post after 0 to 5 mutations. */
export const mutatedPost: fc.Arbitrary<string> = fc
  .tuple(realPost, fc.array(mutation, { maxLength: 5 }))
  .map(([text, changes]) => changes.reduce(applyMutation, text));

/** A real-looking post grown to about `bytes` UTF-8 bytes by repeating its papers (a long paste, or a generator gone wrong). */
export function inflate(text: string, bytes: number): string {
  const body = text.slice(Math.max(0, text.indexOf('\n#')));
  const unit = Math.max(1, Buffer.byteLength(body || text));
  return text + (body || text).repeat(Math.ceil(bytes / unit));
}

/** One edit as a user makes it: a keystroke, a deletion, or a replacement of a few characters. */
export interface Keystroke {
  at: number;
  /** Moves `at` to the next line start, heading start or line end, where block structure changes. */
  snap: 'none' | 'lineStart' | 'heading' | 'lineEnd';
  deleteCount: number;
  text: string;
}

export const keystroke: fc.Arbitrary<Keystroke> = fc.record({
  at: position,
  snap: fc.constantFrom<Keystroke['snap']>('none', 'none', 'none', 'lineStart', 'heading', 'lineEnd'),
  deleteCount: fc.oneof(
    { weight: 3, arbitrary: fc.constant(0) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }) },
    { weight: 1, arbitrary: fc.integer({ min: 4, max: 200 }) },
  ),
  text: fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 4, arbitrary: typedText }),
});

export function applyKeystroke(text: string, { at, snap, deleteCount, text: typed }: Keystroke): string {
  const start = snapped(text, at % (text.length + 1), snap);
  return text.slice(0, start) + typed + text.slice(start + deleteCount);
}

const SNAP_TARGETS = { lineStart: /^/gm, heading: /^#/gm, lineEnd: /$/gm };

function snapped(text: string, at: number, snap: Keystroke['snap']): number {
  if (snap === 'none') return at;
  const target = SNAP_TARGETS[snap];
  target.lastIndex = at;
  return target.exec(text)?.index ?? at;
}
