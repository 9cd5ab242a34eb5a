import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveSettings } from '../../server/src/settings/settings';
import { mergeSettings, readSettingsSection } from '../../server/src/settings/settingsFile';

describe('paperDigest settings in a VS Code settings.json', () => {
  it('reads the section out of JSON with comments and trailing commas, nesting dotted keys as VS Code does', () => {
    const { section, problems } = readSettingsSection(`{
      // 블로그 설정
      "editor.wordWrap": "on",
      "paperDigest.rules": { "intro-unlabeled": "off", },
      "paperDigest.newPost.path": "_posts/{date}-daily-papers-{compactDate}.md", /* 파일 이름 */
      "paperDigest.schema": { "sections": ["Introduction", "Method"] },
    }`);
    assert.deepEqual(problems, []);
    assert.deepEqual(section, {
      rules: { 'intro-unlabeled': 'off' },
      newPost: { path: '_posts/{date}-daily-papers-{compactDate}.md' },
      schema: { sections: ['Introduction', 'Method'] },
    });
  });

  it('keeps what parses of a broken file and says where it breaks', () => {
    const { section, problems } = readSettingsSection(
      '{\n  "paperDigest.rules": { "title-spacing": "warning" },\n  "paperDigest.files": [\n}',
    );
    assert.deepEqual(section.rules, { 'title-spacing': 'warning' });
    assert.equal(problems[0].line, 4);
    assert.equal(problems[0].column, 1);
    assert.match(problems[0].message, /ValueExpected|CloseBracketExpected/);
  });

  it('reads nothing from a file that is not an object', () => {
    assert.deepEqual(readSettingsSection('["paperDigest.files"]').section, {});
    assert.deepEqual(readSettingsSection('').section, {});
  });

  it('merges a later scope over an earlier one object by object, replacing arrays', () => {
    const merged = mergeSettings(
      { rules: { 'title-spacing': 'warning', 'intro-unlabeled': 'off' }, files: ['_posts/**/*.md'] },
      { rules: { 'title-spacing': 'off' }, files: ['notes/**/*.md'] },
    );
    assert.deepEqual(merged, { rules: { 'title-spacing': 'off', 'intro-unlabeled': 'off' }, files: ['notes/**/*.md'] });
  });

  it('resolves rule settings to known severities only, and the fix-all severity', () => {
    const settings = resolveSettings({
      rules: { 'title-spacing': 'warn', 'intro-unlabeled': 'off', 'hidden-html': 'error' },
      fixAll: { minimumSeverity: 'information' },
    });
    assert.deepEqual(settings.rules, { 'intro-unlabeled': 'off', 'hidden-html': 'error' });
    assert.equal(settings.fixMinimumSeverity, 'information');
    assert.equal(resolveSettings({ fixAll: { minimumSeverity: 'all' } }).fixMinimumSeverity, 'warning');
  });
});
