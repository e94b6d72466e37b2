import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The command line of one of the project's commands, read strictly: an unknown flag, a flag without its value or
 * a stray argument prints what is wrong and the usage, and exits 2.
 */
export function readCommandLine<O extends Options>(usage: string, options: O, positionals: { min?: number; max?: number } = {}) {
  const { min = 0, max = 0 } = positionals;
  let parsed;
  try {
    parsed = parseArgs({ options, allowPositionals: max > 0, strict: true });
  } catch (error) {
    // Node adds advice on `--` for commands that take arguments; the usage line below says what to type instead.
    usageError((error as Error).message.split('\n')[0].replace(/\. To specify a positional argument.*$/, ''), usage);
  }
  const count = parsed.positionals.length;
  if (count < min) usageError(min === 1 ? 'a file or folder is missing' : `${min} arguments are needed`, usage);
  if (count > max) usageError(`unexpected argument ${JSON.stringify(parsed.positionals[max])}`, usage);
  return parsed;
}

/** A wrong command line: what is wrong, then how to use the command; exit 2. */
export function usageError(message: string, usage: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

/** A problem outside the command line (a missing file, an unwritable folder): one line, exit 1, no stack trace. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * For every command: output piped into `head` ends quietly when the pipe closes (EPIPE), and an unexpected error
 * prints one line naming it instead of a stack trace (set DEBUG=1 to see the stack).
 */
export function guardCommand(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
  const report = (error: unknown) => {
    if (process.env.DEBUG) console.error(error);
    else console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  };
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
}
