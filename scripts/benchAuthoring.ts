// npm run bench:authoring: what a completion and a paper move cost next to validating the same post, as ratios.
// A completion reuses the analysis the language server already has, except when the line being typed is already
// a heading (`#`): then the post is parsed again with that line blanked.
import { completionsAt } from '../server/src/core/authoring/completions';
import { movePaper } from '../server/src/core/authoring/movePaper';
import { parseDigest } from '../server/src/core/parseDigest';
import { DEFAULT_SCHEMA } from '../server/src/core/schema';
import { validateDigest } from '../server/src/core/validate';
import { generatePost } from '../test/generatedBlog';
import { measure } from './bench';

const options = { schema: DEFAULT_SCHEMA };

function main(): void {
  console.log('papers  validation    `p` typed (ratio)    `#` typed (ratio)    move paper (ratio)');
  for (const count of [3, 15, 40]) {
    const post = generatePost(count);
    const typed = `${post}\np`;
    const middle = post.indexOf(`# ${Math.ceil(count / 2)}.`);
    const hash = `${post.slice(0, middle)}#\n\n${post.slice(middle)}`;
    const validation = measure(() => validateDigest(typed, { fileName: '2025-10-31-daily-papers.md' }));
    const typedModel = parseDigest(typed);
    const hashModel = parseDigest(hash);
    const postModel = parseDigest(post);
    const onTyped = measure(() => completionsAt(typedModel, typed.length, options));
    const onHash = measure(() => completionsAt(hashModel, middle + 1, options));
    const move = measure(() => movePaper(postModel, middle + 2, 'down', DEFAULT_SCHEMA));
    const cell = (ms: number) => `${ms.toFixed(2).padStart(7)} ms (${(ms / validation).toFixed(2)}x)`;
    console.log(
      `${String(count).padStart(6)}  ${validation.toFixed(2).padStart(7)} ms  ${cell(onTyped)}  ${cell(onHash)}  ${cell(move)}`,
    );
  }
}

main();
