import type {
  TRAINING_MESSAGES,
  UnsavedStep,
  WithoutDataset
} from '@shared/message-tables/training-refusals'
import experiments from './experiments'
import network from './network'
import { list, type Translations } from './message-words'

const unsaved = (step: UnsavedStep): string =>
  step === 'run' ? '训练进度' : step === 'end' ? '训练的结束状态' : `第 ${step} 轮`

const WITHOUT_DATASET_ZH: Record<WithoutDataset, string> = {
  continue: '无法继续训练',
  branch: '无法从它继续训练',
  rows: '无法显示它的数据行',
  report: '报告无法说明它是用什么数据训练的'
}

/** `学习率（learningRate）`: a setting's name as the Experiments screen says it, with its key. */
const setting = (key: string): string => {
  const name = (experiments.config.fields as Record<string, string>)[key]
  return name ? `${name}（${key}）` : key
}

const model = (source: string | null): string => source ?? '初始模型'

/** `交叉熵（cross-entropy）`, or the name alone where Chinese says it the same way (tanh). */
const named = (chinese: string, key: string): string =>
  chinese === key ? key : `${chinese}（${key}）`

/**
 * Refused runs, networks, settings and generated datasets, and why a run failed
 * (src/shared/message-tables/training-refusals.ts), in Simplified Chinese; a code added there
 * without a translation here does not compile. Run ids, file names and values stay as they are.
 */
export const ZH_TRAINING_MESSAGES: Translations<keyof typeof TRAINING_MESSAGES> = {
  'run.notFound': (p) =>
    `没有编号为 ${p.runId} 的训练记录${p.meant ? `（是不是指 ${p.meant}？）` : ''}`,
  'run.stillRunning': (p) => `训练记录 ${p.runId} 仍在训练中`,
  'run.stillTraining': (p) => `训练记录 ${p.runId} 仍在训练中；请先停止它`,
  'run.notTraining': (p) => `训练记录 ${p.runId} 当前没有在训练`,
  'run.trainedElsewhere': (p) =>
    `训练记录 ${p.runId} 仍在由另一个进程（pid ${p.pid}）训练；请等它结束，或在那里停止它`,
  'run.completed': (p) => `训练记录 ${p.runId} 已经完成了全部 ${p.epochs} 轮`,
  'run.datasetDeleted': (p) =>
    `训练记录 ${p.runId}：它的数据集已被删除，因此${WITHOUT_DATASET_ZH[p.without]}`,
  'run.noWeights': (p) =>
    `训练记录 ${p.runId} 还没有训练好的权重${p.stopped ? '（它在第一轮结束前就停止了）' : '：第一轮还没有结束'}`,
  'run.noCheckpointAt': (p) =>
    `训练记录 ${p.runId} 没有第 ${p.epoch} 轮的检查点${p.nearest.length ? `（最近保存的是第 ${p.nearest.join(' 轮和第 ')} 轮）` : ''}`,
  'run.failed': (p) => `训练记录 ${p.runId} 失败`,
  'run.cannotWriteModel': (p) => `${p.file}：无法写入模型文件（${p.problem}）`,
  'branch.noCheckpoint': (p) => `训练记录 ${p.runId} 没有保存任何检查点，无法从中继续`,
  'branch.nothingToTrain': (p) =>
    `轮次从训练记录 ${p.runId} 的开头算起：共 ${p.epochs} 轮，在第 ${p.epoch} 轮之后已没有可训练的轮次`,
  'branch.parentDataset': (p) =>
    `${p.data}：分支使用其父训练记录的数据集（${p.datasetId ?? '已删除'}）；请不要给出 DATA`,
  'race.size': (p) => `一场赛跑需要 ${p.min} 到 ${p.max} 次训练，这里有 ${p.got} 次`,
  'race.sharedSettings': (p) =>
    `赛跑中的第 ${p.run} 次训练：赛跑只能改变${p.allowed.map(setting).join('、')}，不能改变${p.foreign.map(setting).join('、')}（各次训练共享起点和批次顺序）`,
  'network.tooManyParameters': (p) =>
    `网络 ${p.architecture} 有 ${p.parameters} 个权重和偏置，超过本实验室每个模型 ${p.bound} 个参数的上限（请减少隐藏层或缩小隐藏层，或设置 BACKPROP_LAB_MAX_MODEL_PARAMETERS）`,
  'network.softmaxUnits': (p) => `softmax 输出至少需要两个单元，但这份数据只给了它 ${p.units} 个`,
  'network.lossNeedsProbabilities': (p) =>
    `损失函数${named(network.losses[p.loss], p.loss)}需要 sigmoid 或 softmax 输出，而不是 ${named(network.activations[p.activation], p.activation)}`,
  'network.crossEntropySingleUnit': () =>
    '只有一个 sigmoid 单元时，交叉熵只奖励正类：请改用二元交叉熵（binary-cross-entropy），或对两个类别使用 softmax',
  'network.featuresNeedXY': (p) =>
    `输入特征（${list(p.features)}）由 x 和 y 计算得出：数据集 ${p.datasetId}（${p.dataset}）有 ${p.count} 个特征，而不是 2 个`,
  'network.modelInputs': (p) =>
    `${model(p.source)}：模型需要 ${p.inputs} 个输入，但数据集 ${p.datasetId}（${p.dataset}）有 ${p.features} 个特征`,
  'network.modelOutputs': (p) =>
    `${model(p.source)}：模型有 ${p.units} 个输出单元，但数据集 ${p.datasetId} 需要 ${p.expected} 个`,
  'schedule.warmupEpochs': (p) => `学习率调度：预热轮数必须是从 0 开始的整数，这里是 ${p.warmup}`,
  'schedule.warmupTooLong': (p) =>
    `学习率调度：预热（${p.warmup} 轮）必须短于整次训练（${p.epochs} 轮）`,
  'schedule.stepEpochs': (p) => `学习率调度：阶梯的间隔必须是从 1 开始的整数轮，这里是 ${p.step}`,
  'schedule.gamma': (p) => `学习率调度：衰减系数 γ 必须在 (0, 1] 之内，这里是 ${p.gamma}`,
  'schedule.cosineLowest': (p) =>
    `学习率调度：余弦调度的最低学习率必须不小于 0 且小于学习率 ${p.learningRate}，这里是 ${p.lowest}`,
  'training.earlyStoppingSplit': () =>
    '提前停止要观察验证集：请在划分中留出验证部分（例如 --split 0.8,0.2）',
  'training.patience': (p) => `提前停止的耐心轮数必须是从 1 开始的整数，这里是 ${p.patience}`,
  'training.checkpointBudget': (p) => `检查点的存储额度必须大于 0 MB，这里是 ${p.budget}`,
  'task.locked': (p) =>
    `这个任务把${setting(p.setting)}固定为 ${p.fixed}（由老师锁定），这里却是 ${p.got}`,
  'run.diverged': (p) =>
    `第 ${p.epoch} 轮第 ${p.batch} 批${p.loss === null ? '的更新使权重溢出为 Infinity 或 NaN' : `时损失变成了 ${p.loss}`}；请试试更小的学习率（模型保留为${p.epoch === 1 ? '训练前' : `第 ${p.epoch - 1} 轮结束时`}的状态）`,
  'run.diskFull': (p) =>
    `磁盘已满（${p.code}）：${unsaved(p.step)}无法保存到 ${p.database}；请释放一些空间，然后用 backprop-lab resume ${p.runId} 继续训练`,
  'run.notSaved': (p) =>
    `${unsaved(p.step)}无法保存到 ${p.database}（${p.problem}）；请用 backprop-lab resume ${p.runId} 继续训练`,
  'run.interrupted': (p) =>
    `训练它的进程（pid ${p.pid}）在训练结束前停止了；请用 backprop-lab resume ${p.runId} 继续训练`,
  'run.engineStopped': (p) => `训练引擎意外停止${p.problem ? `：${p.problem}` : ''}`,
  'run.engineCrashed': (p) => `训练引擎崩溃：${p.problem}`,
  'generate.unknown': (p) => `没有名为“${p.generator}”的生成器；请从 ${list(p.generators)} 中选择`,
  'generate.samples': (p) => `样本数应为 2 到 ${p.max} 的整数，这里是 ${p.samples}`,
  'generate.noise': (p) => `噪声应为 0 到 ${p.max} 之间的数，这里是 ${p.noise}`,
  'generate.seed': (p) => `随机种子应为 0 到 4294967295 的整数，这里是 ${p.seed}`,
  'generate.noisePercent': (p) => `--noise：应为 0 到 ${p.max} 的整数百分比，这里是 ${p.noise}`,
  'generate.points': (p) => `--points：应为 ${p.min} 到 ${p.max} 的整数，这里是 ${p.points}`
}
