import * as l10n from '@vscode/l10n';
import { instantOf, parseJekyllDate, rubyTimeString, writtenDate } from '../jekyll/dates';
import { readPostName } from '../jekyll/jekyllPost';
import { frontMatter, paperEntry } from './examples';
import type { Rule, RuleContext } from './rule';

const FAR_FUTURE = frontMatter({ title: '"Daily Papers — 2099-10-31"', date: '2099-10-31 08:15:00' }) + paperEntry();

export const postFuture: Rule = {
  id: 'post-future',
  severity: 'warning',
  readsSite: true,
  description:
    "The post is dated after now, and the site is not built with `--future` (read from `_config.yml` and the site's workflows): Jekyll skips it until a build after that date.",
  descriptionKo:
    '포스트 날짜가 지금보다 뒤인데 사이트를 `--future`로 빌드하지 않습니다(`_config.yml`과 사이트의 워크플로에서 읽음). Jekyll은 그 날짜 뒤의 빌드까지 이 포스트를 건너뜁니다.',
  examples: {
    invalid: [{ text: FAR_FUTURE, jekyll: 'skips' }],
    valid: [
      { text: frontMatter() + paperEntry(), jekyll: 'publishes' },
      { text: FAR_FUTURE, site: { future: { built: true, source: '_config.yml' } }, jekyll: 'publishes' },
    ],
  },
  check(context) {
    const { model, site } = context;
    if (!site || site.facts.future.built) return [];
    const field = model.frontMatter?.fields.get('date');
    const written = writtenDate(field, readPostName(site.path, [])?.date);
    const date = parseJekyllDate(written, site.facts.timezone);
    if (!date || instantOf(date, site.facts.timezone) <= (context.now ?? Date.now())) return [];
    return [
      {
        span: field ? field.valueSpan : { start: 0, end: 0 },
        message: l10n.t(
          'The post is dated {0}, after now: Jekyll skips posts dated after the build, and {1}. It is not published before a build after that time.',
          `${rubyTimeString(date, site.facts.timezone)}${site.facts.timezone ? ` (${site.facts.timezone})` : ''}`,
          howBuilt(context),
        ),
        leavesOut: true,
      },
    ];
  },
};

function howBuilt({ site }: RuleContext): string {
  const source = site!.facts.future.source;
  return source
    ? l10n.t('`{0}` builds the site without `--future`', source)
    : l10n.t(
        'neither `_config.yml` (`future: true`) nor a workflow of the site (`jekyll build --future`) builds it with future posts',
      );
}
