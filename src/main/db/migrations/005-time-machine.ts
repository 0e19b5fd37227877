/**
 * Training through time (issue 19): a branch records the run and epoch it continued from, runs
 * raced together share an id, an early stop records why and when, and an experiment opened from
 * a teacher's pack carries its task (settings locked, a text, a target checked when a run ends).
 */
export const timeMachine = `
ALTER TABLE runs ADD COLUMN parent_run_id TEXT REFERENCES runs(id) ON DELETE SET NULL;
ALTER TABLE runs ADD COLUMN parent_epoch INTEGER;
ALTER TABLE runs ADD COLUMN race_id TEXT;
ALTER TABLE runs ADD COLUMN early_stop TEXT;    -- JSON EarlyStop or NULL
ALTER TABLE runs ADD COLUMN target_check TEXT;  -- JSON TargetCheck (a task's target, checked at the end) or NULL
CREATE INDEX runs_by_parent ON runs(parent_run_id);

CREATE TABLE tasks (
  id            TEXT PRIMARY KEY,
  experiment_id TEXT NOT NULL UNIQUE REFERENCES experiments(id) ON DELETE CASCADE,
  dataset_id    TEXT REFERENCES datasets(id) ON DELETE SET NULL,
  config        TEXT NOT NULL,  -- JSON Partial<RunConfig>: the settings the teacher gave
  locked        TEXT NOT NULL,  -- JSON string[]: the settings the learner may not change
  text          TEXT NOT NULL,  -- JSON {"en": …, "zh-CN": …}
  target        TEXT,           -- JSON TaskTarget or NULL
  created_at    TEXT NOT NULL
);
`
