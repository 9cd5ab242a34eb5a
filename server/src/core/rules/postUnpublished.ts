import * as l10n from '@vscode/l10n';
import { frontMatter, paperEntry } from './examples';
import type { Rule } from './rule';

export const postUnpublished: Rule = {
  id: 'post-unpublished',
  severity: 'information',
  description: '`published: false`: Jekyll builds the site without this post (unless it runs with `--unpublished`).',
  descriptionKo:
    '`published: false`입니다. Jekyll은 이 포스트 없이 사이트를 빌드합니다(`--unpublished`로 실행할 때만 게시).',
  examples: {
    invalid: [{ text: frontMatter({ published: 'false' }) + paperEntry(), jekyll: 'skips' }],
    valid: [
      { text: frontMatter() + paperEntry(), jekyll: 'publishes' },
      { text: frontMatter({ published: '"false"' }) + paperEntry(), jekyll: 'publishes' },
    ],
  },
  check({ model }) {
    const field = model.frontMatter?.fields.get('published');
    if (!field || field.value !== false) return [];
    const lineStart = model.text.lastIndexOf('\n', field.keySpan.start - 1) + 1;
    const lineEnd = model.text.indexOf('\n', field.valueSpan.end);
    return [
      {
        span: { start: field.keySpan.start, end: field.valueSpan.end },
        message: l10n.t(
          'The post says `published: false`: Jekyll leaves it out of the site, its page, lists and feed (unless it builds with `--unpublished`).',
        ),
        fixes: [
          {
            title: l10n.t('Publish the post: remove `published: false`'),
            edits: [{ span: { start: lineStart, end: lineEnd < 0 ? model.text.length : lineEnd + 1 }, newText: '' }],
          },
        ],
        leavesOut: true,
      },
    ];
  },
};
