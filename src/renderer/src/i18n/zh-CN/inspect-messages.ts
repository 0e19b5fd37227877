import type { INSPECT_MESSAGES, MainThreadWork } from '@shared/message-tables/inspect-refusals'
import type { Translations } from './message-words'

/** What the work is, and how to ask for less, in Chinese. */
const WORK_ZH: {
  [K in MainThreadWork['kind']]: (work: Extract<MainThreadWork, { kind: K }>) => [string, string]
} = {
  trace: (w) => [`追踪 ${w.rows} 行`, '请少追踪几行，或使用命令行'],
  gradients: (w) => [`计算 ${w.rows} 行的梯度`, '请少选几行'],
  gradientCheck: (w) => [
    `这次梯度检验（${w.parameters} 个参数、${w.layers} 层、${w.rows} 行）`,
    '请少检验几行，或使用命令行的 gradcheck'
  ],
  predict: (w) => [`预测 ${w.rows} 行`, '请一次少预测几行，或使用命令行的 predict'],
  results: (w) => [
    `用模型计算 ${w.rows} 行`,
    '请使用更小的文件，或使用命令行的 predict --input-file 和 evaluate'
  ]
}

const workWords = (work: MainThreadWork): [string, string] =>
  (WORK_ZH[work.kind] as (work: MainThreadWork) => [string, string])(work)

/**
 * Refused Inspect calls and predictions (src/shared/message-tables/inspect-refusals.ts), in
 * Simplified Chinese; a code added there without a translation here does not compile. Request
 * field names (layer, rows, inputs) stay as they are: they name what was sent.
 */
export const ZH_INSPECT_MESSAGES: Translations<keyof typeof INSPECT_MESSAGES> = {
  'inspect.inputCount': (p) => `inputs：应有 ${p.expected} 个值，实际有 ${p.got} 个`,
  'inspect.layerRange': (p) => `layer：模型的层编号是 1 到 ${p.layers}，这里是 ${p.layer}`,
  'inspect.noLayerToBreak': (p) => `模型只有 ${p.layers} 层；没有第 ${p.layer} 层可以故意弄坏`,
  'inspect.targetCount': (p) =>
    `targets：应有 ${p.expected} 行（每个输入行一行），实际有 ${p.got} 行`,
  'inspect.rowsNeedRun': () =>
    '数据集的行需要一次训练记录（runId）；对模型文件请给出 inputs 和 targets',
  'inspect.noBatchRows': () => '这次训练记录没有可组成批次的行',
  'inspect.noTrainingRows': (p) => `训练记录 ${p.runId} 没有训练集的行`,
  'inspect.noProbeRows': (p) => `训练记录 ${p.runId} 没有可用于探测的行`,
  'inspect.regression': (p) => `训练记录 ${p.runId} 是回归任务：没有混淆矩阵`,
  'inspect.classRange': (p) => `${p.field}：模型的类别编号是 0 到 ${p.last}，这里是 ${p.got}`,
  'inspect.rowRange': (p) => `${p.field}：数据集的行号是 0 到 ${p.last}，这里是 ${p.got}`,
  'inspect.rowWidth': (p) => `${p.field}[${p.index}]：应有 ${p.expected} 个值，实际有 ${p.got} 个`,
  'mainThread.tooMuch': (p) => {
    const [what, advice] = workWords(p.work)
    return `${what}大约需要 ${p.multiplyAdds} 次乘加运算，超过本实验室每次调用 ${p.bound} 次乘加运算的上限（${advice}）`
  }
}
