/**
 * A run's training clock: whether it is paused now (so every process sees a pause), and its
 * training time so far with pauses and the gaps before a continue left out (NULL for runs stored
 * before: their time is from start to end).
 */
export const runClock = `
ALTER TABLE runs ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN active_seconds REAL;
`
