import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { applyEdits } from '../server/src/core/edits';
import type { FileKind, FileSystem } from '../server/src/core/fileSystem';
import { parseDigest } from '../server/src/core/parseDigest';
import type { DigestedElsewhere, Finding, PostSite, Rule, SitePosts } from '../server/src/core/rules/rule';
import { DEFAULT_SCHEMA, type DigestSchema } from '../server/src/core/schema';
import { lineEnding } from '../server/src/core/span';

export const REPO = join(__dirname, '..');
export const EXAMPLE_PATH = join(REPO, 'examples/_posts/2025-10-31-daily-papers.md');
export const EXAMPLE = readFileSync(EXAMPLE_PATH, 'utf8');
/** The example post with 40 KB of `> - ` in its first Method section: 21.7 s to check without a deadline. */
export function pathologicalPost(date = '2025-11-01'): string {
  const method = EXAMPLE.indexOf('\n', EXAMPLE.indexOf('## Method')) + 1;
  return (EXAMPLE.slice(0, method) + '> - '.repeat(10_000) + '\n' + EXAMPLE.slice(method)).replace(/2025-10-31/g, date);
}
/** The environment for the CLI and server under test: English messages, whatever the developer's own locale. */
export const ENGLISH_ENV: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };

/** A trimmed copy of the user's Jekyll site with real posts of every format variant (see its README). */
export const TEST_BLOG = join(REPO, 'test/fixtures/blog');
/**
 * The blogs the whole-blog checks read: the test blog, and the one `PAPER_DIGEST_BLOG` names (`.ci/run` points it at
 * the user's whole blog when that is beside the clone).
 */
export const BLOGS: string[] = [
  TEST_BLOG,
  ...(process.env.PAPER_DIGEST_BLOG ? [resolve(process.env.PAPER_DIGEST_BLOG)] : []),
];

/** How a test title names a blog. */
export function blogName(blog: string): string {
  return blog === TEST_BLOG ? 'the test blog' : blog;
}

/** The posts of a blog as [file name, text], asserting that it has some. */
export function blogPosts(blog: string): [string, string][] {
  const posts = join(blog, '_posts');
  const files = readdirSync(posts)
    .filter((file) => file.endsWith('.md'))
    .sort();
  assert.ok(files.length > 0, `no posts in ${posts}`);
  return files.map((file) => [file, readFileSync(join(posts, file), 'utf8')]);
}

export interface PaperSpec {
  number?: number;
  id?: string;
  title?: string;
  alphaxiv?: string | false;
  /** Section name → content; defaults to the five sections with Korean text. */
  sections?: [string, string][];
}

const INTRODUCTION = [
  '- Goal: 본 논문은 대규모 언어 모델의 추론 효율을 높이는 방법을 제안하는 것을 목표로 한다.  ',
  '- Motivation: 기존 방법은 긴 사고 과정에서 불필요한 계산이 많아 비용이 크다.  ',
  '- Contribution: 적응형 조기 종료 기법과 새로운 벤치마크를 제안하였다.  ',
].join('\n');

export const DEFAULT_SECTIONS: [string, string][] = [
  ['Introduction', INTRODUCTION],
  ['Method', '제안 기법은 중간 표현의 신뢰도를 추정하여 추론을 조기에 종료한다.  '],
  ['Results', '다섯 개 벤치마크에서 계산량을 40% 줄이면서 정확도를 유지하였다.  '],
  ['Limitations', '매우 긴 입력에서는 신뢰도 추정이 불안정할 수 있다.  '],
  ['Conclusion', '본 연구는 효율적인 추론을 위한 실용적인 방향을 제시하였다.'],
];

export function paper(spec: PaperSpec = {}, index = 0): string {
  const number = spec.number ?? index + 1;
  const id = spec.id ?? `2510.${String(26000 + number).padStart(5, '0')}`;
  const title = spec.title ?? `Efficient Reasoning ${number}: Adaptive Early Exit for LLMs`;
  const lines = [`# ${number}. [${title}](https://arxiv.org/abs/${id})`, ''];
  if (spec.alphaxiv !== false)
    lines.push(`> [Alphaxiv](${spec.alphaxiv ?? `https://www.alphaxiv.org/ko/overview/${id}`})`, '');
  for (const [name, content] of spec.sections ?? DEFAULT_SECTIONS)
    lines.push(`## ${name}`, ...(content ? [content] : []), '');
  return lines.join('\n');
}

export function frontMatter(fields: Record<string, string> = {}): string {
  const all = {
    layout: 'post',
    title: '"Daily Papers — 2025-10-31"',
    date: '2025-10-31 08:15:00',
    tags: '[papers, hugginface]',
    categories: '[]',
    ...fields,
  };
  const lines = Object.entries(all)
    .filter(([, value]) => value !== undefined && value !== '\u0000')
    .map(([key, value]) => `${key}: ${value}`);
  return ['---', ...lines, '---', '', ''].join('\n');
}

/** A digest post in the blog's current format. */
export function post(papers: PaperSpec[] = [{}, {}, {}], fields: Record<string, string> = {}): string {
  return frontMatter(fields) + papers.map((spec, i) => paper(spec, i)).join('\n');
}

export function check(rule: Rule, text: string, options: CheckOptions = {}): Finding[] {
  const schema = options.schema ?? DEFAULT_SCHEMA;
  const model = parseDigest(text, schema);
  return rule.check({ ...options, model, schema, eol: lineEnding(text), relativePath: options.site?.path });
}

export interface CheckOptions {
  fileName?: string;
  schema?: DigestSchema;
  digestedElsewhere?: DigestedElsewhere;
  /** The post's Jekyll site, and where the post is in it. */
  site?: PostSite;
  sitePosts?: SitePosts;
  /** When the check runs (milliseconds since 1970). */
  now?: number;
}

/** The text each finding's span covers. */
export function marked(text: string, findings: Finding[]): string[] {
  return findings.map((finding) => text.slice(finding.span.start, finding.span.end));
}

/** Applies the first fix of the first finding and checks the rule is then satisfied. */
export function fixFirst(rule: Rule, text: string, options: CheckOptions & { fix?: number } = {}): string {
  const findings = check(rule, text, options);
  assert.ok(findings.length > 0, 'expected a finding to fix');
  const fix = findings[0].fixes?.[options.fix ?? 0];
  assert.ok(fix, 'expected a quick fix');
  return applyEdits(text, fix.edits);
}

/** A file system of these files (POSIX paths), their folders implied. */
export function filesOf(files: Record<string, string>): FileSystem {
  const encoder = new TextEncoder();
  const folders = new Set(
    Object.keys(files).flatMap((path) => path.split('/').map((_, i, parts) => parts.slice(0, i).join('/') || '/')),
  );
  const entries = (dir: string): [string, FileKind][] => {
    const names = new Map<string, FileKind>();
    for (const path of [...Object.keys(files), ...folders]) {
      if (path === dir || !path.startsWith(dir === '/' ? '/' : `${dir}/`)) continue;
      const [name, ...rest] = path.slice(dir === '/' ? 1 : dir.length + 1).split('/');
      names.set(name, rest.length || folders.has(path) ? 'directory' : 'file');
    }
    return [...names];
  };
  return {
    stat: async (path) =>
      path in files
        ? { kind: 'file', size: 0, mtimeMs: 0 }
        : folders.has(path)
          ? { kind: 'directory', size: 0, mtimeMs: 0 }
          : undefined,
    readFile: async (path) => (path in files ? encoder.encode(files[path]) : undefined),
    readDirectory: async (path) => (folders.has(path) ? entries(path) : []),
    realPath: async (path) => path,
  };
}
