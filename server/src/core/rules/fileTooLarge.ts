import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';
import { frontMatter, paperEntry } from './examples';

export const fileTooLarge: Rule = {
  id: 'file-too-large',
  severity: 'information',
  description:
    'The post is too long to check as you type (over `paperDigest.maxFileSize` characters); only its front matter is checked.',
  descriptionKo:
    '글이 너무 길어(`paperDigest.maxFileSize`자 초과) 입력하는 동안 검사할 수 없어, 프런트 매터만 검사합니다.',
  examples: {
    valid: [{ text: frontMatter() + paperEntry() }],
    invalid: [{ text: frontMatter() + paperEntry(), maxFileSize: 1000 }],
  },
  check({ model }) {
    if (!model.oversized) return [];
    return [
      {
        span: { start: 0, end: 0 },
        message: l10n.t(
          'This post has {0} characters, more than paperDigest.maxFileSize: only its front matter is checked.',
          model.text.length.toLocaleString('en-US'),
        ),
      },
    ];
  },
};
