import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDigest } from '../../server/src/core/parseDigest';
import { reparseDigest } from '../../server/src/core/reparseDigest';
import { DEFAULT_SCHEMA } from '../../server/src/core/schema';
import type { Span } from '../../server/src/core/span';
import { EXAMPLE, frontMatter, paper, post } from '../helpers';

const at = (text: string, span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined);

describe('parseDigest', () => {
  it('reads the example post: front matter, papers, links, sections and labelled bullets', () => {
    const model = parseDigest(EXAMPLE);
    assert.deepEqual([...model.frontMatter!.fields.keys()], ['layout', 'title', 'date', 'tags', 'categories']);
    assert.deepEqual(model.frontMatter!.fields.get('tags')!.value, ['papers', 'hugginface']);
    assert.equal(model.papers.length, 3);
    const [first] = model.papers;
    assert.equal(first.heading.number!.value, 1);
    assert.equal(at(EXAMPLE, first.heading.arxivId!.span), '2510.26794');
    assert.equal(
      first.heading.title!.value,
      'The Quest for Generalizable Motion Generation: Data, Model, and   Evaluation',
    );
    assert.equal(at(EXAMPLE, first.alphaxiv!.id!.span), '2510.26794');
    assert.equal(at(EXAMPLE, first.alphaxiv!.language!.span), 'ko');
    assert.deepEqual(
      first.sections.map((s) => s.name),
      ['Introduction', 'Method', 'Results', 'Limitations', 'Conclusion'],
    );
    assert.deepEqual(
      first.sections[0].bullets.map((b) => at(EXAMPLE, b.label?.span)),
      ['Goal', 'Motivation', 'Contribution'],
    );
    assert.match(first.sections[0].bullets[0].content, /^본 논문은 비디오 생성 모델에서/);
    assert.equal(at(EXAMPLE, first.sections[1].nameSpan), 'Method');
  });

  it('keeps spans exact with Korean text, emoji, CRLF line ends and a BOM', () => {
    const text = '\uFEFF' + post([{ title: '한국어 제목 😀 with   spaces' }]).replace(/\n/g, '\r\n');
    const model = parseDigest(text);
    const [entry] = model.papers;
    assert.equal(at(text, entry.heading.title!.span), '한국어 제목 😀 with   spaces');
    assert.equal(at(text, entry.heading.arxivId!.span), '2510.26001');
    assert.equal(at(text, model.frontMatter!.fields.get('title')!.valueSpan), '"Daily Papers — 2025-10-31"');
    assert.equal(at(text, entry.sections[4].nameSpan), 'Conclusion');
  });

  it('reads old-style ids and paper headings written at level 3', () => {
    const text = frontMatter() + paper({ id: 'hep-th/9901001' }).replace(/^# /, '### ');
    const [entry] = parseDigest(text).papers;
    assert.equal(entry.heading.depth, 3);
    assert.equal(entry.heading.arxivId!.value, 'hep-th/9901001');
  });

  it('reports YAML errors with their place and an unclosed front matter', () => {
    const broken = parseDigest('---\ntitle: "Daily Papers\ndate: [\n---\n');
    assert.ok(broken.frontMatter!.errors.length > 0);
    const unclosed = parseDigest('---\nlayout: post\n\n# 1. [제목](https://arxiv.org/abs/2510.26001)\n');
    assert.equal(unclosed.frontMatter, undefined);
    assert.deepEqual(unclosed.unclosedFrontMatter, { start: 0, end: 3 });
  });

  it('reads no front matter where its lines end with CR alone, as Jekyll; an edit then parses the whole post again', () => {
    const crOnly = post().replace(/\n/g, '\r');
    const model = parseDigest(crOnly);
    assert.equal(model.frontMatter, undefined);
    assert.equal(at(crOnly, model.crFrontMatter), '---');
    // Left open, such a front matter changes how the post after it reads: an entry is never read again alone.
    const open = post([{}]).replace('\n---\n', '\n\n').replace(/\n/g, '\r');
    const typed = open.replace('## Method\r', '## Method\r가');
    const { model: again, scope } = reparseDigest(
      reparseDigest(undefined, open, DEFAULT_SCHEMA).model,
      typed,
      DEFAULT_SCHEMA,
    );
    assert.equal(scope, 'document');
    assert.deepEqual(again, parseDigest(typed));
  });

  it('survives half-typed input', () => {
    for (const text of [
      '',
      '---',
      '# ',
      '# 1. [',
      '# 1. [제목](https://arxiv',
      '## Introduction\n- Goal:',
      '> [Alphaxiv](https://www.alphaxiv.org/ko/overview/',
      '\u0000\uFFFF\uD800',
    ]) {
      assert.doesNotThrow(() => parseDigest(text), text);
    }
  });
});
