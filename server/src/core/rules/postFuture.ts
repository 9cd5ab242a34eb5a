import * as l10n from '@vscode/l10n';
import { instantOf, parseJekyllDate, rubyTimeString, writtenDate } from '../jekyll/dates';
import { readPostName } from '../jekyll/jekyllPost';
import { EXAMPLE_SITE, frontMatter, paperEntry } from './examples';
import type { Rule, RuleContext } from './rule';

const FAR_FUTURE = frontMatter({ title: '"Daily Papers — 2099-10-31"', date: '2099-10-31 08:15:00' }) + paperEntry();
/** Built at 2025-11-05 13:01 UTC (22:01 in Seoul): `time:` of `_config.yml` is the time Jekyll builds at. */
const BUILT_AT = { config: { ...EXAMPLE_SITE.config, time: '2025-11-05 13:01:00 +0000' } };
/** Tonight's post, 20:00: unquoted, a UTC time to Ruby's YAML (05:00 the next day in Seoul); quoted, Seoul's time. */
const tonight = (date: string) => frontMatter({ title: '"Daily Papers — 2025-11-05"', date }) + paperEntry();

export const postFuture: Rule = {
  id: 'post-future',
  severity: 'warning',
  readsSite: true,
  readsNow: true,
  description:
    "The post is dated after now, and the site is not built with `--future` (read from `_config.yml` and the site's workflows): Jekyll skips it until a build after that date.",
  descriptionKo:
    '포스트 날짜가 지금보다 뒤인데 사이트를 `--future`로 빌드하지 않습니다(`_config.yml`과 사이트의 워크플로에서 읽음). Jekyll은 그 날짜 뒤의 빌드까지 이 포스트를 건너뜁니다.',
  examples: {
    invalid: [
      { text: FAR_FUTURE, jekyll: 'skips' },
      { text: tonight('2025-11-05 20:00:00'), site: BUILT_AT, jekyll: 'skips' },
    ],
    valid: [
      { text: tonight('"2025-11-05 20:00:00"'), site: BUILT_AT, jekyll: 'publishes' },
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
    if (!date || instantOf(date, site.facts.timezone) <= buildTime(context)) return [];
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

/** When Jekyll builds: `time:` of `_config.yml` when it sets one (read as its plain YAML timestamp is), else now. */
function buildTime({ site, now }: RuleContext): number {
  const { config, timezone } = site!.facts;
  const time = config.time ? parseJekyllDate({ text: config.time, plain: true }, timezone) : undefined;
  return time ? instantOf(time, timezone) : (now ?? Date.now());
}

function howBuilt({ site }: RuleContext): string {
  const source = site!.facts.future.source;
  return source
    ? l10n.t('`{0}` builds the site without `--future`', source)
    : l10n.t(
        'neither `_config.yml` (`future: true`) nor a workflow of the site (`jekyll build --future`) builds it with future posts',
      );
}
