// The example workflows (examples/.github/workflows) wire Paper Digest into the blog's own: the generator's run checks
// the day's post before its bot commits it, and the deploy runs only after a generator run that succeeded and once the
// posts pass the check. Their steps are run here as the runner would run them, the Action locally (actionRunner.ts),
// on a copy of the test blog.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { committedBlogCopy, NEW_POST, runAction, runStep } from './actionRunner';
import { post, REPO } from './helpers';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  name: string;
  on: Record<string, { workflows?: string[]; types?: string[] } | null>;
  jobs: Record<string, { if?: string; needs?: string | string[]; steps: Step[] }>;
}

const WORKFLOWS = join(REPO, 'examples/.github/workflows');
const daily = parse(readFileSync(join(WORKFLOWS, 'daily-papers.yaml'), 'utf8')) as Workflow;
const deploy = parse(readFileSync(join(WORKFLOWS, 'deploy.yml'), 'utf8')) as Workflow;
const isPaperDigest = (step: Step) => !!step.uses?.startsWith('paper-digest/paper-digest@');

/** A post of the day as a language model wrote it about prompt templates. */
const dayPost = (method: string) =>
  post(
    [
      { number: 1 },
      {
        number: 2,
        sections: [
          ['Introduction', '- Goal: 템플릿을 비교한다.'],
          ['Method', method],
        ],
      },
    ],
    { date: '2025-12-27 08:15:00', title: '"Daily Papers — 2025-12-27"' },
  );

/**
 * A GitHub Actions expression of contexts, string literals, `==`, `!=`, `&&` and `||` (what the examples' `if:` use),
 * evaluated as GitHub does.
 */
function evaluateIf(expression: string, contexts: Record<string, unknown>): boolean {
  const value = (operand: string): unknown =>
    /^'.*'$/.test(operand)
      ? operand.slice(1, -1)
      : operand
          .split('.')
          .reduce<unknown>((object, key) => (object as Record<string, unknown> | undefined)?.[key], contexts);
  const comparison = (text: string): boolean => {
    const [left, operator, right] = text.trim().split(/\s+(==|!=)\s+/);
    if (!operator) return !!value(left.trim());
    return (value(left.trim()) === value(right.trim())) === (operator === '==');
  };
  return expression.split('||').some((either) => either.split('&&').every(comparison));
}

/** The daily job's steps from the Find step on, as they run on the day's post in `workspace`. */
function runDailyCheck(workspace: string): { code: number | null; output: string } {
  const steps = daily.jobs['build-and-deploy'].steps;
  const find = steps.find((step) => step.id === 'new-post')!;
  const { files } = runStep(find.run!, workspace);
  const check = steps.find(isPaperDigest)!;
  const inputs = Object.fromEntries(
    Object.entries(check.with!).map(([name, input]) => [
      name,
      String(input).replace('${{ steps.new-post.outputs.files }}', files),
    ]),
  );
  return runAction(workspace, inputs);
}

describe('the example workflows', () => {
  it("check the day's post after the generator writes it and before the bot commits it", () => {
    const names = daily.jobs['build-and-deploy'].steps.map((step) =>
      isPaperDigest(step) ? 'paper-digest' : (step.name ?? step.id),
    );
    const at = (name: string) => names.indexOf(name);
    assert.ok(at('Generate daily post') < at('Find the new post'));
    assert.ok(at('Find the new post') < at('paper-digest'));
    assert.ok(at('paper-digest') < at('Commit & push generated posts and seen db'));
  });

  it("keep the Liquid a model wrote as text, so that the day's post is committed and publishes as written", () => {
    const { workspace } = committedBlogCopy();
    writeFileSync(join(workspace, NEW_POST), dayPost('프롬프트의 {{ user_input 자리와 {% endif %} 를 쓴다.'));
    const { code, output } = runDailyCheck(workspace);
    assert.equal(code, 0, output);
    assert.match(
      readFileSync(join(workspace, NEW_POST), 'utf8'),
      /프롬프트의 \{% raw %\}\{\{\{% endraw %\} user_input 자리와 \{% raw %\}\{% endif %\}\{% endraw %\} 를 쓴다\./,
    );
  });

  it('fail the job before the commit on a post Jekyll cannot build and no fix mends', () => {
    const { workspace } = committedBlogCopy();
    const broken = '_posts/2025-13-27-daily-papers-20251227.md';
    writeFileSync(join(workspace, broken), dayPost('오늘의 방법.').replace(/^date: .*\n/m, ''));
    const { code, output } = runDailyCheck(workspace);
    assert.equal(code, 1, output);
    assert.match(output, /^::error file=_posts\/2025-13-27-daily-papers-20251227\.md,.*title=post-file-name::/m);
  });

  it("deploy after the generator's run completes, only when it succeeded, and only once the posts pass the check", () => {
    assert.deepEqual(deploy.on.workflow_run, { workflows: [daily.name], types: ['completed'] });
    const condition = deploy.jobs.check.if!;
    const event = (event_name: string, conclusion?: string) => ({
      github: { event_name, event: { workflow_run: conclusion && { conclusion } } },
    });
    assert.equal(evaluateIf(condition, event('workflow_run', 'success')), true);
    assert.equal(evaluateIf(condition, event('workflow_run', 'failure')), false);
    assert.equal(evaluateIf(condition, event('workflow_run', 'cancelled')), false);
    assert.equal(evaluateIf(condition, event('push')), true);
    assert.equal(deploy.jobs.build.needs, 'check');
    assert.equal(deploy.jobs.deploy.needs, 'build');

    const check = deploy.jobs.check.steps.find(isPaperDigest)!;
    const { workspace } = committedBlogCopy();
    const inputs = { files: String(check.with!.files) };
    assert.equal(runAction(workspace, inputs).code, 0);
    writeFileSync(join(workspace, NEW_POST), dayPost('{% include figure.html path="a.png" %}'));
    const failing = runAction(workspace, inputs);
    assert.equal(failing.code, 1, failing.output);
    assert.match(failing.output, /title=liquid-include::/);
  });
});
