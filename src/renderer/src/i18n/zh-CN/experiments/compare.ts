import type en from '../../en/experiments/compare'

/** “实验”页面：并排比较运行。 */
export default {
  compare: {
    label: '对比',
    placeholder: '选择另一条训练记录…',
    option: '{name}（{runId}，{architecture}）',
    select: '选择 {name} 进行对比',
    selected: '未勾选训练记录 | 已勾选 1 条训练记录 | 已勾选 {count} 条训练记录',
    hint: '勾选 2 到 {max} 条训练记录进行对比。',
    full: '一次最多对比 {max} 条训练记录。',
    compareButton: '对比 | 对比 {count} 条训练记录 | 对比 {count} 条训练记录',
    clear: '清除选择',
    title: '正在对比训练记录 | 正在对比 {count} 条训练记录 | 正在对比 {count} 条训练记录',
    region: '训练记录对比',
    close: '关闭对比',
    loading: '正在读取训练记录…',
    needTwo: '请在列表中至少勾选两条训练记录进行对比。',
    legend: '参与对比的训练记录',
    open: '单独打开 {name}',
    remove: '从对比中移除 {name}',
    exportCsv: '导出 CSV',
    exportHint:
      '每行一个值（列为 run、section、key、epoch、classes、value）：设置、最终指标、曲线和混淆矩阵。',
    settings: {
      title: '设置',
      setting: '设置项',
      showAll: '显示全部设置',
      differing: '{total} 项设置中有 {count} 项不同',
      allSame: '这些训练记录的所有设置都相同。'
    },
    curves: {
      title: '各轮曲线',
      logScale: '损失使用对数坐标',
      trainLoss: '训练损失',
      valLoss: '验证损失',
      trainAccuracy: '训练准确率',
      valAccuracy: '验证准确率'
    },
    metrics: {
      title: '最终指标',
      metric: '指标',
      status: '状态',
      epochs: '轮次',
      trainLoss: '训练损失',
      valLoss: '验证损失',
      testLoss: '测试损失',
      trainAccuracy: '训练准确率',
      valAccuracy: '验证准确率',
      testAccuracy: '测试准确率',
      seconds: '训练用时',
      trainingSeconds: '批次计算用时',
      samplesPerSecond: '样本/秒',
      best: '参与对比的训练记录中最好的'
    },
    confusion: {
      title: '混淆矩阵',
      caption: '{name}（{part}）',
      parts: { validation: '验证集', train: '训练集' },
      leftOut: '未显示（属于其他类别）：{names}。',
      differentClasses: '这些训练记录的类别不同，因此不把它们的混淆矩阵并排显示。',
      withoutMatrix: '没有混淆矩阵（回归任务，或没有最终评估）：{names}。'
    }
  }
} satisfies typeof en
