import * as l10n from '@vscode/l10n';
import { LineIndex } from '../span';
import type { Rule } from './rule';

export const tooComplex: Rule = {
  id: 'too-complex',
  severity: 'warning',
  description: 'Checking the post was abandoned: it took longer than `paperDigest.limits.checkTimeoutMs` or more memory than `paperDigest.limits.workerMemoryMb`, usually because of markup repeated thousands of times.',
  check({ model }) {
    if (!model.tooComplex) return [];
    const markup = model.tooComplex.repeatedMarkup;
    const message = markup
      ? l10n.t('This post takes too long to check; the part from line {0} looks like repeated markup.', new LineIndex(model.text).positionAt(markup.start).line + 1)
      : l10n.t('This post takes too long to check.');
    return [{ span: { start: 0, end: 0 }, message }];
  },
};
