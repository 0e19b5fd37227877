/** Key/value settings (the UI state restored when the lab reopens), and notes and tags on runs. */
export const settingsAndRunNotes = `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL   -- JSON
);
ALTER TABLE runs ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE runs ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';  -- JSON string[]
`
