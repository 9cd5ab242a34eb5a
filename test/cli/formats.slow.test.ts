import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ENGLISH_ENV, EXAMPLE, post, REPO } from '../helpers';

const CLI = join(REPO, 'dist/cli.js');
const SARIF_SCHEMA = JSON.parse(readFileSync(join(REPO, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));

/** The schema's `language` pattern is not valid as a Unicode regular expression, so ajv compiles patterns without the `u` flag. */
function sarifValidator(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv;
}

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: ENGLISH_ENV });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
  relatedLocations?: SarifResult['locations'];
}

interface JsonReport {
  file: string;
  diagnostics: {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: string;
    code: string;
    message: string;
  }[];
}

describe('check output formats for CI', () => {
  let blog: string;
  /** A post whose name needs escaping in a workflow command and encoding in a URI. */
  const oddName = '_posts/2025-11-02-daily-papers,논문:v2.md';
  before(() => {
    blog = mkdtempSync(join(tmpdir(), 'paper-digest-formats-'));
    writeFileSync(join(blog, '_config.yml'), 'title: 연구 블로그\n');
    mkdirSync(join(blog, '_posts'));
    writeFileSync(join(blog, '_posts/2025-10-31-daily-papers.md'), EXAMPLE);
    writeFileSync(
      join(blog, '_posts/2025-11-01-daily-papers.md'),
      post(
        [
          { number: 1, id: '2510.26794' },
          { number: 3, id: '2511.999' },
        ],
        { date: '2025-11-01 08:15:00', title: '"Daily Papers — 2025-11-01"' },
      ),
    );
    writeFileSync(
      join(blog, oddName),
      post([{ number: 1, title: '50% Faster <think> Tokens' }], {
        date: '2025-11-02 08:15:00',
        title: '"Daily Papers — 2025-11-02"',
      }),
    );
  });

  it('--format github prints one workflow command per problem, with its place and rule', () => {
    const { code, stdout } = run(['check', '--format', 'github', '_posts'], blog);
    assert.equal(code, 1);
    const json = JSON.parse(run(['check', '--format', 'json', '_posts'], blog).stdout) as JsonReport[];
    const lines = stdout.trim().split('\n');
    assert.equal(
      lines.length,
      json.reduce((sum, report) => sum + report.diagnostics.length, 0),
    );
    for (const line of lines)
      assert.match(
        line,
        /^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::[^\n]+$/,
      );
    assert.ok(
      lines.includes(
        '::error file=_posts/2025-11-01-daily-papers.md,line=30,col=82,endLine=30,endColumn=90,title=arxiv-id::`2511.999` is not a valid arXiv id: expected `YYMM.NNNNN` (optionally `vN`) or `archive/YYMMNNN`.',
      ),
    );
    assert.ok(
      lines.some(
        (line) =>
          line.startsWith('::notice file=_posts/2025-10-31-daily-papers.md,line=10,col=7,') &&
          line.includes(',title=title-spacing::'),
      ),
    );
    assert.ok(
      lines.some(
        (line) =>
          line.startsWith('::warning file=_posts/2025-11-02-daily-papers%2C논문%3Av2.md,line=9,') &&
          line.includes('title=hidden-html::'),
      ),
    );
  });

  it('--format sarif writes a SARIF 2.1.0 log that the official schema accepts, one result per problem', () => {
    const { code, stdout } = run(['check', '--format', 'sarif', '_posts'], blog);
    assert.equal(code, 1);
    const log = JSON.parse(stdout);
    const ajv = sarifValidator();
    const validate = ajv.compile(SARIF_SCHEMA);
    assert.equal(validate(log), true, ajv.errorsText(validate.errors));
    const [run0] = log.runs;
    const json = JSON.parse(run(['check', '--format', 'json', '_posts'], blog).stdout) as JsonReport[];
    const expected = json.flatMap((report) =>
      report.diagnostics.map((d) => [report.file, d.line, d.column, d.endLine, d.endColumn, d.code, d.message]),
    );
    const results = (run0.results as SarifResult[]).map((r) => {
      const { artifactLocation, region } = r.locations[0].physicalLocation;
      return [
        decodeURIComponent(artifactLocation.uri),
        region.startLine,
        region.startColumn,
        region.endLine,
        region.endColumn,
        r.ruleId,
        r.message.text,
      ];
    });
    assert.deepEqual(results, expected);
    assert.deepEqual(
      new Set((run0.results as SarifResult[]).map((r) => r.level)),
      new Set(['error', 'warning', 'note']),
    );
    for (const result of run0.results as SarifResult[])
      assert.equal(run0.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    assert.equal(run0.originalUriBaseIds['%SRCROOT%'].uri, `file://${blog}/`);
    const repeated = (run0.results as SarifResult[]).find((r) => r.ruleId === 'already-digested')!;
    assert.equal(
      decodeURIComponent(repeated.relatedLocations![0].physicalLocation.artifactLocation.uri),
      '_posts/2025-10-31-daily-papers.md',
    );
  });

  it('the schema check can fail: a log without its version is rejected', () => {
    const ajv = sarifValidator();
    const log = JSON.parse(run(['check', '--format', 'sarif', '_posts'], blog).stdout);
    delete log.version;
    assert.equal(ajv.validate(SARIF_SCHEMA, log), false);
  });

  it('exit codes: 0 without errors, 1 with an error, 2 for a usage error or a missing path', () => {
    assert.equal(run(['check', '_posts/2025-10-31-daily-papers.md'], blog).code, 0);
    assert.equal(run(['check', '_posts'], blog).code, 1);
    assert.equal(run(['check', '--no-such-option'], blog).code, 2);
    assert.equal(run(['check', 'nowhere.md'], blog).code, 2);
  });
});
