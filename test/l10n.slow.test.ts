import { getL10nJson } from '@vscode/l10n-dev';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { RULES } from '../server/src/core/rules';
import type { DigestedEntry } from '../server/src/core/rules/rule';
import { abandonedModel } from '../server/src/core/repeatedMarkup';
import { validateDigest, validateModel, type ValidationOptions } from '../server/src/core/validate';
import { useLanguage } from '../server/src/l10n';
import { EXAMPLE_PATH, frontMatter, paper, post, REPO } from './helpers';
import { RENDER_METHOD, type RenderResult } from '../server/src/protocol/render';
import { LspClient } from './lsp/lspClient';
import { manifestStrings } from './manifest';
import { checkExample } from './ruleExamples';

const HANGUL = /[\uac00-\ud7a3]/;
/** English texts whose Korean is the same text: the product's name and an id with a title. */
const SAME_IN_KOREAN = new Set(['arXiv {0}: {1}', 'Paper Digest']);
/** Manifest fields the marketplace or VS Code shows to the user. */
const SHOWN_FIELDS = new Set([
  'description',
  'markdownDescription',
  'title',
  'category',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'deprecationMessage',
  'markdownDeprecationMessage',
]);
/** Fields whose text is a name, not prose: the same in every language. */
const NAME_FIELDS = new Set(['displayName', 'name', 'publisher']);

function readJson(file: string): Record<string, string> {
  return JSON.parse(readFileSync(join(REPO, file), 'utf8'));
}

/** Every string the client and the server mark with `l10n.t` / `vscode.l10n.t`, as `@vscode/l10n-dev export` extracts them. */
async function markedStrings(): Promise<string[]> {
  const files = ['client/src', 'server/src'].flatMap((dir) =>
    readdirSync(join(REPO, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => join(REPO, dir, file)),
  );
  return Object.keys(
    await getL10nJson(files.map((file) => ({ contents: readFileSync(file, 'utf8'), extension: '.ts' }))),
  );
}

/** Each string of package.json that VS Code or the marketplace shows, with where it is. */
function shownManifestStrings(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => shownManifestStrings(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const where = path ? `${path}.${key}` : key;
    if (typeof child === 'string')
      return SHOWN_FIELDS.has(key) && !NAME_FIELDS.has(key) ? [[where, child] as [string, string]] : [];
    if (Array.isArray(child) && SHOWN_FIELDS.has(key))
      return child.map((text, i) => [`${where}[${i}]`, String(text)] as [string, string]);
    return where === 'scripts' ? [] : shownManifestStrings(child, where);
  });
}

function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();
}

const EARLIER_ENTRY: DigestedEntry = {
  file: 'file:///blog/_posts/2025-10-01-daily-papers.md',
  date: '2025-10-01',
  postTitle: 'Daily Papers — 2025-10-01',
  number: 2,
  heading: { start: { line: 9, character: 0 }, end: { line: 9, character: 40 } },
};

/** Posts that between them break every rule, with the options each is checked with. */
const BROKEN_POSTS: [string, ValidationOptions][] = [
  [post(), { maxLength: 100 }],
  [paper(), { fileName: '2025-10-31-daily-papers.md' }],
  ['---\ntitle: x\n' + paper(), {}],
  [frontMatter({ title: '[unclosed' }) + paper(), {}],
  [
    frontMatter({ layout: '\u0000', title: '\u0000', tags: 'papers hugginface' }) + paper(),
    { fileName: '2025-10-31-daily-papers.md' },
  ],
  [frontMatter({ layout: 'page', title: 'Daily Papers — 2025-10-31"' }) + paper(), {}],
  [frontMatter({ title: '"My reading list"', date: 'someday' }) + paper(), {}],
  [frontMatter({ date: '2025-10-30 08:15:00' }) + paper(), { fileName: '2025-10-29-daily-papers.md' }],
  [
    post([
      { number: 1, title: 'Spaced   Out <Parallel> Title' },
      { number: 3, id: 'abc' },
      { number: 3, id: '2510.26001', alphaxiv: false },
      { number: 4, id: '2510.26001', alphaxiv: 'https://www.alphaxiv.org/en/overview/2510.26999' },
      { number: 5, alphaxiv: 'https://www.alphaxiv.org/ko/overview/' },
    ]),
    { digestedElsewhere: () => [EARLIER_ENTRY] },
  ],
  [
    post([
      {
        sections: [
          ['Introduction', '- Motivation: 동기.\n- Goal: \n- Purpose: 목적.'],
          ['Results', '정보 부족'],
          ['Method', ''],
          ['Method', '두 번째.'],
          ['Conclusin', '결론.'],
        ],
      },
    ]),
    {},
  ],
  [
    post([
      { sections: [['Introduction', '- 첫 문장이다.\n- 둘째 문장이다.\n- 셋째 문장이다.']] },
      { sections: [['Introduction', '문단만 있다.']] },
    ]),
    {},
  ],
  [
    frontMatter() +
      '## 1. [Deep Heading](https://arxiv.org/abs/2510.26001)\n\n# [No Number](https://arxiv.org/pdf/2510.26002) and more\n\n# 3. Not Linked\n',
    {},
  ],
];

describe('Korean translations', () => {
  after(() => useLanguage('en'));

  it('of the manifest: every shown string is a %key% of package.nls.json, translated in package.nls.ko.json, and no key is unused', () => {
    const shown = shownManifestStrings(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')));
    assert.deepEqual(
      shown.filter(([, text]) => !/^%[^%]+%$/.test(text)),
      [],
      'manifest strings without a %key%',
    );
    const keys = shown.map(([, text]) => text.slice(1, -1)).sort();
    const [english, korean] = [manifestStrings(), manifestStrings('ko')];
    assert.deepEqual(
      [...new Set(keys)],
      Object.keys(english).sort(),
      'package.nls.json has exactly the keys package.json uses',
    );
    assert.deepEqual(
      Object.keys(korean).sort(),
      Object.keys(english).sort(),
      'package.nls.ko.json translates every key',
    );
    for (const [key, text] of Object.entries(korean))
      if (!SAME_IN_KOREAN.has(english[key])) assert.match(text, HANGUL, key);
  });

  it('cover every string the code marks for translation, and nothing else', async () => {
    const marked = await markedStrings();
    const korean = readJson('l10n/bundle.l10n.ko.json');
    assert.deepEqual(
      marked.filter((text) => !(text in korean)),
      [],
      'marked strings without a Korean translation',
    );
    assert.deepEqual(
      Object.keys(korean).filter((text) => !marked.includes(text)),
      [],
      'translations of strings no code marks',
    );
  });

  it('keep each placeholder of the English text and are written in Korean', () => {
    for (const [english, korean] of Object.entries(readJson('l10n/bundle.l10n.ko.json'))) {
      assert.deepEqual(placeholders(korean), placeholders(english), english);
      if (!SAME_IN_KOREAN.has(english)) assert.match(korean, HANGUL, english);
    }
  });

  it("are what the rules say in Korean: every rule's messages, fix titles and related places", () => {
    assert.equal(useLanguage('ko-KR'), 'ko');
    const findings = [
      ...BROKEN_POSTS.flatMap(([text, options]) => validateDigest(text, options).diagnostics),
      ...validateModel(abandonedModel(`${post()}${'> - '.repeat(1000)}`)).diagnostics,
      // The rules about what Jekyll does, on their own examples: they need a site and the posts beside them.
      ...RULES.filter((rule) => rule.examples.invalid.some((example) => example.jekyll)).flatMap((rule) =>
        rule.examples.invalid.flatMap((example) => checkExample(rule, example)),
      ),
    ];
    assert.deepEqual(
      RULES.map((rule) => rule.id).filter((id) => !findings.some((finding) => finding.ruleId === id)),
      [],
      'rules the broken posts do not break',
    );
    const texts = findings.flatMap((finding) => [
      finding.message,
      ...(finding.fixes ?? []).map((fix) => fix.title),
      ...(finding.related ?? []).map((place) => place.message),
    ]);
    assert.deepEqual(
      texts.filter((text) => !HANGUL.test(text)),
      [],
      'English left in Korean diagnostics',
    );
  });

  it('are used by the CLI with --lang ko or a Korean LANG; English otherwise', () => {
    const check = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      execFileSync(process.execPath, [join(REPO, 'dist/cli.js'), 'check', ...args, EXAMPLE_PATH], {
        env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', ...env },
        encoding: 'utf8',
      });
    assert.match(check(['--lang', 'ko']), /논문 제목에 불필요한 공백이 있습니다/);
    assert.match(check(['--lang=ko']), /논문 제목에 불필요한 공백이 있습니다/);
    assert.match(check([], { LANG: 'ko_KR.UTF-8' }), /논문 제목에 불필요한 공백이 있습니다/);
    assert.match(check(['--lang', 'en'], { LANG: 'ko_KR.UTF-8' }), /The paper title has extra spaces/);
    assert.match(check([], { LANG: 'C.UTF-8' }), /The paper title has extra spaces/);
  });

  it("are used by the preview's renderer, a bundle of its own, when the editor's locale is Korean", async () => {
    const client = await LspClient.start({ locale: 'ko' });
    try {
      // A post of a Jekyll site: its Liquid is rendered.
      const path = join(REPO, 'test/fixtures/blog/_posts/2025-08-29-daily-papers-20250829.md');
      const uri = pathToFileURL(path).href;
      const text = readFileSync(path, 'utf8').replace('## Method\n', '## Method\n{% if x %}\n');
      await client.open(uri, text);
      const { notes } = await client.connection.sendRequest<RenderResult>(RENDER_METHOD, {
        uri,
        trusted: false,
        remoteContent: false,
        resourceRoots: [],
      });
      const line = text.split('\n').indexOf('{% if x %}') + 1;
      assert.ok(
        notes.some((note) => note.includes(`${line}번째 줄`)),
        `the Liquid the preview could not render is noted at line ${line} of the file: ${notes}`,
      );
      assert.deepEqual(
        notes.filter((note) => !HANGUL.test(note)),
        [],
        'English left in the preview notes',
      );
    } finally {
      await client.stop();
    }
  });

  it("are used by the language server when the editor's locale is Korean", async () => {
    const client = await LspClient.start({ locale: 'ko' });
    try {
      const uri = pathToFileURL(join(REPO, 'examples/_posts/2025-10-31-daily-papers.md')).href;
      const published = client.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0);
      await client.open(uri, readFileSync(EXAMPLE_PATH, 'utf8'));
      const { diagnostics } = await published;
      const messages = diagnostics.map((diagnostic) => JSON.stringify(diagnostic.message));
      assert.ok(
        messages.every((message) => HANGUL.test(message)),
        messages.join('\n'),
      );
    } finally {
      await client.stop();
    }
  });
});
