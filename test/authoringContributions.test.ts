import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_POST_TEMPLATE } from '../server/src/core/authoring/newPost';
import {
  DEFAULT_ARXIV_API_URL,
  DEFAULT_ARXIV_TIMEOUT_MS,
  resolveCommandSettings,
} from '../server/src/settings/commandSettings';
import { REPO } from './helpers';
import { localizedManifest } from './manifest';

interface Contributes {
  commands: { command: string; title: string; category: string }[];
  menus: Record<string, { command: string; when?: string }[]>;
  configuration: { properties: Record<string, { default: unknown; markdownDescription?: string }> };
}

const contributes = (localizedManifest() as { contributes: Contributes }).contributes;
const settings = contributes.configuration.properties;
/** The command ids the client registers (client/src/commands/index.ts). */
const registered = [
  ...readFileSync(join(REPO, 'client/src/commands/index.ts'), 'utf8').matchAll(/'(paperDigest\.\w+)'/g),
].map((match) => match[1]);

describe('package.json and the authoring code agree', () => {
  it("on the settings' defaults, which the settings UI shows", () => {
    assert.equal(settings['paperDigest.newPost.path'].default, '', "unset: named like the workspace's posts");
    assert.equal(settings['paperDigest.newPost.template'].default, DEFAULT_POST_TEMPLATE);
    assert.equal(settings['paperDigest.arxiv.apiUrl'].default, DEFAULT_ARXIV_API_URL);
    assert.equal(settings['paperDigest.arxiv.timeoutMs'].default, DEFAULT_ARXIV_TIMEOUT_MS);
    assert.equal(settings['paperDigest.suggestWhileTyping'].default, true);
    for (const key of ['newPost.path', 'newPost.template', 'arxiv.apiUrl', 'arxiv.timeoutMs', 'suggestWhileTyping']) {
      assert.ok(settings[`paperDigest.${key}`].markdownDescription, key);
    }
  });

  it('on the commands: every registered command is contributed in the Paper Digest category, and every menu item is a command', () => {
    assert.equal(registered.length, 5);
    const contributed = contributes.commands.filter((command) => registered.includes(command.command));
    assert.deepEqual(contributed.map((command) => command.command).sort(), [...registered].sort());
    assert.ok(contributed.every((command) => command.category === 'Paper Digest'));
    const known = new Set(contributes.commands.map((command) => command.command));
    for (const [menu, items] of Object.entries(contributes.menus)) {
      for (const item of items) assert.ok(known.has(item.command), `${menu}: ${item.command}`);
    }
  });

  it('shows the digest commands in the palette only where they work', () => {
    const palette = new Map(contributes.menus.commandPalette.map((item) => [item.command, item.when]));
    for (const id of ['addPaperFromArxiv', 'renumberPapers', 'movePaperUp', 'movePaperDown']) {
      assert.match(palette.get(`paperDigest.${id}`) ?? '', /paperDigest\.isDigest/, id);
    }
    assert.equal(palette.get('paperDigest.newDigestPost'), undefined, 'New Digest Post works from anywhere');
  });
});

describe('authoring settings', () => {
  it('fall back to the defaults when missing, empty or of the wrong type, and keep the timeout in range', () => {
    const defaults = {
      newPostPath: undefined,
      newPostTemplate: DEFAULT_POST_TEMPLATE,
      arxivApiUrl: DEFAULT_ARXIV_API_URL,
      arxivTimeoutMs: DEFAULT_ARXIV_TIMEOUT_MS,
    };
    assert.deepEqual(resolveCommandSettings({}), defaults);
    assert.deepEqual(resolveCommandSettings({ newPost: { path: ' ', template: 3 }, arxiv: 'x' }), defaults);
    assert.equal(resolveCommandSettings({ arxiv: { timeoutMs: 5 } }).arxivTimeoutMs, 1000);
    assert.equal(resolveCommandSettings({ arxiv: { timeoutMs: 1e9 } }).arxivTimeoutMs, 120_000);
    assert.equal(resolveCommandSettings({ arxiv: { timeoutMs: Number.NaN } }).arxivTimeoutMs, DEFAULT_ARXIV_TIMEOUT_MS);
    assert.equal(
      resolveCommandSettings({ newPost: { path: '_posts/{date}-daily-papers-{compactDate}.md' } }).newPostPath,
      '_posts/{date}-daily-papers-{compactDate}.md',
    );
  });
});
