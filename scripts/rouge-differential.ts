// Colours files with Debian's Rouge (ruby-rouge, installed with jekyll) and with our transcribed lexers, and prints
// where they differ and how many are equal: the check to run on a language's lexer after changing or adding it.
//   node --import tsx scripts/rouge-differential.ts LANGUAGE FILE...
//   find /usr/include -name '*.h' | xargs node --import tsx scripts/rouge-differential.ts c
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rougeHtml, rougeTokens } from '../server/src/render/markdown/rouge';

/** Rouge's HTML formatter over each file named after the language, as JSON: file → HTML or the error Rouge raised. */
const ROUGE = `
require 'rouge'
require 'json'
lexer = Rouge::Lexer.find(ARGV.shift) or abort('Rouge knows no such language')
puts JSON.generate(ARGV.to_h do |path|
  text = File.read(path, encoding: 'utf-8')
  next [path, nil] unless text.valid_encoding?
  [path, Rouge::Formatters::HTML.new.format(lexer.lex(text))]
rescue => error
  [path, "(Rouge raised #{error.class})"]
end)
`;

function ourHtml(text: string, language: string): string {
  const tokens = rougeTokens(text, language);
  return tokens ? rougeHtml(tokens) : '(no lexer here)';
}

function main([language, ...files]: string[]): number {
  if (!language || !files.length) {
    process.stderr.write('usage: rouge-differential.ts LANGUAGE FILE...\n');
    return 2;
  }
  const run = spawnSync('ruby', ['-e', ROUGE, language, ...files], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) {
    process.stderr.write(run.stderr || `ruby failed (${run.error?.message ?? run.status})\n`);
    return 2;
  }
  const rouge = JSON.parse(run.stdout) as Record<string, string | null>;
  let equal = 0;
  let compared = 0;
  for (const file of files) {
    const expected = rouge[file];
    if (expected === null || expected === undefined) continue;
    const ours = ourHtml(readFileSync(file, 'utf8'), language);
    compared++;
    if (ours === expected) equal++;
    else {
      let at = 0;
      while (ours[at] === expected[at]) at++;
      const around = (html: string) => JSON.stringify(html.slice(Math.max(0, at - 60), at + 60));
      console.log(`${file} differs at ${at}\n  Rouge: ${around(expected)}\n  ours:  ${around(ours)}`);
    }
  }
  console.log(`${language}: ${equal} of ${compared} files equal`);
  return equal === compared ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
