import { postLanguage } from '../postLanguage';
import type { Rule } from './rule';

export const alphaxivLanguage: Rule = {
  id: 'alphaxiv-language',
  severity: 'warning',
  description: "An alphaXiv link's language segment differs from the rest of the post.",
  check({ model, schema }) {
    const language = postLanguage(model, schema);
    return model.papers.flatMap(({ alphaxiv }) => {
      if (!alphaxiv?.id || !alphaxiv.urlSpan) return [];
      const actual = alphaxiv.language?.value ?? '';
      if (actual === language) return [];
      const name = (value: string) => (value ? `\`${value}\`` : 'no language');
      const segment = alphaxiv.language;
      return [{
        span: segment?.span ?? alphaxiv.urlSpan,
        message: `This alphaXiv link uses ${name(actual)} while the post uses ${name(language)}.`,
        fixes: segment && language ? [{ title: `Use ${language}`, edits: [{ span: segment.span, newText: language }] }] : [],
      }];
    });
  },
};
