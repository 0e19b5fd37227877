import { Command, CommanderError } from 'commander'
import { isUserError } from '../../shared/errors'
import { appPackage } from '../app-root'
import { COMMAND_LIST, namedCommand } from './command-list'
import { addGlobalOptions } from './commands/global-options'
import { machineFault } from '../machine-faults'
import { UsageError } from './usage-error'
import { absorbRepeatedInterrupts } from './interrupts'

/** Exit codes of CONTRACTS.md section 3. */
const EXIT_USER_ERROR = 1
const EXIT_BAD_USAGE = 2
const EXIT_INTERRUPTED = 130

/**
 * The `backprop-lab` program: with the command named in `argv` in full (its module loaded), or,
 * for the overall help, the version and an unknown command, every command as a summary line
 * from COMMAND_LIST, without loading any command's module (so `--help` answers at once).
 */
export async function createProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('backprop-lab')
    .description('Backprop Lab: design, train, inspect and export feed-forward neural networks')
    .version(appPackage().version, '-V, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
  const name = namedCommand(argv)
  if (name) (await COMMAND_LIST[name].load())(program)
  else
    for (const [other, entry] of Object.entries(COMMAND_LIST)) {
      const command = addGlobalOptions(program.command(other).description(entry.summary))
      if (entry.arguments) command.arguments(entry.arguments)
    }
  for (const command of program.commands) command.exitOverride()
  return program
}

/**
 * Runs the CLI and exits: 0 on success, 1 on a user error (one line on stderr, no stack trace),
 * 2 on bad usage, 130 when an import was cancelled with Ctrl-C.
 */
export async function main(argv: readonly string[]): Promise<void> {
  try {
    await (await createProgram(argv)).parseAsync(argv as string[], { from: 'user' })
  } catch (error) {
    process.exitCode = exitCodeFor(error)
  }
}

function exitCodeFor(caught: unknown): number {
  const error = machineFault(caught) ?? caught
  if (error instanceof CommanderError) {
    // Help and version are "errors" to commander but successes to the user.
    return error.exitCode === 0 ||
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.help'
      ? 0
      : EXIT_BAD_USAGE
  }
  if (error instanceof UsageError) {
    process.stderr.write(`error: ${error.message}\n(run with --help for usage)\n`)
    return EXIT_BAD_USAGE
  }
  if (isUserError(error)) {
    process.stderr.write(`error: ${error.message}\n`)
    return EXIT_USER_ERROR
  }
  if (error instanceof Error && error.name === 'AbortError') {
    process.stderr.write('cancelled; nothing was imported\n')
    return EXIT_INTERRUPTED
  }
  process.stderr.write(
    `internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  )
  return 70
}

// A closed pipe (`backprop-lab runs | head`) ends the output quietly, as in other Unix tools.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

absorbRepeatedInterrupts()
await main(process.argv.slice(2))
