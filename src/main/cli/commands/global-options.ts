import type { Command } from 'commander'

/** `--home DIR` and `--json`, which every command takes. */
export function addGlobalOptions(command: Command): Command {
  return command
    .option(
      '--home <dir>',
      'the lab folder with the database and dataset files (env BACKPROP_LAB_HOME)'
    )
    .option('--json', 'print JSON only on stdout (one object per line for streams)')
}
