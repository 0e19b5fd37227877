import { Option, type Command } from 'commander'
import { UsageError } from './usage-error'

/**
 * Names other tools give to `train`'s options, each with the lab's own name (CONTRACTS.md keeps
 * ours). Commander suggests only near spellings (`--epoch` → `--epochs`); these are too far.
 */
export const TRAIN_OPTION_SYNONYMS: Readonly<Record<string, string>> = {
  '--learning-rate': '--lr',
  '--batch-size': '--batch',
  '--hidden-layers': '--hidden'
}

/**
 * Adds each synonym as a hidden option that refuses at once, naming the lab's option: bad usage
 * (exit 2), one line, whether or not a value follows it.
 */
export function addOptionSynonyms(
  command: Command,
  synonyms: Readonly<Record<string, string>>
): Command {
  for (const [flag, ours] of Object.entries(synonyms)) {
    const option = new Option(`${flag} [value]`).hideHelp()
    command.addOption(option).on(`option:${option.name()}`, () => {
      throw new UsageError(`unknown option '${flag}' (did you mean ${ours}?)`)
    })
  }
  return command
}
