import { isLabMessage, type LabMessage } from './messages'

/**
 * A message kept in a text column (a run's failure reason): a message of the table as its JSON,
 * so it can be said in either language. Only messages are written; the plain text an older
 * version stored is read back by messageFromStore.
 */
export function messageToStore(note: LabMessage): string {
  return JSON.stringify(note)
}

/** A stored message back: the table's message, or the plain text an older version stored. */
export function messageFromStore(text: string): LabMessage | string {
  // English reasons never start with `{`; a message of the table is a JSON object.
  if (!text.startsWith('{')) return text
  try {
    const parsed: unknown = JSON.parse(text)
    return isLabMessage(parsed) ? parsed : text
  } catch {
    return text
  }
}
