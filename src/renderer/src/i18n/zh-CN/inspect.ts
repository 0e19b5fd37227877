import type en from '../en/inspect'

/** “检视”页面的文字。 */
export default {
  title: '检视',
  nothing: '还没有可检视的模型：请在“训练”页面训练一个网络，或在上方选择一个已保存的训练。',
  aboutRun: '网络 {architecture}，目前已训练 {epochs} 轮。',
  aboutPreset:
    '文章中的 2-2-2 网络及其公布的权重（尚未训练）：用真实的数字逐步查看它在样本上的一次更新。',
  live: '训练中：实时更新',
  atEpoch: '第 {epoch} 轮',
  atEpochHint: '各面板显示第 {epoch} 轮保存的权重；单步演示使用该轮的学习率。',
  showLatest: '显示最新一轮',
  awaitingWeights: '这次训练刚刚开始。第一轮结束后就可以检视它的权重。',
  openFromTraining: '在检视中打开',
  loading: '加载中…',
  source: {
    label: '模型',
    training: '“训练”页面的训练（{name}）',
    noTraining: '“训练”页面：还没有训练',
    preset: '教科书示例（预设权重）',
    runs: '已保存的训练',
    run: '{name} · {architecture} · {status}'
  },
  tabs: {
    label: '检视面板',
    needsRun: '需要一次训练（预设模型没有训练历史）',
    weights: '权重',
    activations: '激活值',
    gradients: '梯度',
    step: '逐步反向传播',
    gradcheck: '梯度检验',
    confusion: '混淆矩阵'
  },
  parts: { train: '训练集', validation: '验证集', test: '测试集' },
  errors: {
    needsRun: '这需要一次训练；教科书预设模型没有训练历史。',
    nothing: '请先选择要检视的模型。',
    presetNeedsData: '预设模型的样本来自当前使用的数据集：请在“数据”页面加载教科书示例。',
    noRow: '数据集中没有第 {row} 行。'
  },
  layer: {
    label: '层',
    option: '第 {layer} 层：{inputs} → {units}'
  },
  scale: {
    label: '颜色刻度：蓝色 −{limit}，白色 0，红色 +{limit}'
  },
  sample: {
    label: '样本',
    row: '行',
    of: '共 {rows} 行',
    previous: '上一个样本',
    next: '下一个样本',
    origin: '来源',
    part: '划分',
    actual: '实际',
    predicted: '预测',
    epoch: '权重所在轮次',
    imageLabel: '样本图像 {origin}',
    feature: '特征',
    raw: '存储值',
    input: '输入 a(0)',
    moreFeatures: '… 还有 {count} 个特征',
    probabilityOf: 'P({name})'
  },
  weights: {
    epoch: '第 {epoch} 轮之后的权重',
    matrixTitle: '权重 W({layer})',
    matrixHint:
      '{rows} 行（每个神经元一行）× {cols} 列（每个输入一列）。蓝色为负，红色为正；把鼠标指向格子可查看数值。',
    matrixLabel: 'W({layer}) 的热力图，{rows} × {cols}',
    weightCell: 'W({layer})[{row}][{column}] = {value}',
    biasTitle: '偏置 b({layer})',
    biasLabel: '第 {layer} 层的 {count} 个偏置',
    biasCell: '神经元 {unit} 的 b({layer}) = {value}',
    picturesTitle: '每个神经元的输入权重图',
    picturesHint: 'W(1) 的第 j 行按输入图像的形状画出：红色像素使该神经元增大，蓝色像素使其减小。',
    templatesTitle: '类别模板',
    templatesHint:
      '没有隐藏层时，每个输出单元直接给图像打分：它的权重就是该类别的模板（只有一个 sigmoid 单元时，是正类的模板）。',
    picturesLabel: '{count} 张 {height} × {width} 的权重图',
    pictureHint: '把鼠标指向一张图，查看它属于哪个神经元',
    pictureOf: '神经元 {unit}',
    templateOf: '{name} 的模板',
    pictureScale: '刻度 ±{limit}',
    histogramTitle: '权重直方图',
    histogramNow: '当前的 W({layer})',
    histogramAt: '第 {epoch} 轮之后的 W({layer})',
    epochSlider: '轮次',
    stripTitle: '训练过程中',
    stripLabel: '{epochs} 轮的权重直方图并排显示',
    stripHint: '每轮一列；颜色越深，落在该处的权重越多。点击可选择一轮。',
    stripEpoch: '第 {epoch} 轮'
  },
  activations: {
    inputs: '输入',
    outputs: '输出',
    layers: '每一层',
    layersHint:
      'z = W a + b 是激活之前的值，a = f(z) 是激活之后的值。较宽的层画成色条：把鼠标指向其中一格可查看数值。',
    layerTitle:
      '第 {layer} 层：{units} 个神经元，{activation} | 第 {layer} 层：{units} 个神经元，{activation}',
    unit: '神经元',
    stripLabel: '每个神经元的 {symbol}({layer})',
    cell: '神经元 {unit} 的 {symbol}({layer}) = {value}'
  },
  gradients: {
    normsTitle: '每层的梯度范数',
    normsHint:
      '每层梯度 ‖∂J/∂W‖ 在每轮中的平均大小，使用对数刻度：远低于其他层的曲线表示梯度消失，急剧上升的曲线表示梯度爆炸。',
    noNorms: '这次训练没有记录梯度范数（它训练时还不保存这些数据）。',
    layerSeries: '第 {layer} 层',
    epoch: '轮次',
    epochTitle: '第 {epoch} 轮',
    norm: '梯度范数 ‖∂J/∂W‖',
    chartLabel: '{layers} 层每轮的梯度范数，对数刻度',
    batchTitle: '第 {layer} 层每个权重在一个批次上的梯度',
    batch: '批次',
    batches: {
      first: '第一个训练批次',
      sample: '正在跟踪的样本（第 {row} 行）'
    },
    batchFacts:
      '{rows} 行，使用第 {epoch} 轮的权重：J = {loss}，‖∂J/∂W‖ = {weightNorm}，‖∂J/∂b‖ = {biasNorm}。 | {rows} 行，使用第 {epoch} 轮的权重：J = {loss}，‖∂J/∂W‖ = {weightNorm}，‖∂J/∂b‖ = {biasNorm}。',
    truncated: '该批次被截取为前 1,024 行。',
    batchLabel: '一个批次上 ∂J/∂W({layer}) 的热力图',
    cell: '∂J/∂W({layer})[{row}][{column}] = {value}',
    recompute: '用当前权重重新计算'
  },
  step: {
    controls: '步骤',
    previous: '上一步',
    next: '下一步',
    position: '第 {number} 步，共 {count} 步',
    goTo: '第 {number} 步：{title}',
    settings: '一次普通的梯度下降：η = {eta}，λ = {lambda}，使用第 {epoch} 轮的权重',
    settingsModel: '一次普通的梯度下降：η = {eta}，λ = {lambda}，使用模型文件自身的权重',
    retrace: '用当前权重重新追踪',
    follow: '在第 {layer} 层跟踪：',
    neuron: '神经元 {unit}',
    frozen: '已冻结：不更新',
    titles: {
      forward: '前向经过第 {layer} 层',
      loss: '损失',
      backward: '反向经过第 {layer} 层',
      update: '更新'
    },
    explain: {
      forward: '第 {layer} 层的每个神经元把加权输入与偏置相加（z），再应用激活函数（a）。',
      loss: '把输出与目标比较：每个输出都为代价 J 贡献一部分。',
      backward: 'J 随第 {layer} 层每个 z 的变化率（δ），以及由此得到的该层每个权重和偏置的梯度。',
      update: '每个可训练的权重和偏置都沿其梯度的反方向走一步，步长为 η。'
    },
    groups: {
      unit: '第 {layer} 层的神经元 {unit}',
      outputs: '每个输出在损失中的份额',
      cost: '代价',
      layer: '第 {layer} 层'
    },
    notes: {
      termsSkipped:
        '求和遍及全部 {count} 个输入；这里按贡献从大到小列出最大的几项，其余用 … 表示。',
      zeroTerms: '目标为 0 的输出对交叉熵没有贡献，这里省略。',
      l1Cost: 'J 包含 L1 项 λ₁·Σ|W|，λ₁ = {lambda}；它的梯度是 λ₁·sign(W)，W = 0 处为 0。',
      l2Cost: 'J 包含 L2 项 (λ/2)·Σ‖W‖²，λ = {lambda}（上面的最后一项）。',
      largestGradients: '进入该神经元的 {count} 个权重中梯度最大的 {shown} 个。',
      frozenGradients: '这里有些参数已冻结：会计算它们的梯度，但更新时保持不变。',
      plainStep:
        '逐步反向传播展示的是在这一个样本上的普通梯度下降（W ← W − η ∂J/∂W），与训练所用的优化器无关。'
    },
    textbook: {
      title: '文章中的计算示例',
      about:
        'Matt Mazur，《A Step by Step Backpropagation Example》（2015）：文中印出的数字，由本实验室的引擎计算得出；文中的名称（橙色）写在本实验室的符号旁边。',
      numbers: '文中印出的数字'
    }
  },
  gradcheck: {
    intro:
      "检验反向传播：在一个小批次（8 行验证集）上，把每个梯度 b 与中心差分 n = (J(θ + ε) − J(θ − ε)) / 2ε 比较。当 {'|'}b − n{'|'} ≤ atol + rtol · max({'|'}b{'|'}, {'|'}n{'|'}) 时该参数通过。atol 是 J 的舍入误差除以 2ε，因此 1e-9 量级的梯度不会因为噪声而被判为失败；rtol 对 Float64 反向传播为 1e-6，对 Float32 为 1e-3。如果某个参数的 ±ε 让某个 ReLU 单元越过 0（拐点），该参数只计数，不参与判定。",
    precision: '反向传播精度',
    precisions: {
      model: '模型自身的精度',
      f64: 'Float64'
    },
    precisionNames: { f32: 'Float32', f64: 'Float64' },
    break: {
      label: '故意弄坏反向传播',
      off: '不（真实的反向传播）',
      flip: '把某一层偏置梯度的符号取反',
      dropL2: '漏掉 L2 项'
    },
    broken: {
      title: '故意弄坏，仅用于本次检验。',
      flipped: '某一层偏置梯度的符号被取反了（模型与训练都不受影响）。是哪一层？请在表中找出来。',
      flippedLayer: '第 {layer} 层偏置梯度的符号被取反了（模型与训练都不受影响）。',
      invisible:
        '但每一层仍是绿色：被弄坏的梯度在这里都落在容差之内。梯度检验只能发现大于允许差值的错误。',
      reveal: '显示是哪一层',
      dropL2:
        '反向传播在每个权重梯度中漏掉了 L2 项 λW（λ = {lambda}），而中心差分保留了它（模型与训练都不受影响）。',
      noL2: '这个模型训练时 λ = 0：没有 L2 项可漏，所以反向传播并没有被弄坏。要看到这种错误，请用大于 0 的 L2 训练。'
    },
    run: '运行梯度检验',
    running: '检验中…',
    rule: "{'|'}b − n{'|'} ≤ {absolute} + {relative} · max({'|'}b{'|'}, {'|'}n{'|'})",
    passed: '反向传播一致：每个参数都满足 {rule}（{precision}），共 {rows} 行，ε = {epsilon}。',
    failed: '反向传播不一致：有参数不满足 {rule}（{precision}），共 {rows} 行，ε = {epsilon}。',
    layer: '层',
    worst: '最接近失败的参数',
    worstWeight: 'W({layer})[{row}][{column}]',
    worstBias: '神经元 {unit} 的 b({layer})',
    backprop: '反向传播 b',
    numeric: '中心差分 n',
    difference: "{'|'}b − n{'|'}",
    tolerance: '允许的差',
    error: '最大相对误差',
    kinks: '拐点',
    checked: '已比较',
    checkedOf: '{checked} / {total}',
    columns:
      "每一行给出该层中最接近其允许差值的参数，以及它的绝对数值。最大相对误差 {'|'}b − n{'|'} / max({'|'}b{'|'}, {'|'}n{'|'}, {floor}) 的分母至少为 {floor}，以免逐位比较两个接近 0 的数；对于极小的梯度它仍可能很大，但这并不表示有错。",
    kinkNote:
      '有 1 个参数在 ±ε 内让某个 ReLU 单元越过了 0：在拐点处，中心差分是两侧导数的平均，所以它只计数，不参与判定。 | 有 {count} 个参数在 ±ε 内让某个 ReLU 单元越过了 0：在拐点处，中心差分是两侧导数的平均，所以这些参数只计数，不参与判定。'
  },
  confusion: {
    part: '数据行',
    corner: '实际 ↓ 预测 →',
    facts: '{total} 行，准确率 {accuracy}，使用第 {epoch} 轮的权重',
    hint: '点击一个格子可查看其中的样本。',
    none: '没有混淆矩阵：这次训练是回归，或者该数据划分为空。',
    cell: '实际为 {actual}、预测为 {predicted} 的 {count} 行 | 实际为 {actual}、预测为 {predicted} 的 {count} 行',
    cellTitle:
      '{actual} 被预测为 {predicted}：{count} 行 | {actual} 被预测为 {predicted}：{count} 行',
    openActivations: '激活值',
    openStep: '逐步查看',
    page: '第 {from}–{to} 行，共 {total} 行'
  },
  diagnostics: {
    title: '诊断',
    checked: '第 {epoch} 轮的模型，在 {rows} 行上探查。',
    none: '没有异常：没有死亡或饱和的单元，梯度在正常范围内，损失没有上升。',
    severity: { warning: '警告', problem: '问题' },
    names: {
      deadRelu: '死亡 ReLU',
      saturatedUnits: '饱和单元',
      vanishingGradients: '梯度消失',
      explodingGradients: '梯度爆炸',
      risingLoss: '损失上升'
    },
    kinds: {
      deadRelu:
        '第 {layer} 层：{units} 个 ReLU 单元中有 {count} 个（{percent}）在全部 {rows} 行探查数据上输出 0，梯度无法到达它们，它们已停止学习。',
      saturatedUnits:
        '第 {layer} 层：{units} 个单元中有 {count} 个（{percent}）在 {rows} 行探查数据中至少 95% 的行上都处于 sigmoid 或 tanh 的平坦两端（饱和），那里 f′(z) 接近 0，经过它们的梯度会逐渐消失。',
      vanishingGradients:
        '第 {layer} 层：它的梯度范数 {norm} 只有输出层（{outputNorm}）的 {ratio} 倍；梯度在反向传递中不断缩小（梯度消失），这一层几乎学不到东西。',
      explodingGradients:
        '第 {layer} 层：它的梯度范数在 {epochs} 轮内增长了 {growth} 倍，达到 {norm}（梯度爆炸）；每一步都放大下一步，降低学习率可以缓解。',
      explodingGradientsLarge:
        '第 {layer} 层：它的梯度范数为 {norm}（梯度爆炸）；η 乘以这个值的一步会把权重抛得很远，需要更小的学习率。',
      risingLoss:
        '训练损失在最近 {epochs} 轮中从 {from} 上升到 {to}：学习率 {learningRate} 太大了（该优化器的默认值为 {defaultLearningRate}）。'
    }
  }
} satisfies typeof en
