import { compareCodeBlocks, languageShares } from '../test/render/codeBlockFidelity';
const site = process.argv[2];
compareCodeBlocks(site).then((c) => {
  for (const b of c) if (!b.equal) console.log(b.post, b.language, '\n  ' + b.difference.slice(0, 12).join('\n  '));
  console.log(languageShares(c));
});
