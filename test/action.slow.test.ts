import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { ENGLISH_ENV, post, REPO } from './helpers';

interface ActionStep {
  name: string;
  shell: string;
  run: string;
  'working-directory'?: string;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as Action;
const BLOG = join(REPO, 'test/fixtures/blog');
const NEW_POST = '_posts/2025-12-27-daily-papers-20251227.md';

/** `${{ inputs.NAME }}` and `${{ github.action_path }}`, the only expressions the action may use. */
function evaluate(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expression: string) => {
    if (expression === 'github.action_path') return REPO;
    const input = /^inputs\.([\w-]+)$/.exec(expression)?.[1];
    if (input === undefined || !(input in action.inputs))
      throw new Error(`the test cannot evaluate \${{ ${expression} }}`);
    return inputs[input] ?? action.inputs[input].default ?? '';
  });
}

/**
 * Runs the composite action's steps as the runner does (`bash --noprofile --norc -eo pipefail`, the step's env and
 * working directory, GITHUB_ACTION_PATH set) in `workspace`, stopping at the first step that fails.
 */
function runAction(workspace: string, inputs: Record<string, string> = {}) {
  let output = '';
  for (const step of action.runs.steps) {
    assert.equal(step.shell, 'bash', step.name);
    const env = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([name, value]) => [name, evaluate(value, inputs)]),
    );
    const cwd = resolve(workspace, evaluate(step['working-directory'] ?? '.', inputs));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', evaluate(step.run, inputs)], {
      cwd,
      encoding: 'utf8',
      env: { ...ENGLISH_ENV, ...env, GITHUB_ACTION_PATH: REPO },
    });
    output += result.stdout + result.stderr;
    if (result.status !== 0) return { code: result.status, output };
  }
  return { code: 0, output };
}

function blogCopy(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'paper-digest-action-'));
  cpSync(BLOG, workspace, { recursive: true });
  return workspace;
}

const annotations = (output: string) => output.split('\n').filter((line) => line.startsWith('::'));

describe('the GitHub Action, run locally on the bundled blog', () => {
  it('is a composite action over the built CLI', () => {
    assert.equal(action.runs.using, 'composite');
    assert.match(action.runs.steps.at(-1)!.run, /"\$GITHUB_ACTION_PATH\/dist\/cli\.js" check/);
  });

  it('annotates every problem of the blog and passes when no error is left', () => {
    const { code, output } = runAction(blogCopy());
    assert.equal(code, 0, output);
    const lines = annotations(output);
    assert.ok(lines.length > 40, output);
    assert.ok(
      lines.some((line) =>
        /^::warning file=_posts\/2025-08-29-daily-papers-20250829\.md,line=3,col=\d+,endLine=3,endColumn=\d+,title=frontmatter-title::/.test(
          line,
        ),
      ),
    );
    assert.ok(lines.some((line) => line.startsWith('::notice ') && line.includes('title=already-digested::')));
  });

  it('fails on an error in the new post, or only annotates it when asked', () => {
    const workspace = blogCopy();
    writeFileSync(
      join(workspace, NEW_POST),
      post([{ number: 1 }, { number: 2, id: '2512.999' }], {
        date: '2025-12-27 08:15:00',
        title: '"Daily Papers — 2025-12-27"',
      }),
    );
    const failing = runAction(workspace, { files: NEW_POST });
    assert.equal(failing.code, 1);
    assert.deepEqual(
      annotations(failing.output).map((line) => line.split('::')[1].split(',')[0]),
      [`error file=${NEW_POST}`],
    );
    const annotating = runAction(workspace, { files: NEW_POST, 'fail-on-error': 'false' });
    assert.equal(annotating.code, 0);
    assert.equal(annotations(annotating.output).length, 1);
  });

  it('fixes the new post with fix: true, and annotates what is left', () => {
    const workspace = blogCopy();
    const file = join(workspace, NEW_POST);
    writeFileSync(
      file,
      post([{ number: 1 }, { number: 3, title: 'Spaced   Title' }], {
        date: '2025-12-27 08:15:00',
        title: '"Daily Papers — 2025-12-27"',
      }),
    );
    const { code, output } = runAction(workspace, { files: `${NEW_POST}\n`, fix: 'true' });
    assert.equal(code, 0, output);
    assert.match(readFileSync(file, 'utf8'), /\n# 2\. \[Spaced {3}Title\]/);
    assert.deepEqual(
      annotations(output).map((line) => /title=([a-z-]+)/.exec(line)![1]),
      ['title-spacing'],
    );
  });

  it('checks nothing when no post is named, and fails on a missing one whatever fail-on-error says', () => {
    const workspace = blogCopy();
    assert.deepEqual(runAction(workspace, { files: ' \n' }), { code: 0, output: 'Paper Digest: no posts to check.\n' });
    assert.equal(runAction(workspace, { files: '_posts/nowhere.md', 'fail-on-error': 'false' }).code, 2);
  });

  it('checks the new post of a generator run with the workflow steps the README documents', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const block = /```yaml\n([^`]*Find the new post[^`]*)```/.exec(readme)![1];
    const steps = parse(block) as { id?: string; run?: string; uses?: string; with?: Record<string, unknown> }[];
    const find = steps.find((step) => step.id === 'new-post')!;
    const check = steps.find((step) => step.uses?.startsWith('paper-digest/paper-digest@'))!;
    const workspace = blogCopy();
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=bot', '-c', 'user.email=bot@example.com', ...args], {
        cwd: workspace,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'blog');
    writeFileSync(
      join(workspace, NEW_POST),
      post([{ number: 1 }, { number: 3 }], { date: '2025-12-27 08:15:00', title: '"Daily Papers — 2025-12-27"' }),
    );
    const outputFile = join(workspace, '.github-output');
    spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', find.run!], {
      cwd: workspace,
      env: { ...ENGLISH_ENV, GITHUB_OUTPUT: outputFile },
    });
    const files = /^files=(.*)$/m.exec(readFileSync(outputFile, 'utf8'))![1];
    assert.equal(files.trim(), NEW_POST);
    const inputs = Object.fromEntries(
      Object.entries(check.with!).map(([name, value]) => [
        name,
        String(value).replace('${{ steps.new-post.outputs.files }}', files),
      ]),
    );
    const { code, output } = runAction(workspace, inputs);
    assert.equal(code, 0, output);
    assert.match(
      readFileSync(join(workspace, NEW_POST), 'utf8'),
      /\n# 2\. \[/,
      'the numbering is fixed before the commit',
    );
  });
});
