import { openLab, type Lab } from '../lab'
import { Output } from './output'

/** Options every command takes. */
export interface GlobalOptions {
  home?: string
  json?: boolean
}

/** What a command works with: the lab's services and where to write. */
export interface CliContext {
  lab: Lab
  out: Output
}

/** Opens the lab for one command and closes it afterwards, whatever happens. */
export async function withLab<T>(
  options: GlobalOptions,
  work: (context: CliContext) => Promise<T>
): Promise<T> {
  const lab = openLab({ home: options.home })
  try {
    return await work({ lab, out: new Output(options.json ?? false) })
  } finally {
    lab.close()
  }
}
