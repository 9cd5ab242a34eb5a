import * as l10n from '@vscode/l10n';
import { LineIndex } from '../span';
import type { Rule } from './rule';
import { frontMatter, paperEntry, SECTIONS } from './examples';

/** Paper 3's entry with its Method section caught in a language model's repetition loop. */
const LOOPING = paperEntry(
  SECTIONS.map(([name, text]) => [name, name === 'Method' ? `${text}\n\n${'> - '.repeat(150)}` : text]),
);

export const tooComplex: Rule = {
  id: 'too-complex',
  severity: 'warning',
  description:
    'Checking the post was abandoned: it took longer than `paperDigest.limits.checkTimeoutMs` or more memory than `paperDigest.limits.workerMemoryMb`, usually because a language model repeated some markup thousands of times (`> - > - …`, `*a*a…`). One diagnostic at the first line names the line where the repeated markup starts.',
  descriptionKo:
    '검사를 중단한 포스트입니다. `paperDigest.limits.checkTimeoutMs`보다 오래 걸렸거나 `paperDigest.limits.workerMemoryMb`보다 많은 메모리가 필요했으며, 대개 언어 모델이 어떤 마크업을 수천 번 반복했기 때문입니다(`> - > - …`, `*a*a…`). 첫 줄의 진단 하나가 반복된 마크업이 시작되는 줄을 알려 줍니다.',
  examples: {
    valid: [{ text: frontMatter() + LOOPING }],
    invalid: [{ text: frontMatter() + LOOPING, abandoned: true }],
  },
  check({ model }) {
    if (!model.tooComplex) return [];
    const markup = model.tooComplex.repeatedMarkup;
    const message = markup
      ? l10n.t(
          'This post takes too long to check; the part from line {0} looks like repeated markup.',
          new LineIndex(model.text).positionAt(markup.start).line + 1,
        )
      : l10n.t('This post takes too long to check.');
    return [{ span: { start: 0, end: 0 }, message }];
  },
};
