/**
 * The same extension in a VS Code whose display language is Korean: command titles from package.nls.ko.json,
 * diagnostics and quick fixes from the language server in Korean, exactly what `paper-digest check --lang ko`
 * writes. Screenshots: ko-*.png.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EXAMPLE_POST } from '../editorScenario';
import { useDisplayLanguage } from './displayLanguage';
import { commandTitle, editorSession, expectedProblems, openPostWithProblems, REPO } from './session';
import { eventually } from './workbench';

const KOREAN: Record<string, string> = JSON.parse(readFileSync(join(REPO, 'l10n/bundle.l10n.ko.json'), 'utf8'));

suite('Paper Digest in a Korean VS Code', function () {
  const session = editorSession((host) => useDisplayLanguage(host, 'ko'));

  test("the Problems panel lists the post's diagnostics in Korean, as `paper-digest check --lang ko` writes them", async () => {
    const { workbench } = session;
    const expected = expectedProblems(session, 'ko');
    assert.ok(
      expected.every((problem) => /[\uac00-\ud7a3]/.test(problem.message)),
      'the CLI writes Korean with --lang ko',
    );
    await openPostWithProblems(session, expected);
    await workbench.screenshot('ko-1-problems');
  });

  test('the quick fix of a diagnostic is titled in Korean', async () => {
    const { workbench } = session;
    const [first] = expectedProblems(session, 'ko');
    const title = KOREAN['Collapse the spaces in the title'];
    await workbench.goTo(first.line, first.column);
    await workbench.page.keyboard.press('Control+Period');
    await eventually(
      'the Korean quick fix',
      () => workbench.quickFixes(),
      (titles) => titles.includes(title),
    );
    await workbench.screenshot('ko-2-quick-fix');
    await workbench.page.keyboard.press('Escape');
  });

  test('the Command Palette lists the commands in Korean', async () => {
    const { workbench } = session;
    const titles = ['paperDigest.addPaperFromArxiv', 'paperDigest.renumberPapers', 'paperDigest.newDigestPost'].map(
      (id) => commandTitle(id, 'ko'),
    );
    const listed = await workbench.paletteCommands('Paper Digest');
    assert.deepEqual(
      titles.filter((title) => !listed.includes(title)),
      [],
      `listed: ${listed.join(' | ')}`,
    );
    await workbench.screenshot('ko-3-commands');
    await workbench.page.keyboard.press('Escape');
  });

  test('the preview opens in a tab titled in Korean', async () => {
    const { workbench } = session;
    const title = KOREAN['Preview {0}'].replace('{0}', basename(EXAMPLE_POST));
    await workbench.runCommand(commandTitle('paperDigest.openPreviewToSide', 'ko'));
    await workbench.page.locator('.tab', { hasText: title }).waitFor();
    await workbench.webview().locator('h1').first().waitFor();
    await workbench.screenshot('ko-4-preview');
  });
});
