import { join } from 'node:path'

/** What we use of electron-log (its main-process logger, or its Node logger in tests). */
export interface FileLogger {
  transports: {
    file: { resolvePathFn: (...args: never[]) => string; maxSize: number; level: unknown }
    console: { level: unknown }
  }
  functions: Record<'error' | 'warn' | 'info' | 'log' | 'debug', (...values: unknown[]) => void>
  errorHandler: { startCatching(options?: { showDialog?: boolean }): void }
}

/** A log file grows to this size, then moves to `main.old.log` and a new one starts. */
export const LOG_FILE_BYTES = 1024 * 1024

/**
 * Sends the main process's console and its uncaught errors to `main.log` in the app's log
 * folder (the one Help › Open the Log Folder shows), rotated at LOG_FILE_BYTES. Returns the
 * log file's path.
 */
export function startFileLog(log: FileLogger, logsFolder: string): string {
  const file = join(logsFolder, 'main.log')
  log.transports.file.resolvePathFn = () => file
  log.transports.file.maxSize = LOG_FILE_BYTES
  log.transports.file.level = 'info'
  Object.assign(console, log.functions)
  log.errorHandler.startCatching({ showDialog: false })
  return file
}
