// The GitHub Action (action.yml) run locally as the runner runs a composite action, and a copy of the test blog to run
// it in: for the Action's tests and those of the example workflows that use it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ENGLISH_ENV, REPO } from './helpers';

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

export const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as Action;
const BLOG = join(REPO, 'test/fixtures/blog');
export const NEW_POST = '_posts/2025-12-27-daily-papers-20251227.md';

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
export function runAction(workspace: string, inputs: Record<string, string> = {}) {
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

/** A copy of the test blog in a temporary folder. */
export function blogCopy(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'paper-digest-action-'));
  cpSync(BLOG, workspace, { recursive: true });
  return workspace;
}

/** A copy of the test blog committed to a git repository, as a workflow checks it out. */
export function committedBlogCopy(): { workspace: string; git: (...args: string[]) => void } {
  const workspace = blogCopy();
  const git = (...args: string[]) => {
    spawnSync('git', ['-c', 'user.name=bot', '-c', 'user.email=bot@example.com', ...args], { cwd: workspace });
  };
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'blog');
  return { workspace, git };
}

/** Runs a workflow step's `run` script as the runner does, with `$GITHUB_OUTPUT`; the outputs it set. */
export function runStep(script: string, workspace: string): Record<string, string> {
  const outputFile = join(workspace, '.github-output');
  spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd: workspace,
    env: { ...ENGLISH_ENV, GITHUB_OUTPUT: outputFile },
  });
  return Object.fromEntries(
    [...readFileSync(outputFile, 'utf8').matchAll(/^([\w-]+)=(.*)$/gm)].map(([, name, value]) => [name, value]),
  );
}
