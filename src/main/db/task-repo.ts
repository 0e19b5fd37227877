import type { Task } from '../../shared/model/task'
import { nextId, type SqliteConnection } from './connection'

interface TaskRow {
  id: string
  experiment_id: string
  dataset_id: string | null
  config: string
  locked: string
  text: string
  target: string | null
}

/** Reads and writes `tasks`: a teacher's task on an experiment opened from a pack. */
export class TaskRepo {
  constructor(private readonly database: SqliteConnection) {}

  /** Stores a task under a fresh id (`t1`, `t2`, …). */
  insert(task: Omit<Task, 'taskId'>): Task {
    const id = nextId(this.database, 't')
    this.database
      .prepare(
        `INSERT INTO tasks (id, experiment_id, dataset_id, config, locked, text, target, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        id,
        task.experimentId,
        task.datasetId,
        JSON.stringify(task.config),
        JSON.stringify(task.locked),
        JSON.stringify(task.text),
        task.target ? JSON.stringify(task.target) : null,
        new Date().toISOString()
      )
    return { taskId: id, ...task }
  }

  /** The task of an experiment, if it has one. */
  forExperiment(experimentId: string): Task | undefined {
    const row = this.database
      .prepare('SELECT * FROM tasks WHERE experiment_id = ?')
      .get(experimentId) as TaskRow | undefined
    return row && toTask(row)
  }

  list(): Task[] {
    return (this.database.prepare('SELECT * FROM tasks ORDER BY rowid').all() as TaskRow[]).map(
      toTask
    )
  }
}

function toTask(row: TaskRow): Task {
  return {
    taskId: row.id,
    experimentId: row.experiment_id,
    datasetId: row.dataset_id,
    config: JSON.parse(row.config),
    locked: JSON.parse(row.locked),
    text: JSON.parse(row.text),
    target: row.target ? JSON.parse(row.target) : null
  }
}
