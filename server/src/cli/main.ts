import { setFlagsFromString } from 'node:v8';
import { version } from '../../../package.json';
import { environmentLocale, useLanguage } from '../l10n';
import { runCheck } from './check';
import { CHECK_USAGE } from './options';
import { RENDER_USAGE, runRender } from './render';

const USAGE = `paper-digest — check digest posts of a Jekyll blog.

${CHECK_USAGE}

${RENDER_USAGE}

Every command takes --lang LANG: the language of the messages (en, ko; default from LC_ALL, LC_MESSAGES or LANG).
paper-digest --version prints the version; paper-digest --help, this text.
`;

const LANG_OPTION = /^--lang(?:=(.*))?$/;

/** Takes `--lang LANG` (or `--lang=LANG`) out of the arguments and uses that language, else the environment's. */
function withLanguage(argv: string[]): string[] {
  const at = argv.findIndex((arg) => LANG_OPTION.test(arg));
  if (at < 0) {
    useLanguage(environmentLocale());
    return argv;
  }
  const inline = LANG_OPTION.exec(argv[at])![1];
  useLanguage(inline ?? argv[at + 1]);
  return [...argv.slice(0, at), ...argv.slice(at + (inline === undefined ? 2 : 1))];
}

/**
 * V8 hands a function to TurboFan once it has run a budget of bytecode (66 KB on Node 20). A run of the CLI lasts
 * seconds, and there the optimizing compiles cost more CPU than the code they make saves: with a budget of 1 MB,
 * `render --out` of 29 posts optimized 110 functions instead of 564 and took 0.68x the CPU; `check` of 60 posts 0.74x,
 * of 1,000 posts 0.76x. The budget counts for the functions made after it is set (the checks' bundle, every worker's).
 * Measured on V8 11 (Node 20) only: later ones, whose Maglev tier makes optimizing cheaper, keep their own budget.
 */
function budgetOptimizationForShortRuns(): void {
  if (process.versions.v8.startsWith('11.')) setFlagsFromString('--interrupt-budget=1000000');
}

async function main(argv: string[]): Promise<number> {
  budgetOptimizationForShortRuns();
  const [command, ...rest] = withLanguage(argv);
  if (command === 'check') return runCheck(rest, process.stdout, process.stderr);
  if (command === 'render') return runRender(rest, process.stdout, process.stderr);
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  process[command === '--help' || command === '-h' ? 'stdout' : 'stderr'].write(USAGE);
  return command === '--help' || command === '-h' ? 0 : 2;
}

// A reader that stops early (`check | head -1`) closes the pipe: that ends the run, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`paper-digest: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
