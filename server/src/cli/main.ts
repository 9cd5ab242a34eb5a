import { CHECK_USAGE, runCheck } from './check';

const USAGE = `paper-digest — check digest posts of a Jekyll blog.

${CHECK_USAGE}
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'check') return runCheck(rest, process.stdout, process.stderr);
  process[command === '--help' || command === '-h' ? 'stdout' : 'stderr'].write(USAGE);
  return command === '--help' || command === '-h' ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`paper-digest: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
