// The analyzer over the built worker (dist/jobWorker.js): the same analyses as a parse in this thread, with the
// parse on worker threads under a deadline, `too-complex` for a post over it, and no work for versions that cannot help.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { summarizeModel } from '../../server/src/core/postSummary';
import { validateDigest } from '../../server/src/core/validate';
import { POST_JOBS, type PostJobs } from '../../server/src/jobs/postJobs';
import { InThreadJobs } from '../../server/src/jobs/inThread';
import type { JobRunner } from '../../server/src/jobs/jobPool';
import { WorkerPool } from '../../server/src/jobs/workerPool';
import { Analyzer, type Analysis } from '../../server/src/lsp/analysis';
import { resolveSettings } from '../../server/src/settings/settings';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { EXAMPLE, post, REPO } from '../helpers';
import { parseDigest } from '../../server/src/core/parseDigest';

const FOLDER = 'file:///blog';
const URI = `${FOLDER}/_posts/2025-10-31-daily-papers.md`;
const OTHER = `${FOLDER}/_posts/2025-11-01-daily-papers.md`;
const FILE_NAME = '2025-10-31-daily-papers.md';
const PATHOLOGICAL = `${post([{}])}\n${'> - '.repeat(10_000)}\n\n${post([{}]).split('\n').slice(5).join('\n')}`;
const DEADLINE = 1500;
const settings = resolveSettings({ limits: { checkTimeoutMs: DEADLINE } });

const pool = new WorkerPool<PostJobs>({
  script: join(REPO, 'dist/jobWorker.js'),
  size: 2,
  memoryMb: 256,
  idleMs: 10_000,
});
after(() => pool.close());

/** The pool, counting the jobs handed to it. */
function counted(jobs: JobRunner<PostJobs>): JobRunner<PostJobs> & { kinds: string[] } {
  const kinds: string[] = [];
  return {
    kinds,
    run: (kind, input, options) => (kinds.push(kind), jobs.run(kind, input, options)),
    notify: (kind, input) => jobs.notify(kind, input),
  };
}

function analyzer(jobs: JobRunner<PostJobs> = pool, index = new WorkspaceIndex()) {
  return new Analyzer(jobs, {
    folders: () => [FOLDER],
    siteOf: async () => undefined,
    elsewhere: (uri) => ({ digestedElsewhere: index.lookupFor(uri) }),
  });
}

function document(text: string, version = 1, uri = URI): TextDocument {
  return TextDocument.create(uri, 'markdown', version, text);
}

function edited(text: string, at: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at);
}

function findings(analysis: Analysis | undefined): string[] {
  return (analysis?.diagnostics ?? []).map((d) => `${d.ruleId} ${d.span.start} ${d.message}`);
}

describe('Analyzer', () => {
  it('gives the diagnostics of a parse in this thread, for a whole post and after an edit inside one entry', async () => {
    const jobs = counted(pool);
    const analyses = analyzer(jobs);
    const first = await analyses.analyze(document(EXAMPLE), settings);
    assert.equal(first?.isDigest, true);
    assert.deepEqual(findings(first), findings({ ...validateDigest(EXAMPLE, { fileName: FILE_NAME }) } as Analysis));
    const text = edited(EXAMPLE, EXAMPLE.indexOf('## Method'), '## Method\n\n');
    const second = await analyses.analyze(document(text, 2), settings);
    assert.deepEqual(second?.model, parseDigest(text));
    assert.deepEqual(findings(second), findings({ ...validateDigest(text, { fileName: FILE_NAME }) } as Analysis));
    assert.deepEqual(jobs.kinds, ['checkText', 'readEntry']);
  });

  it('reports a post over its deadline with too-complex alone, while another post is analysed meanwhile', async () => {
    const analyses = analyzer();
    await Promise.all(
      [1, 2].map((version) => analyzer().analyze(document(post(), version, `${OTHER}.${version}`), settings)),
    );
    let abandoned = false;
    const pathological = analyses.analyze(document(PATHOLOGICAL), settings).finally(() => (abandoned = true));
    const other = await analyses.analyze(document(post(), 1, OTHER), settings);
    assert.ok(other?.isDigest && !abandoned, 'the other post was analysed first');
    // Stopped at its deadline (its check would take minutes): its time on the CPU is bounded, not the wall clock's.
    const analysis = await pathological;
    const line = PATHOLOGICAL.slice(0, PATHOLOGICAL.indexOf('> - ')).split('\n').length;
    assert.deepEqual(findings(analysis), [
      `too-complex 0 This post takes too long to check; the part from line ${line} looks like repeated markup.`,
    ]);
    assert.equal(analysis?.isDigest, true);
  });

  it('checks an abandoned post again only when its repeated markup is edited', async () => {
    const jobs = counted(pool);
    const analyses = analyzer(jobs);
    await analyses.analyze(document(PATHOLOGICAL), settings);
    const markup = PATHOLOGICAL.indexOf('> - ');
    const before = edited(PATHOLOGICAL, 4, '가');
    const after_ = edited(before, before.length - 1, '나');
    assert.match(
      findings(await analyses.analyze(document(before, 2), settings))[0],
      /too-complex .* from line 3[0-9] /,
    );
    assert.match(findings(await analyses.analyze(document(after_, 3), settings))[0], /too-complex/);
    assert.deepEqual(jobs.kinds, ['checkText'], 'typing before and after the markup ran no job');
    const fixed = after_.slice(0, markup + 1) + after_.slice(markup + 1 + 4 * 10_000);
    const analysis = await analyses.analyze(document(fixed, 4), settings);
    assert.deepEqual(jobs.kinds, ['checkText', 'checkText']);
    assert.ok(!findings(analysis).some((finding) => finding.startsWith('too-complex')));
  });

  it("runs one job per post at a time, and answers a version still waiting with the newer one's analysis", async () => {
    const analyses = analyzer();
    const [first, waiting, newest] = await Promise.all(
      [PATHOLOGICAL, post([{}]), post([{}, {}])].map((text, i) => analyses.analyze(document(text, i + 1), settings)),
    );
    assert.match(findings(first)[0], /too-complex/);
    assert.equal(waiting, newest);
    assert.equal(newest?.model.papers.length, 2);
  });

  it('gives the version asked for its own analysis, though the document changed in place meanwhile or its number came again', async () => {
    const analyses = analyzer();
    const typed = document(EXAMPLE);
    const first = analyses.analyze(typed, settings);
    const broken = EXAMPLE.replace('# 2. [OmniLayout', '# 5. [OmniLayout');
    TextDocument.update(typed, [{ text: broken }], 2);
    assert.equal((await first)?.version, 1);
    assert.deepEqual(
      findings(await first),
      findings({ ...validateDigest(EXAMPLE, { fileName: FILE_NAME }) } as Analysis),
    );
    const second = await analyses.analyze(typed, settings);
    assert.equal(second?.version, 2);
    assert.deepEqual(findings(second), findings({ ...validateDigest(broken, { fileName: FILE_NAME }) } as Analysis));
    // A client that sends the number of a version again, with another text.
    TextDocument.update(typed, [{ text: EXAMPLE }], 2);
    assert.deepEqual(
      findings(await analyses.analyze(typed, settings)),
      findings({ ...validateDigest(EXAMPLE, { fileName: FILE_NAME }) } as Analysis),
    );
  });

  it('analyses in this thread where no worker is built', async () => {
    const analysis = await analyzer(new InThreadJobs(POST_JOBS)).analyze(document(EXAMPLE), settings);
    assert.deepEqual(analysis?.model, parseDigest(EXAMPLE));
  });

  it('checks references to other posts again, without a parse, when the index changes', async () => {
    const index = new WorkspaceIndex();
    const jobs = counted(pool);
    const analyses = analyzer(jobs, index);
    const text = post([{ id: '2510.26001' }], { date: '2025-11-02 08:15:00' });
    const uri = `${FOLDER}/_posts/2025-11-02-daily-papers.md`;
    assert.deepEqual(
      findings(await analyses.analyze(document(text, 1, uri), settings)).filter((f) => f.startsWith('already')),
      [],
    );
    index.set(
      URI,
      summarizeModel(parseDigest(post([{ id: '2510.26001' }], { date: '2025-10-31 08:15:00' })), FILE_NAME),
    );
    analyses.outdate(uri);
    const analysis = await analyses.analyze(document(text, 1, uri), settings);
    assert.equal(analysis?.diagnostics.filter((d) => d.ruleId === 'already-digested').length, 1);
    assert.deepEqual(jobs.kinds, ['checkText']);
  });
});
