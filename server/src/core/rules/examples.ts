// What the rules' examples are made of: the blog's post of 2025-10-31 (examples/_posts), in the owner's prettier format.
import { DEFAULT_EXCERPT_SEPARATOR } from '../jekyll/excerpt';
import { DEFAULT_MARKDOWN_EXTENSIONS } from '../jekyll/jekyllPost';
import { JEKYLL_BUILTIN_TAGS, PLUGIN_GEM_TAGS } from '../jekyll/liquidTags';
import type { SiteFacts } from '../jekyll/siteFacts';

type FrontMatterField = 'layout' | 'title' | 'date' | 'tags' | 'categories';

const FIELDS: Record<FrontMatterField, string> = {
  layout: 'post',
  title: '"Daily Papers — 2025-10-31"',
  date: '2025-10-31 08:15:00',
  tags: '[papers, hugginface]',
  categories: '[]',
};

/** The post's front matter; a field given `null` is left out, fields of other names are added after the blog's. */
export function frontMatter(fields: Partial<Record<FrontMatterField | (string & {}), string | null>> = {}): string {
  const lines = Object.entries({ ...FIELDS, ...fields }).flatMap(([key, value]) =>
    value === null ? [] : [`${key}: ${value}`],
  );
  return ['---', ...lines, '---', '', ''].join('\n');
}

/** The post's three papers: number, title and arXiv id. */
export const PAPERS = [
  { number: 1, title: 'The Quest for Generalizable Motion Generation: Data, Model, and Evaluation', id: '2510.26794' },
  {
    number: 2,
    title: 'OmniLayout: Enabling Coarse-to-Fine Learning with LLMs for Universal Document Layout Generation',
    id: '2510.26213',
  },
  { number: 3, title: 'POWSM: A Phonetic Open Whisper-Style Speech Foundation Model', id: '2510.24992' },
] as const;

export function headingLine(paper: { number: number; title: string; id: string }): string {
  return `# ${paper.number}. [${paper.title}](https://arxiv.org/abs/${paper.id})`;
}

export function alphaxivLine(id: string, language = 'ko'): string {
  return `> [Alphaxiv](https://www.alphaxiv.org/${language}/overview/${id})`;
}

/** Headings with their alphaXiv lines, the part of a post the rules about numbers and links read. */
export function joinEntries(...lines: string[][]): string {
  return lines.map((entry) => entry.join('\n\n')).join('\n\n');
}

export const INTRODUCTION = [
  '- Goal: 본 논문은 음성, 문자(그래피), 음소 간의 변환을 통합하여 네 가지 음성 관련 작업을 수행할 수 있는 단일 모델 POWSM을 제안하는 데 목적이 있다.',
  '- Motivation: 음성 인식, 음소 인식, 그래피-음소 변환(G2P), 음소-그래피 변환(P2G) 등 음소 관련 작업이 개별적으로 연구되어 통합된 다목적 음성 처리 모델 부재 문제를 해결하고자 한다.',
  '- Contribution: POWSM은 멀티태스킹 구조로 훈련되어 기존 음소 인식 모델을 능가하거나 동등한 성능을 보이며, 70개 이상의 언어에서 ASR, G2P, P2G까지 수행 가능한 최초의 공개 음성 기초 모델을 제공한다.',
].join('\n');

/** Paper 3's sections, name and text. */
export const SECTIONS: readonly (readonly [string, string])[] = [
  ['Introduction', INTRODUCTION],
  [
    'Method',
    'POWSM은 IPAPack++ 데이터셋을 활용해 음소 인식, ASR, 오디오 기준 G2P 및 P2G의 네 가지 작업 형식으로 데이터를 재구성하여 학습시켰다.',
  ],
  [
    'Results',
    'POWSM은 여러 벤치마크에서 기존 최첨단 모델보다 음소 인식 정확도가 우수하며, 저자원 언어의 ASR 성능 또한 웹 규모 다국어 모델과 비슷한 수준을 달성하였다.',
  ],
  [
    'Limitations',
    '본 모델은 완전한 음운적·음운론적 일관성을 갖추지 못하며, 고자원 언어 편향과 연산 속도 및 음조 모델링 제한 등의 한계가 존재한다.',
  ],
  [
    'Conclusion',
    'POWSM은 고자원 언어뿐만 아니라 미처 학습되지 않은 언어와 사회음성학적 변이까지 효과적으로 처리하는 다목적 음성 기초 모델로, 전 세계 음성 기술 발전에 기초가 될 수 있음이 입증되었다.',
  ],
];

/** Paper 3's entry with its sections as given (all five by default). */
export function paperEntry(sections: readonly (readonly [string, string])[] = SECTIONS): string {
  const blocks = [
    headingLine(PAPERS[2]),
    alphaxivLine(PAPERS[2].id),
    ...sections.map(([name, text]) => (text ? `## ${name}\n\n${text}` : `## ${name}`)),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** Paper 3's sections with one of them changed: its text replaced, or the section removed (`null`). */
export function withSection(name: string, text: string | null): (readonly [string, string])[] {
  return SECTIONS.flatMap(([section, content]) =>
    section !== name ? [[section, content] as const] : text === null ? [] : [[section, text] as const],
  );
}

/**
 * The Jekyll site the examples of the rules about what Jekyll does are checked with: the facts of
 * test/fixtures/liquid-site, a minimal al-folio site (its plugins, its `figure.liquid` include), which the slow tier
 * reads to prove they agree, and builds each example in with `jekyll build`.
 */
export const EXAMPLE_SITE: SiteFacts = {
  root: '/blog',
  includes: ['figure.liquid'],
  includesDir: '_includes',
  tags: {
    ...JEKYLL_BUILTIN_TAGS,
    details: 'block',
    file_exists: 'tag',
    ...[
      'jekyll-archives',
      'jekyll-email-protect',
      'jekyll-feed',
      'jekyll-get-json',
      'jekyll-imagemagick',
      'jekyll-jupyter-notebook',
      'jekyll-link-attributes',
      'jekyll-minifier',
      'jekyll-paginate-v2',
      'jekyll-regex-replace',
      'jekyll/scholar',
      'jekyll-sitemap',
      'jekyll-tabs',
      'jekyll-toc',
      'jekyll-twitter-plugin',
      'jemoji',
    ].reduce((tags, gem) => ({ ...tags, ...PLUGIN_GEM_TAGS[gem] }), {}),
  },
  unknownPlugins: [],
  markdownExtensions: DEFAULT_MARKDOWN_EXTENSIONS,
  future: { built: false },
  timezone: 'Asia/Seoul',
  permalink: '/dailypaper/:year/:month/:day/:title/',
  excerptSeparator: DEFAULT_EXCERPT_SEPARATOR,
  files: [
    '_config.yml',
    '_includes/figure.liquid',
    '_layouts/post.liquid',
    '_plugins/details.rb',
    '_plugins/file-exists.rb',
  ],
  config: {
    title: 'blank',
    timezone: 'Asia/Seoul',
    permalink: '/dailypaper/:year/:month/:day/:title/',
    markdown: 'kramdown',
    kramdown: null,
    plugins: null,
  },
};

/** Paper 3's entry with one of its sections' text changed, after the front matter: a whole post. */
export function postWith(section: string, text: string): string {
  return frontMatter() + paperEntry(withSection(section, text));
}
