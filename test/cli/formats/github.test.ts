import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeData, escapeProperty, formatGithub } from '../../../server/src/cli/formats/github';

describe('GitHub workflow commands', () => {
  it('escape their data and properties as GitHub reads them', () => {
    assert.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('_posts/a,b:c%.md'), '_posts/a%2Cb%3Ac%25.md');
  });

  it('write one command per problem, information and hints as notices', () => {
    const place = { line: 3, column: 8, endLine: 3, endColumn: 36, fixes: [], related: [] };
    const out = formatGithub([
      {
        file: '_posts/2025-08-29-daily-papers-20250829.md',
        diagnostics: [
          {
            ...place,
            severity: 'warning',
            code: 'frontmatter-title',
            message: 'The title has a stray quote: `Daily Papers — 2025-08-29"`.',
          },
          { ...place, severity: 'hint', code: 'intro-unlabeled', message: '100% unlabeled,\nfix: add labels' },
        ],
      },
    ]);
    assert.equal(
      out,
      [
        '::warning file=_posts/2025-08-29-daily-papers-20250829.md,line=3,col=8,endLine=3,endColumn=36,title=frontmatter-title::The title has a stray quote: `Daily Papers — 2025-08-29"`.',
        '::notice file=_posts/2025-08-29-daily-papers-20250829.md,line=3,col=8,endLine=3,endColumn=36,title=intro-unlabeled::100%25 unlabeled,%0Afix: add labels',
        '',
      ].join('\n'),
    );
  });
});
