import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO } from './helpers';

const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));

/**
 * The bundles the extension runs: the client, the language server, the server's workers, its renderer, the preview's
 * script and stylesheet, its formula typesetter, and the client and language server of the web worker extension host
 * (github.dev, vscode.dev).
 */
const BUNDLES = [
  'dist/client.js',
  'dist/server.js',
  'dist/jobWorker.js',
  'dist/previewWorker.js',
  'dist/render.js',
  'dist/sass.js',
  'dist/preview.js',
  'dist/preview.css',
  'dist/math.js',
  'dist/math.css',
  'dist/web/client.js',
  'dist/web/server.js',
];
const DOCUMENTS = ['README.md', 'CHANGELOG.md', 'LICENSE'];

function filesUnder(folder: string): string[] {
  const path = join(REPO, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(REPO.length + 1));
}

/** The files `vsce package` would put in the .vsix (offline: `vsce ls` neither builds nor downloads). */
function shippedFiles(): string[] {
  const output = execFileSync(join(REPO, 'node_modules/.bin/vsce'), ['ls', '--no-dependencies'], {
    cwd: REPO,
    encoding: 'utf8',
  });
  return output.split('\n').filter(Boolean).sort();
}

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(join(REPO, file));
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', `${file} is a PNG`);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the marketplace package', () => {
  it('ships exactly what runs: the bundles, snippets, syntaxes, icon, manifest, translations and documents', () => {
    for (const bundle of BUNDLES)
      assert.ok(existsSync(join(REPO, bundle)), `${bundle} is missing: run npm run build first`);
    const nlsFiles = readdirSync(REPO).filter((file) => /^package\.nls(\.[\w-]+)?\.json$/.test(file));
    const expected = [
      'package.json',
      manifest.icon,
      ...BUNDLES,
      ...DOCUMENTS,
      ...nlsFiles,
      ...filesUnder('dist/math-fonts').filter((file) => file.endsWith('.woff2')),
      ...filesUnder('snippets'),
      ...filesUnder('syntaxes'),
      ...filesUnder('l10n'),
    ].sort();
    assert.deepEqual(shippedFiles(), expected);
  });

  it('has what the marketplace page shows: name, description, publisher, a 128×128 icon, banner, categories, keywords, repository, license', () => {
    for (const field of ['displayName', 'description', 'publisher', 'license']) assert.ok(manifest[field], field);
    assert.deepEqual(pngSize(manifest.icon), { width: 128, height: 128 });
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
    assert.deepEqual(manifest.categories, ['Linters', 'Snippets']);
    assert.ok(
      manifest.keywords.length >= 5 && manifest.keywords.length <= 30,
      'the marketplace takes up to 30 keywords',
    );
    assert.match(manifest.repository.url, /^https:\/\//);
    for (const document of DOCUMENTS) assert.ok(existsSync(join(REPO, document)), document);
  });

  it('activates for markdown, in a blog (a workspace with posts), whose Problems panel lists every post, and to restore its preview: nothing runs at start-up for other users', () => {
    assert.deepEqual(manifest.activationEvents, [
      'onLanguage:markdown',
      'workspaceContains:**/_posts/*.md',
      'onWebviewPanel:paperDigest.preview',
    ]);
  });

  it('documents every setting with markdownDescription and declares untrusted and virtual workspace support', () => {
    for (const [key, setting] of Object.entries<Record<string, unknown>>(
      manifest.contributes.configuration.properties,
    )) {
      assert.ok(setting.markdownDescription, `${key} has a markdownDescription`);
      assert.equal(setting.description, undefined, `${key}: markdownDescription only`);
    }
    const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities;
    assert.ok(['limited', true, false].includes(untrustedWorkspaces.supported));
    if (untrustedWorkspaces.supported === 'limited') assert.ok(untrustedWorkspaces.description);
    // The server reads a virtual workspace (github.dev's) through the client's vscode.workspace.fs.
    assert.equal(virtualWorkspaces.supported, true);
  });
});
