import type en from '../../en/experiments/run'

/** “实验”页面：单个运行页面：标题与操作、停止原因、曲线、结果与笔记。 */
export default {
  run: {
    label: '训练记录 {name}',
    close: '关闭',
    rename: '重命名',
    renameLabel: '训练记录名称',
    save: '保存',
    cancel: '取消',
    summary: '{dataset} · {architecture} · 开始于 {started}',
    showOnTraining: '在“训练”页面显示',
    watchOnTraining: '在“训练”页面观看',
    continue: '继续训练',
    continueHint: '从最后保存的一轮继续。',
    delete: '删除',
    confirmDelete: '删除训练记录“{name}”及其曲线和权重？此操作无法撤销。',
    confirmDeleteButton: '删除训练记录',
    deleted: '已删除训练记录“{name}”。',
    liveElsewhere: '另一次训练正在进行；先停止它，才能在“训练”页面显示这一次。',
    trainAgain: '用这套配置再训练一次',
    trainAgainHint: '在“训练”页面载入它的数据集、网络和设置，随时可以开始。',
    trainAgainNoDataset: '它的数据集已被删除，因此无法再次训练。',
    trainAgainLoaded: '已载入“{name}”的数据集、网络和设置。点击“开始”即可再次训练。',
    trainAgainInit: '它的初始化方法 {init} 会保留给下一次训练（“训练”页面不显示这项设置）。',
    loading: '正在打开训练记录…',
    pick: '从列表中打开一条训练记录，查看它的曲线、设置和结果。',
    error: {
      failed: '这次训练失败了',
      interrupted: '这次训练被中断了'
    }
  },
  stop: {
    early:
      '在第 {stopped} 轮后提前停止：自第 {best} 轮（{value}）以来，{figure}已连续 {patience} 轮没有改善。',
    restored: '模型使用第 {best} 轮的权重。',
    lastWeights: '模型使用最后一轮的权重。',
    sentences: '{first}{second}',
    figures: {
      'val-loss': '验证损失',
      'val-accuracy': '验证准确率',
      'train-loss': '训练损失',
      'train-accuracy': '训练准确率'
    },
    atLeast: '{metric}至少 {value}',
    atMost: '{metric}至多 {value}',
    maxUnits: '隐藏单元至多 {units} 个',
    maxEpochs: '至多训练 {epochs} 轮',
    and: '，',
    targetMet: '任务目标已达成：{goal}。',
    targetMissed: '任务目标未达成（{goal}）：{misses}。',
    misses: {
      figure: '{metric}为 {value}',
      'no-figure': '这次训练没有{metric}',
      'hidden-units': '它有 {units} 个隐藏单元',
      epochs: '它训练了 {epochs} 轮'
    }
  },
  curves: {
    loss: '损失',
    accuracy: '准确率',
    logScale: '对数坐标',
    noEpochs: '这次训练没有完成任何一轮，所以没有曲线。'
  },
  evaluation: {
    title: '结果',
    speed: '训练用时 {time} · 批次速度 {rate} 样本/秒',
    pending: '训练结束时会保存测试集指标和混淆矩阵。',
    missing: '这次训练结束时没有最终评估：没有测试集指标和混淆矩阵。',
    confusion: '验证集混淆矩阵',
    confusionTrain: '训练集混淆矩阵'
  },
  notes: {
    title: '笔记与标记',
    notes: '笔记',
    notesPlaceholder: '你尝试了什么，学到了什么？',
    tags: '标记',
    addTag: '添加标记',
    tagPlaceholder: '新标记',
    removeTag: '移除标记 {tag}',
    save: '保存笔记',
    saved: '笔记已保存。'
  }
} satisfies typeof en
