import type {
  ExpectedKind,
  FieldIssue,
  MODEL_FILE_MESSAGES,
  ModelProblem,
  ShownValue
} from '@shared/message-tables/model-file-refusals'
import { overBoundZh } from './fault-messages'
import type { Translations } from './message-words'

const KIND_ZH: Record<string, string> = {
  array: '列表',
  object: '对象',
  int: '整数',
  number: '数字',
  string: '文本',
  boolean: '布尔值'
}
const kindZh = (expected: ExpectedKind): string => KIND_ZH[expected] ?? expected

const shownZh = (value: ShownValue): string => {
  switch (value.kind) {
    case 'nothing':
      return '空缺'
    case 'null':
      return 'null'
    case 'emptyList':
      return '空列表'
    case 'object':
      return '一个对象'
    case 'list':
      return `含 ${value.length} 项的列表`
    case 'json':
      return value.text
  }
}

const oneOf = (values: string[]): string =>
  values.length === 1 ? `应为 ${values[0]}` : `应为 ${values.join('、')} 之一`

const fieldIssueZh = (issue: FieldIssue): string => {
  switch (issue.kind) {
    case 'required':
      return `缺少此项（应为${kindZh(issue.expected)}）`
    case 'requiredOneOf':
      return `缺少此项（${oneOf(issue.values)}）`
    case 'type':
      return `应为${kindZh(issue.expected)}，实际是 ${shownZh(issue.got)}`
    case 'oneOf':
      return `${oneOf(issue.values)}，实际是 ${shownZh(issue.got)}`
    case 'fewEntries':
      return `至少需要 ${issue.minimum} 项，实际是 ${shownZh(issue.got)}`
    case 'manyEntries':
      return `最多 ${issue.maximum} 项，实际是 ${shownZh(issue.got)}`
    case 'tooLong':
      return `最多 ${issue.maximum} 个字符`
    case 'small':
      return `必须${issue.inclusive ? '至少为' : '大于'} ${issue.minimum}，实际是 ${shownZh(issue.got)}`
    case 'big':
      return `必须${issue.inclusive ? '至多为' : '小于'} ${issue.maximum}，实际是 ${shownZh(issue.got)}`
    case 'other':
      return issue.text
  }
}

const modelProblemZh = (p: ModelProblem): string => {
  switch (p.kind) {
    case 'field':
      return `${p.field}：${fieldIssueZh(p.issue)}`
    case 'newerFormat':
      return `formatVersion：本版本的 Backprop Lab 能读取的模型文件最高为第 ${p.known} 版，而这个文件是第 ${p.version} 版`
    case 'tooManyLayers':
      return `layers：${p.layers} 层，${overBoundZh(p)}`
    case 'tooDeep':
      return `对象和列表嵌套了 ${p.depth} 层，${overBoundZh(p)}`
    case 'tooManyParameters':
      return `inputSize ${p.inputSize} 和各层的 units 共有 ${p.parameters} 个权重和偏置，${overBoundZh(p)}`
    case 'inputShape':
      return `inputShape：[${p.shape.join(', ')}] 共有 ${p.holds} 个值，但 inputSize 是 ${p.inputSize}`
    case 'outputOnly':
      return `${p.field}.activation：${p.activation} 只能用在输出层`
    case 'weightsShape': {
      const got =
        p.width === null
          ? '各行长度不同'
          : p.rows === 0
            ? '没有行'
            : `${p.rows} 行、每行 ${p.width} 个`
      return `${p.field}.weights：应为 ${p.units} 行、每行 ${p.inputs} 个值，实际是${got}`
    }
    case 'biasesLength':
      return `${p.field}.biases：应有 ${p.units} 个值，实际有 ${p.got} 个`
    case 'lossOutput':
      return `loss：${p.loss} 需要 ${p.outputs.join(' 或 ')} 输出层，实际是 ${p.output}`
    case 'classesCount':
      return `classes：${p.units} 个输出单元应有 ${p.expected} 个类别名称，实际有 ${p.got} 个`
    case 'namesCount':
      return p.field === 'targets'
        ? `targets：应有 ${p.expected} 个名称（每个输出单元一个），实际有 ${p.got} 个`
        : `inputNames：应有 ${p.expected} 个名称（每个输入一个），实际有 ${p.got} 个`
    case 'unknownFeature':
      return `inputFeatures[${p.index}]：未知的特征“${p.name}”（已知的有：${p.known.join('、')}）`
    case 'repeatedFeature':
      return `inputFeatures[${p.index}]：“${p.name}”列出了两次`
    case 'featuresCount':
      return `inputFeatures：应有 ${p.expected} 个特征（每个输入一个），实际有 ${p.got} 个`
    case 'preprocessingLength':
      return `preprocessing.${p.name}：应有 ${p.expected} 个值（每个输入一个），实际有 ${p.got} 个`
    case 'stdNotPositive':
      return `preprocessing.std[${p.index}]：必须大于 0，实际是 ${p.value}`
    case 'factorZero':
      return 'preprocessing.factor：不能为 0'
  }
}

const JSON_PROBLEMS_ZH = {
  early: '不是有效的 JSON（提前结束）',
  notObject: '不是有效的 JSON（模型文件是以 { 开头的 JSON 对象）',
  other: '不是有效的 JSON'
}

/**
 * Refused model files (src/shared/message-tables/model-file-refusals.ts) in Simplified Chinese;
 * a code added there without a translation here does not compile. Field names stay as they are.
 */
export const ZH_MODEL_FILE_MESSAGES: Translations<keyof typeof MODEL_FILE_MESSAGES> = {
  'modelFile.invalid': (p) => `模型文件有误：${modelProblemZh(p.problem)}`,
  'modelFile.refused': (p) => `${p.file}：${modelProblemZh(p.problem)}`,
  'modelFile.notJson': (p) =>
    `${p.file}：${p.problem.kind === 'at' ? `不是有效的 JSON（第 ${p.problem.line} 行第 ${p.problem.column} 列）` : JSON_PROBLEMS_ZH[p.problem.kind]}`
}
