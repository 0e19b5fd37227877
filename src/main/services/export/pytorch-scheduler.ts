import type { LearningRateSchedule } from '../../../shared/model/lr-schedule'
import { pythonFloat, pythonInt, pythonString } from './python-literals'

/**
 * train.py's learning-rate schedule: the lab's (lr-schedule.ts) from torch.optim.lr_scheduler,
 * stepped once per epoch. A warm-up of W epochs is LinearLR from 1/(W + 1) to 1 over W steps,
 * joined to the schedule by SequentialLR at epoch W; cosine anneals over the epochs after it.
 */
export function pytorchScheduler(schedule: LearningRateSchedule): {
  constants: string
  factory: string
} {
  const settings: string[] = [
    `LR_SCHEDULE = ${pythonString(schedule.kind)}  # constant, step, exponential or cosine`,
    `WARMUP_EPOCHS = ${pythonInt(schedule.warmupEpochs)}  # linear warm-up from η/(W + 1) to η`
  ]
  let main: string
  switch (schedule.kind) {
    case 'constant':
      main = 'torch.optim.lr_scheduler.LambdaLR(optimizer, lambda k: 1.0)'
      break
    case 'step':
      settings.push(
        `STEP_EPOCHS = ${pythonInt(schedule.stepEpochs)}  # η is multiplied by GAMMA every STEP_EPOCHS epochs`,
        `GAMMA = ${pythonFloat(schedule.gamma)}`
      )
      main = 'torch.optim.lr_scheduler.StepLR(optimizer, step_size=STEP_EPOCHS, gamma=GAMMA)'
      break
    case 'exponential':
      settings.push(
        `GAMMA = ${pythonFloat(schedule.gamma)}  # η is multiplied by GAMMA every epoch`
      )
      main = 'torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=GAMMA)'
      break
    case 'cosine':
      settings.push(
        `MIN_LEARNING_RATE = ${pythonFloat(schedule.minLearningRate)}  # the cosine's end`
      )
      main =
        'torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs - WARMUP_EPOCHS, eta_min=MIN_LEARNING_RATE)'
      break
  }
  return {
    constants: settings.join('\n'),
    factory: `def make_scheduler(optimizer, epochs):
    """The lab's learning-rate schedule over \`epochs\` epochs, stepped once after each epoch."""
    if WARMUP_EPOCHS > 0:
        warmup = torch.optim.lr_scheduler.LinearLR(
            optimizer, start_factor=1 / (WARMUP_EPOCHS + 1), end_factor=1.0, total_iters=WARMUP_EPOCHS
        )
    schedule = ${main}
    if WARMUP_EPOCHS == 0:
        return schedule
    warnings.filterwarnings("ignore", message=".*epoch parameter.*")  # SequentialLR's own step(0)
    return torch.optim.lr_scheduler.SequentialLR(optimizer, [warmup, schedule], milestones=[WARMUP_EPOCHS])`
  }
}
