import { Command, CommanderError } from 'commander'
import { isUserError } from '../../shared/errors'
import { datasetsCommand } from './commands/datasets'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { predictCommand } from './commands/predict'
import { resumeCommand } from './commands/resume'
import { runsCommands } from './commands/runs'
import { serveCommand } from './commands/serve'
import { stepCommands } from './commands/trace'
import { trainCommand } from './commands/train'

/** Exit codes of CONTRACTS.md section 3. */
const EXIT_USER_ERROR = 1
const EXIT_BAD_USAGE = 2
const EXIT_INTERRUPTED = 130

/** The `backprop-lab` program with every command. */
export function createProgram(): Command {
  const program = new Command('backprop-lab')
    .description('Backprop Lab: design, train, inspect and export feed-forward neural networks')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
  importCommand(program)
  datasetsCommand(program)
  trainCommand(program)
  runsCommands(program)
  resumeCommand(program)
  predictCommand(program)
  stepCommands(program)
  exportCommand(program)
  serveCommand(program)
  for (const command of program.commands) command.exitOverride()
  return program
}

/**
 * Runs the CLI and exits: 0 on success, 1 on a user error (one line on stderr, no stack trace),
 * 2 on bad usage, 130 when an import was cancelled with Ctrl-C.
 */
export async function main(argv: readonly string[]): Promise<void> {
  try {
    await createProgram().parseAsync(argv as string[], { from: 'user' })
  } catch (error) {
    process.exitCode = exitCodeFor(error)
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version are "errors" to commander but successes to the user.
    return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.help' ? 0 : EXIT_BAD_USAGE
  }
  if (isUserError(error)) {
    process.stderr.write(`error: ${error.message}\n`)
    return EXIT_USER_ERROR
  }
  if (error instanceof Error && error.name === 'AbortError') {
    process.stderr.write('cancelled; nothing was imported\n')
    return EXIT_INTERRUPTED
  }
  process.stderr.write(`internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  return 70
}

// A closed pipe (`backprop-lab runs | head`) ends the output quietly, as in other Unix tools.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

await main(process.argv.slice(2))
