// jekyll-link-attributes finds links with Nokogiri (libxml2's HTML parser): ours must find the same ones, in the
// constructs a page of a Jekyll site holds.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { decodeHTMLAttribute } from 'entities';
import { describe, it } from 'node:test';
import { withExternalLinkAttributes } from '../../server/src/render/site/linkAttributes';

const CONFIG = { plugins: ['jekyll-link-attributes'], url: 'https://hahngt.github.io' };
const MARK = 'rel="external nofollow noopener" target="_blank"';

/** What the plugin (test/jekyll/lib/jekyll-link-attributes.rb) marks in a page: its http(s) links off the site. */
const NOKOGIRI = `
require 'nokogiri'
require 'json'
pages = JSON.parse($stdin.read)
puts JSON.generate(pages.map { |page|
  Nokogiri::HTML(page).css('a').map { |link| link['href'] }
    .select { |url| url =~ %r{^https?://} && !url.start_with?('${CONFIG.url}') }
})`;

const PAGES = [
  `<script>document.write('<a href="https://in-script.org">')</script><a href="https://after-script.org">x</a>`,
  `<script type="module">if (a < b) {}</script ><a href="https://after-spaced-end.org">x</a>`,
  `<style>a::after { content: '<a href="https://in-style.org">' }</STYLE><a href="https://after-style.org">x</a>`,
  `<!-- <a href="https://in-comment.org"> --><a href="https://after-comment.org">x</a>`,
  `<!-- -- --!><a href="https://after-bang-comment.org">x</a>`,
  `<noscript><a href="https://in-noscript.org">x</a></noscript>`,
  `<textarea><a href="https://in-textarea.org">x</a></textarea>`,
  `<html><head><title><a href="https://in-title.org">x</a></title></head><body></body></html>`,
  `<iframe><a href="https://in-iframe.org">x</a></iframe>`,
  `<svg><a href="https://svg-link.org">x</a><style><a href="https://in-svg-style.org"></style></svg>`,
  `<select><a href="https://in-select.org">x</a></select>`,
  `<template><a href="https://in-template.org">x</a></template>`,
  `<p><a href="https://reopened.org">a</p><p>b</a></p>`,
  `<a href="https://outer.org"><a href="https://inner.org">b</a></a>`,
  `<table><a href="https://in-table.org">x</a><tr><td>1</td></tr></table>`,
  `<!DOCTYPE html><a HREF="https://upper.org">x</a><a href="https://first.org" href="https://second.org">x</a>`,
  `<img alt="<a href='https://in-alt.org'>" title='a > b'><a title="x>y" href="https://after-quoted.org">x</a>`,
  `<a href="&#x68;ttps://reference.org">x</a><a href="https://q.org/?a=1&amp;b=2">x</a><a href=https://unquoted.org>x</a>`,
  `<a href="https://hahngt.github.io/cv/">own</a><a href="/blog/">relative</a><a href="mailto:a@b.org">mail</a>`,
  `<div><a href="https://a.org/1">1</a>\n<a href="https://a.org/1">again</a></div>`,
];

/** The hrefs our render marks in each page, decoded. */
function ours(page: string): string[] {
  return withExternalLinkAttributes(page, CONFIG)
    .split(` ${MARK}`)
    .slice(0, -1)
    .map((before) => {
      const tag = before.slice(before.toLowerCase().lastIndexOf('<a'));
      return decodeHTMLAttribute(/href\s*=\s*(["']?)(.*?)\1(?=[\s>]|$)/i.exec(tag)![2]);
    });
}

describe('external links against Nokogiri', () => {
  it('marks the links jekyll-link-attributes marks, once each', () => {
    const nokogiri = spawnSync('ruby', ['-e', NOKOGIRI], { input: JSON.stringify(PAGES), encoding: 'utf8' });
    assert.equal(nokogiri.status, 0, nokogiri.stderr);
    const expected = JSON.parse(nokogiri.stdout) as string[][];
    assert.deepEqual(
      PAGES.map((page) => ({ page, links: ours(page) })),
      PAGES.map((page, i) => ({ page, links: expected[i] })),
    );
  });
});
