import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withExternalLinkAttributes } from '../../server/src/render/site/linkAttributes';
import { startTags } from '../../server/src/render/site/startTags';

const CONFIG = { plugins: ['jekyll-link-attributes'], url: 'https://hahngt.github.io' };
const MARK = 'rel="external nofollow noopener" target="_blank"';

/** The hrefs (as written) of the links that were given the plugin's attributes. */
function marked(html: string): string[] {
  const result = withExternalLinkAttributes(html, CONFIG);
  return result
    .split(` ${MARK}`)
    .slice(0, -1)
    .map((before) => {
      const tag = before.slice(before.toLowerCase().lastIndexOf('<a'));
      return /href\s*=\s*(["'])(.*?)\1/i.exec(tag)![2];
    });
}

describe('jekyll-link-attributes', () => {
  it('marks external links once, in place, and leaves the rest of the page byte for byte', () => {
    const page =
      '<!DOCTYPE html>\n<html><head><title>Daily Papers</title></head>\r\n<body><p><a href="https://arxiv.org/abs/2510.26794">논문</a> ' +
      '<a href="https://hahngt.github.io/cv/">CV</a> <a href="/blog/">blog</a> <a>no href</a></p></body></html>\n';
    assert.equal(withExternalLinkAttributes(page, CONFIG), page.replace('26794">', `26794" ${MARK}>`));
  });

  it('writes over rel and target where the link has them, and adds them before a self-closing `/>`', () => {
    assert.equal(
      withExternalLinkAttributes('<a target=_self href="https://a.org" REL="me"/>', CONFIG),
      `<a target="_blank" href="https://a.org" rel="external nofollow noopener"/>`,
    );
    assert.equal(
      withExternalLinkAttributes('<a href=https://a.org/>x</a>', CONFIG),
      `<a href=https://a.org/ ${MARK}>x</a>`,
      'the slash of an unquoted value stays in it',
    );
  });

  it('reads no links in scripts, styles or comments, and reads them in other elements', () => {
    assert.deepEqual(
      marked(
        [
          `<script>document.write('<a href="https://s.org">')</script>`,
          `<script type="module"></script ><a href="https://after-script.org">`,
          `<style>a::after { content: '<a href="https://c.org">' }</STYLE>`,
          `<!-- <a href="https://comment.org"> --><a href="https://after-comment.org">`,
          `<!-- -- --!><a href="https://after-bang.org">`,
          `<noscript><a href="https://noscript.org"></a></noscript>`,
          `<textarea><a href="https://textarea.org"></a></textarea>`,
          `<svg><style><a href="https://svg-style.org"></style></svg>`,
          `<template><a href="https://template.org"></a></template>`,
          `<select><a href="https://select.org"></a></select>`,
        ].join('\n'),
      ),
      [
        'https://after-script.org',
        'https://after-comment.org',
        'https://after-bang.org',
        'https://noscript.org',
        'https://textarea.org',
        'https://template.org',
        'https://select.org',
      ],
    );
  });

  it('reads attributes as a parser does: quoted `>`, references decoded, the first of a name kept', () => {
    assert.deepEqual(
      marked(
        [
          `<img alt="<a href='https://alt.org'>" title='a > b'><a title="x>y" href="https://quoted.org">`,
          `<a HREF="https://upper.org">`,
          `<a href="&#x68;ttps://reference.org">`,
          `<a href="https://a.org/?x=1&amp;y=2">`,
          `<a href="https://first.org" href="https://second.org">`,
          `<a href  =  'https://spaced.org'>`,
        ].join('\n'),
      ),
      [
        'https://quoted.org',
        'https://upper.org',
        '&#x68;ttps://reference.org',
        'https://a.org/?x=1&amp;y=2',
        'https://first.org',
        'https://spaced.org',
      ],
    );
  });

  it('leaves a page cut inside a tag as it is from that tag on', () => {
    assert.deepEqual(marked('<a href="https://a.org">a</a><a href="https://cut.org"'), ['https://a.org']);
  });

  it('honours the site url, external_links.exclude, rel, target and enabled: false', () => {
    const page = '<a href="https://arxiv.org/abs/1">1</a><a href="https://b.org/">2</a>';
    const config = {
      ...CONFIG,
      external_links: { rel: 'noopener', target: '_top', exclude: ['https://arxiv\\.org/.*', '('] },
    };
    assert.equal(
      withExternalLinkAttributes(page, config),
      '<a href="https://arxiv.org/abs/1">1</a><a href="https://b.org/" rel="noopener" target="_top">2</a>',
    );
    assert.equal(withExternalLinkAttributes(page, { ...CONFIG, external_links: { enabled: false } }), page);
    assert.equal(withExternalLinkAttributes(page, { url: CONFIG.url }), page);
  });
});

describe('startTags', () => {
  it('gives each start tag once with where it is, skipping end tags, doctypes and processing instructions', () => {
    const html = '<!doctype html><?xml x?><P class=a>x</P><br/><![CDATA[<i>]]><b id="1" id="2">';
    assert.deepEqual(
      [...startTags(html)].map(({ name, start, end, selfClosing, attributes }) => ({
        name,
        text: html.slice(start, end),
        selfClosing,
        attributes: Object.fromEntries([...attributes].map(([key, { value }]) => [key, value])),
      })),
      [
        { name: 'p', text: '<P class=a>', selfClosing: false, attributes: { class: 'a' } },
        { name: 'br', text: '<br/>', selfClosing: true, attributes: {} },
        { name: 'b', text: '<b id="1" id="2">', selfClosing: false, attributes: { id: '1' } },
      ],
    );
  });
});
