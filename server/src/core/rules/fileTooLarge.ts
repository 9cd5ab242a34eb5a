import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';

export const fileTooLarge: Rule = {
  id: 'file-too-large',
  severity: 'information',
  description: 'The post is too long to check as you type (over `paperDigest.maxFileSize` characters); only its front matter is checked.',
  check({ model }) {
    if (!model.oversized) return [];
    const megabytes = (model.text.length / 1_000_000).toFixed(1);
    return [{
      span: { start: 0, end: 0 },
      message: l10n.t('This post has {0} million characters, more than paperDigest.maxFileSize: only its front matter is checked.', megabytes),
    }];
  },
};
