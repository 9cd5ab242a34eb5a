// Properties of the pure core over real-looking posts and their mutations (test/properties/arbitraries.ts).
// Bounds: 200 mutated posts per property (fix soundness: 120 posts, at most 8 fixes each), 2 inflated 5 MB posts.
// Time bound: every property runs under a 120 s hang guard; a single validation of a mutated post takes milliseconds
// (see `npm run bench`), so a hang or a super-linear blow-up shows as a timeout, never as a slow pass.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fixAll } from '../../server/src/core/edits';
import { renumberPapers } from '../../server/src/core/renumberPapers';
import { RULES } from '../../server/src/core/rules';
import { validateDigest, type DigestDiagnostic } from '../../server/src/core/validate';
import { EXAMPLE_SITE } from '../../server/src/core/rules/examples';
import { inflate, mutatedPost, realPost } from './arbitraries';
import { assertDiagnosticsOnTheirText, assertFixIsSound, assertSpanInside, NAMED_TEXT } from './findings';

const HANG_GUARD = { timeout: 120_000 };
/** In the example site, where the rules about what Jekyll does run with its includes and plugins. */
const OPTIONS = {
  fileName: '2025-10-31-daily-papers-20251031.md',
  site: { facts: EXAMPLE_SITE, path: '_posts/2025-10-31-daily-papers-20251031.md' },
};
const MAX_FIXES_PER_POST = 8;

/** Every fix offered, each with its diagnostic; evenly spread when there are more than `limit`. */
function someFixes(diagnostics: DigestDiagnostic[], limit: number) {
  const all = diagnostics.flatMap((diagnostic) => (diagnostic.fixes ?? []).map((fix) => ({ diagnostic, fix })));
  const step = Math.max(1, all.length / limit);
  return Array.from({ length: Math.min(limit, all.length) }, (_, i) => all[Math.floor(i * step)]);
}

describe('core properties over real-looking posts and their mutations', () => {
  it('has a range check for every rule', () => {
    assert.deepEqual(
      RULES.map((rule) => rule.id).filter((id) => !NAMED_TEXT[id]),
      [],
    );
  });

  it(
    'validates any mutated post without throwing; every diagnostic lies inside the text and on what it names',
    HANG_GUARD,
    () => {
      fc.assert(
        fc.property(mutatedPost, (text) => {
          const { model, diagnostics } = validateDigest(text, OPTIONS);
          assertDiagnosticsOnTheirText(text, diagnostics, model);
          for (const edit of renumberPapers(model)) assertSpanInside(text, edit.span, 'renumberPapers');
        }),
        { numRuns: 200 },
      );
    },
  );

  it('every quick fix edits only what it claims, removes its diagnostic and is idempotent', HANG_GUARD, () => {
    fc.assert(
      fc.property(mutatedPost, (text) => {
        const { diagnostics } = validateDigest(text, OPTIONS);
        for (const { diagnostic, fix } of someFixes(diagnostics, MAX_FIXES_PER_POST))
          assertFixIsSound(text, diagnostic, diagnostics, fix, OPTIONS);
      }),
      { numRuns: 120 },
    );
  });

  it('fix all leaves no fixable diagnostic, and a second fix all changes nothing', HANG_GUARD, () => {
    const everything = { ...OPTIONS, minimumSeverity: 'hint' as const };
    fc.assert(
      fc.property(mutatedPost, (text) => {
        const fixed = fixAll(text, everything);
        const fixable = validateDigest(fixed, OPTIONS).diagnostics.filter(
          ({ fixes }) => fixes?.length === 1 && !fixes[0].renameTo && fixes[0].edits.length,
        );
        assert.deepEqual(
          fixable.map((d) => `${d.ruleId}: ${d.message}`),
          [],
          JSON.stringify(fixed),
        );
        assert.equal(fixAll(fixed, everything), fixed);
      }),
      { numRuns: 200 },
    );
  });

  it('validates a post inflated to 5 MB without throwing, its diagnostics inside the text', HANG_GUARD, () => {
    fc.assert(
      fc.property(realPost, (text) => {
        const huge = inflate(text, 5 * 1024 * 1024);
        const { model, diagnostics } = validateDigest(huge, OPTIONS);
        assertDiagnosticsOnTheirText(huge, diagnostics, model);
      }),
      { numRuns: 2 },
    );
  });
});
