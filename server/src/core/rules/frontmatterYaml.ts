import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';

export const frontmatterYaml: Rule = {
  id: 'frontmatter-yaml',
  severity: 'error',
  description: 'The front matter is not valid YAML, so Jekyll cannot read the title, date or layout.',
  check({ model }) {
    return (model.frontMatter?.errors ?? []).map((error) => ({
      span: error.span,
      message: l10n.t('Invalid YAML in the front matter: {0}', error.value),
    }));
  },
};
