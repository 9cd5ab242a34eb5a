import { version } from '../../../package.json';
import { environmentLocale, useLanguage } from '../l10n';
import { runCheck } from './check';
import { budgetOptimization } from '../jobs/optimizationBudget';
import { messageLine } from './formats';
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

async function main(argv: string[]): Promise<number> {
  budgetOptimization();
  const [command, ...rest] = withLanguage(argv);
  const commandHelp = { check: CHECK_USAGE, render: RENDER_USAGE }[command];
  // `--` ends the options: a `--help` after it is a file name.
  const options = rest.slice(0, rest.includes('--') ? rest.indexOf('--') : undefined);
  if (commandHelp && options.some(isHelp)) {
    process.stdout.write(`${commandHelp}\n`);
    return 0;
  }
  if (command === 'check') return runCheck(rest, process.stdout, process.stderr);
  if (command === 'render') return runRender(rest, process.stdout, process.stderr);
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  process[isHelp(command) ? 'stdout' : 'stderr'].write(USAGE);
  return isHelp(command) ? 0 : 2;
}

const isHelp = (argument: string | undefined) => argument === '--help' || argument === '-h';

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
    process.stderr.write(messageLine(undefined, error instanceof Error ? error.message : String(error), 'error'));
    process.exitCode = 2;
  },
);
