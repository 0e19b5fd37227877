import type en from '../../en/experiments/timeline'

/** “实验”页面：随时间：运行保存的各轮次，以及从某一轮继续。 */
export default {
  timeline: {
    confusionTitle: '第 {epoch} 轮的混淆矩阵',
    confusionCaption: '{part}，第 {epoch} 轮的权重',
    parts: { validation: '验证集', train: '训练集' },
    sampleTitle: '第 {epoch} 轮的一个样本',
    sampleRow: '数据集行号（0–{last}）',
    sampleFacts: '{origin}：实际 {actual}，预测 {predicted}',
    title: '回看训练过程',
    none: '这次训练没有保存检查点，因此无法回看。',
    ruleEvery:
      '每一轮都已保存：共 {count} 个检查点，每个 {eachKb} kB，在本次训练 {budgetMb} MB 的存储额度之内。',
    ruleThinned:
      '保存了 {count} 个检查点：每 {stride} 轮一个（{budgetMb} MB 的额度可容纳这么多个 {eachKb} kB 的检查点），另加最后三轮和验证损失最低的一轮。',
    slider: '要查看的轮次',
    epoch: '第 {epoch} 轮',
    exact: '以下已保存的轮次是精确的：{epochs}',
    reached: '训练损失 {loss} · 验证损失 {valLoss}',
    accuracy: '验证准确率 {accuracy}',
    initial: '初始权重，尚未训练。',
    weightsLabel: '第 {epoch} 轮的 W(1)，{rows} 行 {cols} 列',
    drawn: '由第 {epoch} 轮保存的权重画出',
    branchTitle: '从第 {epoch} 轮继续',
    branchHint:
      '新的训练从这一轮的权重和优化器状态开始，并记下本次训练为其来源。若不改设置，它会逐位重现本次训练之后的各轮。',
    epochs: '总轮数',
    branch: '从这里继续',
    stepThrough: '在第 {epoch} 轮逐步查看',
    busy: '另一次训练正在进行，请先停止它。'
  }
} satisfies typeof en
