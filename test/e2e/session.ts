/**
 * One VS Code window per suite: the packaged .vsix installed into a fresh code-server, a copy of the
 * test blog opened, and what a UI suite asserts against (the CLI's view of the same post).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Locator } from 'playwright-core';
import { copyBlogWorkspace } from '../../scripts/test-workspace.mjs';
import { startHost, type Host } from '../../scripts/vscode-host.mjs';
import { cliDiagnostics } from '../cliReport';
import { EXAMPLE_POST, type CliDiagnostic } from '../editorScenario';
import { localizedManifest } from '../manifest';
import { eventually, Workbench, type Problem, type ProblemSeverity } from './workbench';

export const REPO = join(__dirname, '../..');
export const SCREENSHOTS = join(REPO, 'test/e2e/screenshots');
const MANIFEST = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
export const VSIX = process.env.PAPER_DIGEST_VSIX ?? join(REPO, `${MANIFEST.name}-${MANIFEST.version}.vsix`);
/** The packaged .vsix (in code-server, the Node extension host), or with PAPER_DIGEST_E2E_HOST=web the built repository in the web worker extension host. */
const EXTENSION =
  process.env.PAPER_DIGEST_E2E_HOST === 'web'
    ? { extensionDevelopmentPath: REPO, webWorker: true }
    : { vsixPath: VSIX };
const SOURCE = 'paper-digest';

/** How the Problems panel shows each severity; it does not list hints. */
const PANEL_SEVERITY: Record<CliDiagnostic['severity'], ProblemSeverity | undefined> = {
  error: 'error',
  warning: 'warning',
  information: 'info',
  hint: undefined,
};

export interface Session {
  host: Host;
  workbench: Workbench;
  workspace: ReturnType<typeof copyBlogWorkspace>;
  /** Absolute path of the example post in the workspace, and its text before the suite touched it. */
  post: string;
  original: string;
}

/**
 * Registers the suite's hooks: a window on a fresh copy of the blog before the tests (after `prepare`,
 * e.g. switching the display language), a screenshot of each failed test, everything removed after.
 */
export function editorSession(prepare?: (host: Host) => Promise<void>): Session {
  const session = {} as Session;
  suiteSetup(async function () {
    this.timeout(240_000);
    session.workspace = copyBlogWorkspace();
    session.post = join(session.workspace.folder, EXAMPLE_POST);
    session.original = readFileSync(session.post, 'utf8');
    session.host = await startHost({
      folder: session.workspace.folder,
      ...EXTENSION,
      logsDir: join(REPO, '.tmp/e2e-logs'),
    });
    await prepare?.(session.host);
    session.workbench = new Workbench(session.host.page, SCREENSHOTS);
  });
  suiteTeardown(async () => {
    await session.host?.stop();
    session.workspace?.remove();
  });
  teardown(async function () {
    if (this.currentTest?.state === 'failed' && session.workbench) {
      console.log(
        `    screenshot: ${await session.workbench.screenshot(`failed-${this.currentTest.title.slice(0, 40).replace(/\W+/g, '-')}`)}`,
      );
    }
  });
  return session;
}

/** Problems-panel rows the way the CLI's JSON says them, in `language`. */
export function expectedProblems(session: Session, language?: string): Problem[] {
  return byPosition(
    cliDiagnostics(join(REPO, 'dist/cli.js'), session.post, session.workspace.folder, language).flatMap((d) => {
      const severity = PANEL_SEVERITY[d.severity];
      return severity
        ? [
            {
              file: session.post,
              severity,
              message: d.message,
              source: SOURCE,
              code: d.code,
              line: d.line,
              column: d.column,
            },
          ]
        : [];
    }),
  );
}

/** Opens the example post from the Explorer; resolves with its editor once the Problems panel lists `expected` for it. */
export async function openPostWithProblems(session: Session, expected: Problem[]): Promise<Locator> {
  const { workbench } = session;
  const editor = await workbench.openFromExplorer(EXAMPLE_POST);
  await workbench.showProblems(EXAMPLE_POST.slice(EXAMPLE_POST.lastIndexOf('/') + 1));
  await eventually(
    "the Problems panel to list the CLI's diagnostics",
    () => problemsOfPost(session),
    (shown) => isDeepStrictEqual(shown, expected),
    60_000,
  );
  return editor;
}

/** The Problems panel's rows for the example post, in the order `expectedProblems` gives. */
export async function problemsOfPost(session: Session): Promise<Problem[]> {
  return byPosition((await session.workbench.problems()).filter((problem) => problem.file === session.post));
}

function byPosition(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

/** A command as the Command Palette lists it, `Category: Title`, from the manifest in `language`. */
export function commandTitle(id: string, language?: string): string {
  const command = (
    localizedManifest(language).contributes.commands as { command: string; title: string; category: string }[]
  ).find((c) => c.command === id);
  if (!command) throw new Error(`package.json contributes no command ${id}`);
  return `${command.category}: ${command.title}`;
}
