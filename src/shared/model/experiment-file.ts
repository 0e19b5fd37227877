import type { Task } from './task'

/**
 * Sharing a whole experiment as one `.bplab` file from the app: what saving and opening one
 * answer. The file's format is main's (services/experiment-files/pack-format.ts).
 */

/** The extension of experiment files. */
export const PACK_EXTENSION = '.bplab'

/** Why a file is refused: not an experiment file, a newer format, cut short, a dataset changed. */
export const PACK_REFUSALS = ['not-a-pack', 'newer', 'damaged', 'hash-mismatch'] as const
export type PackRefusalReason = (typeof PACK_REFUSALS)[number]

/** What "Save experiment as…" wrote. */
export interface ExperimentSaved {
  /** The file's name (its folder is the user's choice, or the download). */
  fileName: string
  runs: number
  experiments: number
  datasets: number
  bytes: number
  /** Browser mode: where the host offers the file (same origin, token-checked); null in the app. */
  download: string | null
}

/** What "Open experiment…" brought in, under the lab's new ids. */
export interface ExperimentOpened {
  experiments: { experimentId: string; name: string }[]
  runs: { runId: string; name: string }[]
  datasets: { datasetId: string; name: string; reused: boolean }[]
  task: Task | null
}

/** Opening a file: what it brought, or why it was refused (the English line, and its reason). */
export type ExperimentOpening =
  | { opened: ExperimentOpened }
  | { refused: { reason: PackRefusalReason; fileName: string; message: string } }
