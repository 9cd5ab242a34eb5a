import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';

/** Elements a post may legitimately write as HTML; any other `<Name>` is a word kramdown swallows. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr b blockquote br caption cite code dd del details dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd ' +
    'li mark ol p picture pre q s samp section small source span strong sub summary sup table tbody td tfoot th thead tr u ul var video audio iframe center font'
  ).split(' '),
);

const TAG = /^<\/?([A-Za-z][A-Za-z0-9-]*)[^>]*>$/;

/** The Method of paper 1 of the blog's post of 2025-12-25. */
const STREAMO =
  '## Method\n\nStreamo는 <Silence>, <Standby>, <Response>의 세 가지 응답 상태 토큰을 도입하여 연속적 비디오 입력을 실시간으로 모니터링하며 즉각적인 텍스트 출력을 생성한다.\n';

export const hiddenHtml: Rule = {
  id: 'hidden-html',
  severity: 'warning',
  description: 'Text like `<Parallel>` is read as an HTML tag, so the published page hides it.',
  descriptionKo: '`<Parallel>` 같은 텍스트를 HTML 태그로 읽어 게시된 페이지에서 보이지 않습니다.',
  examples: {
    valid: [{ text: STREAMO.replace(/</g, '\\<') }, { text: STREAMO.replace(/<\w+>/g, '`$&`') }],
    invalid: [{ text: STREAMO }],
  },
  check({ model }) {
    return model.htmlTokens.flatMap((token) => {
      const name = TAG.exec(token.value.trim())?.[1];
      if (!name || HTML_ELEMENTS.has(name.toLowerCase())) return [];
      return [
        {
          span: token.span,
          message: l10n.t(
            '`{0}` is read as an HTML tag and will not show on the page; escape it as `\\{0}`.',
            token.value.trim(),
          ),
          fixes: [
            {
              title: l10n.t('Escape {0}', token.value.trim()),
              edits: [{ span: { start: token.span.start, end: token.span.start }, newText: '\\' }],
            },
          ],
        },
      ];
    });
  },
};
