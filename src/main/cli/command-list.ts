import type { Command } from 'commander'

/** Adds one or more commands to the program. */
export type Registration = (program: Command) => void

/** A command as `backprop-lab --help` lists it, and the module that adds it in full. */
interface CommandEntry {
  /** Its arguments, as in its usage line. */
  arguments: string
  summary: string
  load: () => Promise<Registration>
}

/**
 * Every command: one home for its summary (the command's own `.description`, and the top-level
 * help, which lists them without loading the modules) and for its module, loaded only when the
 * command runs (the ONNX and TF.js writers, the image decoder and the web server are heavy).
 */
export const COMMAND_LIST = {
  import: {
    arguments: '<PATH>',
    summary: 'import a CSV file, a folder of class subfolders of images, or an IDX images file',
    load: async () => (await import('./commands/import')).importCommand
  },
  generate: {
    arguments: '<NAME>',
    summary:
      'make a 2-D dataset: xor, circles, two-spirals, gaussians, or the regression surfaces plane and multi-gaussian',
    load: async () => (await import('./commands/generate')).generateCommand
  },
  datasets: {
    arguments: '',
    summary: 'list the datasets',
    load: async () => (await import('./commands/datasets')).datasetsCommand
  },
  train: {
    arguments: '[DATA]',
    summary:
      'train a network on a dataset (an id from `datasets`, or a CSV file, image folder or IDX file)',
    load: async () => (await import('./commands/train')).trainCommand
  },
  runs: {
    arguments: '',
    summary: 'list the training runs',
    load: async () => (await import('./commands/runs')).runsCommands
  },
  run: {
    arguments: '<ID>',
    summary: 'show one run: config, seed, data hash, metrics, status',
    load: async () => (await import('./commands/runs')).runsCommands
  },
  resume: {
    arguments: '<ID>',
    summary: 'continue an interrupted run from its last checkpoint',
    load: async () => (await import('./commands/resume')).resumeCommand
  },
  predict: {
    arguments: '<MODEL>',
    summary:
      'outputs of a model (file or run id) for raw input rows, or for every row of a file (--input-file)',
    load: async () => (await import('./commands/predict')).predictCommand
  },
  evaluate: {
    arguments: '<MODEL> <DATA>',
    summary:
      'loss, accuracy (or R² and MAE), per-class figures and the confusion matrix of a model on a labelled file or dataset',
    load: async () => (await import('./commands/evaluate')).evaluateCommand
  },
  trace: {
    arguments: '<MODEL>',
    summary:
      'one gradient-descent step on a batch, with every number (z, a, δ, gradients, updated weights)',
    load: async () => (await import('./commands/trace')).stepCommands
  },
  gradcheck: {
    arguments: '<MODEL>',
    summary: 'backprop gradients against central differences, per layer',
    load: async () => (await import('./commands/trace')).stepCommands
  },
  export: {
    arguments: '<MODEL>',
    summary:
      'write a model (file or run id) for other tools: ONNX, TensorFlow.js, PyTorch or NumPy code, or a model file',
    load: async () => (await import('./commands/export')).exportCommand
  },
  serve: {
    arguments: '',
    summary: 'open the lab in a browser (loopback only); prints its address with the access token',
    load: async () => (await import('./commands/serve')).serveCommand
  },
  pack: {
    arguments: '<RUN...>',
    summary:
      'write runs with their datasets, settings, metrics and checkpoints into one .bplab file',
    load: async () => (await import('./commands/pack')).packCommands
  },
  unpack: {
    arguments: '<FILE>',
    summary: 'bring the runs of a .bplab file into the lab (new ids; nothing is overwritten)',
    load: async () => (await import('./commands/pack')).packCommands
  }
} satisfies Record<string, CommandEntry>

export type CommandName = keyof typeof COMMAND_LIST

/** A command's one-line summary. */
export function summaryOf(name: CommandName): string {
  return COMMAND_LIST[name].summary
}

/** The command named by `argv` (`train …`, or `help train`), if it is one of ours. */
export function namedCommand(argv: readonly string[]): CommandName | null {
  const name = argv[0] === 'help' ? argv[1] : argv[0]
  return name !== undefined && Object.hasOwn(COMMAND_LIST, name) ? (name as CommandName) : null
}
