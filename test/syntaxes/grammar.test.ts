// The injection grammar, tokenized the way VS Code does it: vscode-textmate with the Oniguruma WASM, on top of VS Code's
// own markdown grammar (markdown-basics' markdown.tmLanguage.json, as packaged on npm by tm-grammars).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';
import { BLOGS, blogPosts, EXAMPLE, REPO } from '../helpers';

const MARKDOWN = 'text.html.markdown';
const INJECTION = 'markdown.paper-digest.injection';
const GRAMMAR_FILES: Record<string, string> = {
  [MARKDOWN]: join(REPO, 'node_modules/tm-grammars/grammars/markdown.json'),
  [INJECTION]: join(REPO, 'syntaxes/paper-digest.injection.tmLanguage.json'),
};
const FIXTURE = readFileSync(join(REPO, 'test/fixtures/grammar/digest.md'), 'utf8');
/** The scopes the grammar adds that carry colour; the rest are `meta.` and punctuation. */
const MARKS = [
  'constant.numeric.paper-digest',
  'markup.underline.link.arxiv-id.paper-digest',
  'entity.name.tag.label.paper-digest',
];

async function markdownGrammar(withInjection: boolean): Promise<IGrammar> {
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      const path = GRAMMAR_FILES[scopeName];
      return path ? parseRawGrammar(readFileSync(path, 'utf8'), path) : null;
    },
    getInjections: (scopeName) => (withInjection && scopeName === MARKDOWN ? [INJECTION] : undefined),
  });
  const grammar = await registry.loadGrammar(MARKDOWN);
  assert.ok(grammar);
  return grammar;
}

interface Token {
  line: number;
  text: string;
  scopes: string[];
}

function tokenize(grammar: IGrammar, text: string): Token[] {
  let state = INITIAL;
  return text.split('\n').flatMap((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({
      line,
      text: lineText.slice(token.startIndex, token.endIndex),
      scopes: token.scopes,
    }));
  });
}

/** Each character's scopes, without this grammar's own: what markdown alone gives it. */
function markdownScopesPerCharacter(tokens: Token[]): string[] {
  return tokens.flatMap((token) => {
    const scopes = token.scopes.filter((scope) => !scope.split('.').includes('paper-digest')).join(' ');
    return Array.from({ length: token.text.length }, (_, i) => `${token.line}:${token.text[i]} ${scopes}`);
  });
}

describe('paper-digest injection grammar', () => {
  let plain: IGrammar;
  let injected: IGrammar;
  before(async () => {
    const wasm = readFileSync(join(REPO, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    plain = await markdownGrammar(false);
    injected = await markdownGrammar(true);
  });

  it('is contributed as an injection into markdown', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    const contributed = manifest.contributes.grammars.find(
      (grammar: { scopeName: string }) => grammar.scopeName === INJECTION,
    );
    assert.deepEqual(contributed, {
      scopeName: INJECTION,
      path: './syntaxes/paper-digest.injection.tmLanguage.json',
      injectTo: [MARKDOWN],
    });
    const grammar = JSON.parse(readFileSync(GRAMMAR_FILES[INJECTION], 'utf8'));
    assert.ok(grammar.injectionSelector.split(',').every((part: string) => part.trim().startsWith(`L:${MARKDOWN} `)));
  });

  it('marks entry numbers, arXiv ids and intro labels, and nothing in code or links markdown reads otherwise', () => {
    const marked = tokenize(injected, FIXTURE).flatMap((token) => {
      const mark = token.scopes.find((scope) => MARKS.includes(scope));
      return mark ? [`${token.line + 1} ${mark.split('.')[0]} ${token.text}`] : [];
    });
    assert.deepEqual(marked, [
      '8 constant 1',
      '8 markup 2510.26794',
      '10 markup 2510.26794',
      '13 entity Goal',
      '14 entity Motivation',
      '14 markup 2409.12345v2',
      '15 entity Contribution',
      '18 markup 2401.00001',
      '20 constant 2',
      '20 markup 2510.26213',
      '23 entity 목표',
      '24 entity 동기',
      '25 entity 기여',
      '28 constant 3',
      '28 markup hep-th/9901001',
    ]);
  });

  it("keeps markdown's own scopes in the links it marks, the link title's emphasis included", () => {
    const heading = tokenize(injected, FIXTURE).filter((token) => token.line === 7);
    const scopesOf = (text: string) => heading.find((token) => token.text === text)?.scopes.slice(1);
    assert.deepEqual(scopesOf('Generalizable'), [
      'markup.heading.markdown',
      'heading.1.markdown',
      'entity.name.section.markdown',
      'meta.link.inline.markdown',
      'meta.paper-digest.paper-link',
      'string.other.link.title.markdown',
      'markup.italic.markdown',
    ]);
    assert.deepEqual(scopesOf('2510.26794'), [
      'markup.heading.markdown',
      'heading.1.markdown',
      'entity.name.section.markdown',
      'meta.link.inline.markdown',
      'meta.paper-digest.paper-link',
      'markup.underline.link.markdown',
      'markup.underline.link.arxiv-id.paper-digest',
    ]);
  });

  it('leaves every character with the scopes markdown alone gives it, in the fixture, the example and the blogs', () => {
    const posts = BLOGS.flatMap((blog) => blogPosts(blog).map(([, text]) => text));
    for (const text of [FIXTURE, EXAMPLE, ...posts]) {
      const expected = markdownScopesPerCharacter(tokenize(plain, text));
      const actual = markdownScopesPerCharacter(tokenize(injected, text));
      assert.equal(actual.length, expected.length);
      const firstDifference = actual.findIndex((scopes, i) => scopes !== expected[i]);
      assert.equal(firstDifference, -1, `${actual[firstDifference]}\n  instead of\n${expected[firstDifference]}`);
    }
  });
});
