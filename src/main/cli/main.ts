import { Command, CommanderError } from 'commander'
import { isUserError } from '../../shared/errors'
import { UsageError } from './usage-error'

/** Exit codes of CONTRACTS.md section 3. */
const EXIT_USER_ERROR = 1
const EXIT_BAD_USAGE = 2
const EXIT_INTERRUPTED = 130

/** Adds one or more commands to the program. */
type Registration = (program: Command) => void

/**
 * Each command's module, loaded only when needed: most commands then start without the modules
 * of the others (ONNX and TF.js writers, the image decoder, the web server).
 */
const COMMANDS: Record<string, () => Promise<Registration>> = {
  import: async () => (await import('./commands/import')).importCommand,
  datasets: async () => (await import('./commands/datasets')).datasetsCommand,
  train: async () => (await import('./commands/train')).trainCommand,
  runs: async () => (await import('./commands/runs')).runsCommands,
  run: async () => (await import('./commands/runs')).runsCommands,
  resume: async () => (await import('./commands/resume')).resumeCommand,
  predict: async () => (await import('./commands/predict')).predictCommand,
  trace: async () => (await import('./commands/trace')).stepCommands,
  gradcheck: async () => (await import('./commands/trace')).stepCommands,
  export: async () => (await import('./commands/export')).exportCommand,
  serve: async () => (await import('./commands/serve')).serveCommand,
  pack: async () => (await import('./commands/pack')).packCommands,
  unpack: async () => (await import('./commands/pack')).packCommands
}

/**
 * The `backprop-lab` program: with the command named first in `argv` only, or with every command
 * (for help, and to list the commands when an unknown one is given).
 */
export async function createProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('backprop-lab')
    .description('Backprop Lab: design, train, inspect and export feed-forward neural networks')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
  const named = Object.hasOwn(COMMANDS, argv[0] ?? '')
    ? [COMMANDS[argv[0]]]
    : Object.values(COMMANDS)
  const registrations = new Set(await Promise.all(named.map((load) => load())))
  for (const register of registrations) register(program)
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

function exitCodeFor(error: unknown): number {
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

await main(process.argv.slice(2))
