import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CompletionTriggerKind,
  InsertTextFormat,
  type CompletionParams,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validateDigest } from '../../../server/src/core/validate';
import { isTriggeredByConstruct, provideCompletions } from '../../../server/src/lsp/features/completion';
import { WorkspaceIndex } from '../../../server/src/workspace/workspaceIndex';
import { post } from '../../helpers';
import { fillSnippet, koreanFill } from '../../snippetFill';
import { indexOf, openDigest, POST_URI, postUri } from './openDigest';

const paramsAt = (text: string, offset: number, triggerCharacter?: string): CompletionParams => ({
  textDocument: { uri: POST_URI },
  position: TextDocument.create(POST_URI, 'markdown', 1, text).positionAt(offset),
  context: triggerCharacter
    ? { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter }
    : { triggerKind: CompletionTriggerKind.Invoked },
});

function complete(
  text: string,
  offset: number,
  options: { trigger?: string; index?: WorkspaceIndex; snippetSupport?: boolean } = {},
) {
  const digest = openDigest(text);
  const params = paramsAt(text, offset, options.trigger);
  if (!isTriggeredByConstruct(digest.document, params)) return [];
  return provideCompletions(digest, params, {
    index: options.index ?? new WorkspaceIndex(),
    snippetSupport: options.snippetSupport ?? true,
  }).items;
}

describe('completion', () => {
  it('completes `paper` with the next number as a snippet, and the post is valid once it is filled', () => {
    const text = `${post()}\npa`;
    const items = complete(text, text.length);
    assert.deepEqual(
      items.map((item) => [item.label, item.insertTextFormat]),
      [['paper', InsertTextFormat.Snippet]],
    );
    const edit = items[0].textEdit as TextEdit;
    assert.match(edit.newText, /^# 4\. \[\$\{1:Title\}\]\(https:\/\/arxiv\.org\/abs\/\$\{2:ID\}\)/);
    const filled = TextDocument.applyEdits(TextDocument.create(POST_URI, 'markdown', 1, text), [
      { range: edit.range, newText: fillSnippet(edit.newText, koreanFill) },
    ]);
    assert.deepEqual(
      validateDigest(filled, { fileName: '2025-10-31-daily-papers.md' }).diagnostics.map((d) => d.ruleId),
      [],
    );
  });

  it('inserts plain text for clients without snippets', () => {
    const text = `${post()}\npa`;
    const [item] = complete(text, text.length, { snippetSupport: false });
    assert.equal(item.insertTextFormat, InsertTextFormat.PlainText);
    assert.doesNotMatch((item.textEdit as TextEdit).newText, /\$\{/);
  });

  it('completes missing sections after `#` at the start of a line, and ignores `#` typed in prose', () => {
    const text = post([
      {
        sections: [
          ['Introduction', '- Goal: 목표.\n- Motivation: 동기.\n- Contribution: 기여.'],
          ['Method', '방법.'],
        ],
      },
    ]);
    const withHash = `${text}\n#`;
    assert.deepEqual(
      complete(withHash, withHash.length, { trigger: '#' }).map((item) => item.label),
      ['## Results', '## Limitations', '## Conclusion', 'paper'],
    );
    const inProse = text.replace('방법.', '방법 #');
    assert.deepEqual(complete(inProse, inProse.indexOf('방법 #') + 4, { trigger: '#' }), []);
  });

  it("completes tags the workspace's other posts use, most used first, and not in prose", () => {
    const index = indexOf([
      [postUri('2025-09-01-daily-papers-20250901.md'), post([{}], { tags: '[papers, arxiv, ai]' })],
      [postUri('2025-09-02-daily-papers-20250902.md'), post([{}], { tags: '[papers, hugginface]' })],
      [postUri('2025-09-03-daily-papers-20250903.md'), post([{}], { tags: '[papers, hugginface]' })],
    ]);
    const text = post([{}], { tags: '[papers, ]' });
    const items = complete(text, text.indexOf('papers, ') + 8, { trigger: ' ', index });
    assert.deepEqual(
      items.map((item) => [item.label, item.detail]),
      [
        ['hugginface', 'tags: used in 2 posts'],
        ['ai', 'tags: used in 1 post'],
        ['arxiv', 'tags: used in 1 post'],
      ],
    );
    assert.equal(complete(text, text.indexOf('papers, ') + 7, { trigger: ',', index }).length, 3);
    const inProse = `${text}\n본 연구는 A, B`;
    assert.deepEqual(complete(inProse, inProse.length - 2, { trigger: ',', index }), []);
    assert.deepEqual(complete(inProse, inProse.length - 1, { trigger: ' ', index }), []);
  });
});
