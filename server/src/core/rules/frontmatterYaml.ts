import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';
import { frontMatter } from './examples';

export const frontmatterYaml: Rule = {
  id: 'frontmatter-yaml',
  severity: 'error',
  description: 'The front matter is not valid YAML, so Jekyll cannot read the title, date or layout.',
  descriptionKo: '프런트 매터가 올바른 YAML이 아니어서 Jekyll이 제목, 날짜, 레이아웃을 읽을 수 없습니다.',
  examples: {
    valid: [{ text: frontMatter() }],
    invalid: [{ text: frontMatter({ title: '"Daily Papers — 2025-10-31' }) }],
  },
  check({ model }) {
    return (model.frontMatter?.errors ?? []).map((error) => ({
      span: error.span,
      message: l10n.t('Invalid YAML in the front matter: {0}', error.value),
    }));
  },
};
