/**
 * The web suite really runs where github.dev runs extensions: in a web worker, without Node.js, with Paper Digest
 * loaded in that same host from its http location (not installed on the server, where the Node host would take it).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './workspace';

suite('The web worker extension host', () => {
  test('runs the tests in a web worker, without Node.js', () => {
    assert.strictEqual(typeof (globalThis as { process?: unknown }).process, 'undefined');
    assert.strictEqual(typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope, 'function');
  });

  test('has Paper Digest as a web extension of this host', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded in this host`);
    assert.strictEqual(extension.extensionUri.scheme, 'http');
    assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.UI);
  });
});
