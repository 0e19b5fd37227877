import type en from '../en/learn'

/** “学习”页面的简体中文文本（公式在 lib/learn 中，各语言相同）。 */
export default {
  title: '学习',
  intro:
    '反向传播的四个经典推导，每一个都是在本实验室里运行的一课：页面上的每个公式，点一下就能看到真实的数值。符号与实验室界面一致：z、a、δ、W(l)、b(l)、J。',
  lessonsHeading: '课程',
  lessonNumber: '第 {number} 课',
  visited: '已学习',
  tally: '答对 {correct} / {total} 道练习',
  notStarted: '尚未开始',
  previous: '← 上一课：{title}',
  next: '下一课：{title} →',
  pager: '上一课与下一课',
  tryIt: {
    heading: '动手试试',
    busy: '正在设置…',
    opens: {
      training: '打开“训练”页面',
      network: '打开“网络”页面',
      inspect: '打开“检视”页面'
    },
    trains: '并开始训练',
    stillRunning: '仍有一个训练在运行。请先在“训练”页面停止它，再试一次。'
  },
  check: {
    heading: '自我检测',
    intro: '先作答，实验室随后给出它计算出的数值。',
    answer: '你的答案',
    submit: '检查',
    correct: '正确。',
    wrong: '不太对。',
    labValue: '实验室计算的值：{value}',
    again: '重新作答',
    unreadable: {
      number: '请输入一个数，例如 0.25 或 1/4。',
      shape: '请按“行 × 列”输入形状，例如 4 × 2 或 4 x 2。',
      sign: '请选择正、负或零。'
    }
  },
  signs: { positive: '正', negative: '负', zero: '零' },
  worked: {
    caption: '算例中的数值：精确值（Float64，与实验室的计算相同）与文章印出的数值',
    lab: '实验室',
    article: '文章',
    exact: '精确值',
    printed: '文中数值',
    agrees: '一致',
    differs: {
      rounded: '中间结果经过舍入',
      updateOrder: '程序最初的更新顺序'
    },
    rows: {
      errorAfterOne: '1 步之后',
      errorAfterLong: '10,000 步之后',
      outO1AfterLong: '10,000 步之后',
      outO2AfterLong: '10,000 步之后'
    }
  },
  shapes: {
    caption: '一步计算中的每个矩阵：课程写法与实验室写法对照',
    matrix: '课程',
    lab: '实验室',
    courseShape: '课程中的形状',
    labShape: '实验室中的形状',
    values: '实时数值（课程方向）',
    live: '前 {rows} 行训练数据的数值，取自“训练”页面上的那次训练（第 {epoch} 轮）。',
    noRun: '有了一次单隐藏层网络的训练后，这里会显示实时数值：请使用下面的“在圆环数据上训练”。',
    otherDepth: '“训练”页面上的那次训练不是单隐藏层网络，这里不显示它的数值。',
    tooWide: '网络太宽，无法在此列出矩阵；形状依然成立。',
    refresh: '刷新数值',
    loading: '正在追踪…'
  },
  slopes: {
    caption: '各激活函数的导数 f′(z)，与实验室的计算相同',
    activation: '激活函数',
    derivative: 'f′(z)',
    at: 'z = {z}'
  },
  lessons: {
    logistic: {
      title: '图片上的逻辑回归',
      summary: '一个 sigmoid 单元、交叉熵代价函数及其梯度，以及决定能否收敛的因素。',
      model: {
        title: '模型',
        text: '逻辑回归就是实验室里没有隐藏层的网络：只有一个 sigmoid 单元。课程笔记把权重写成列向量 w，把预测写成 ŷ；实验室把 w 存为 W(1) 的唯一一行，把输出称为 a(1)。一张图片展平成像素向量，就是 x。'
      },
      loss: {
        title: '损失函数与代价函数',
        text: '当 ŷ 接近标签 y（0 或 1）时，交叉熵损失函数 L 很小。代价函数 J 是它在 m 个训练样本上的平均：即实验室的二元交叉熵，也就是损失曲线上的数值。'
      },
      gradient: {
        title: '梯度',
        text: 'sigmoid 的导数 σ(z)(1 − σ(z)) 与损失函数的导数相消，只剩下 ∂L/∂z = ŷ − y：这就是该网络在实验室中的 δ(1)。每个权重的梯度是对应输入乘以这个误差；偏置的梯度就是误差本身。'
      },
      descent: {
        title: '梯度下降',
        text: '每一步都让 w 和 b 沿梯度的反方向移动。η 是学习率（课程笔记常写作 α）。使用全批量时，每一步都用到全部 m 张训练图片。'
      },
      photos: {
        title: '在苹果图片上训练',
        text: '内置的苹果样本有 326 张 100 × 100 像素、3 个颜色通道的图片，所以 x 有 30,000 个值。类别按名称排序：apple 为 0，other 为 1，即 ŷ 所估计概率的正类。本课从 w = 0、b = 0 开始（这里零初始化没有问题：单个单元不存在需要打破的对称性），对每个像素做标准化，并用普通梯度下降进行全批量训练（η = {rate}，{epochs} 轮）。把 W(1) 画成图片，可以看到哪些像素把图片推向 “other”。'
      },
      convergence: {
        title: '什么决定了收敛',
        text: '初始化、学习率和归一化决定了梯度下降能否收敛。学习率过大时会越过最小值：J 先跳到远高于起点的位置，然后才下降。不做标准化时，每个像素保持导入时 0 到 1 之间的值，全为正且分布不均：在同样的学习率下，J 先上升好几轮，然后下降得非常缓慢。把这两次训练都运行一遍，与第一次的代价曲线比较。'
      }
    },
    oneHidden: {
      title: '单隐藏层网络的向量化',
      summary: 'X 为 n_x × m，前向传播与反向传播写成矩阵乘法，以及每个矩阵的形状。',
      notation: {
        title: '样本按列排列，还是按行排列',
        text: '课程笔记把 m 个样本按列排列：X 是 n_x × m。实验室按行排列，每个样本一行，与其数据文件一致，因此它的每个批量矩阵都是课程中对应矩阵的转置：一个批量的 z(1) 在实验室里是 m × n_h，而课程中的 Z(1) 是 n_h × m。权重在两者中相同：W(l) 是 units(l) × units(l−1)，第 j 行是进入第 j 个单元的权重。课程笔记写作 W[1]，实验室写作 W(1)。'
      },
      forward: {
        title: '前向传播',
        text: 'b(1)（n_h × 1）加到每一列上。A(2) 的每一列就是一个样本的 ŷ。'
      },
      backward: {
        title: '反向传播',
        text: 'dZ(l) 的每一列是一个样本的 δ(l)。1 − (A(1))² 就是 tanh′(Z(1))，即导数 f′(z(1))，⊙ 表示逐元素相乘。dW 用 1/m 在批量上取平均；db 是 dZ 各列的平均。'
      },
      lab: {
        title: '用实验室的记号写同一步',
        text: '按单个样本来写，与实验室逐步演示中的显示一致：对 i 的求和就是上面的矩阵乘法，样本 i 的 δ(l) 就是 dZ(l) 的第 i 列。'
      },
      shapes: {
        title: '每个形状，以及实时数值',
        text: '对于“网络”页面上的设计，n_x = {nx}，n_h = {nh}，n_y = {ny}。“动手试试”会在圆环样本上用普通梯度下降训练 n_x = 2、n_h = 4 的网络（η = 1.2，全批量）：在“训练”页面上观察决策边界逐渐形成，再回到这里查看实时数值。'
      }
    },
    worked: {
      title: '2-2-2 网络的完整算例',
      summary:
        '一个小型 sigmoid 网络一步计算中的每个数值，逐个因子地应用链式法则，然后训练 10,000 步。',
      setup: {
        title: '网络',
        text: '一个经典的手算例子：两个输入，两个 sigmoid 隐藏单元，两个 sigmoid 输出，一个训练样本。原文（Matt Mazur，《A Step by Step Backpropagation Example》）把这些数记作 net_h1、out_h1 和 w1 … w8；实验室把它们称为 z(1)1、a(1)1 以及 W(1) 和 W(2) 的元素，这里从 1 开始编号，第 j 行对应第 j 个单元。E 就是 m = 1 时实验室的半平方误差 J。原文不更新偏置；实验室的预设把偏置冻结。'
      },
      forward: {
        title: '前向传播',
        text: '每个单元把加权输入与偏置相加得到 z，再用 sigmoid 把 z 压缩为 a。'
      },
      output: {
        title: '输出层的权重：三个因子',
        text: '链式法则把 ∂E/∂w5 拆成三部分：E 随输出的变化、sigmoid 的导数，以及 z(2)1 随 w5 的变化（即 w5 所乘的隐藏层输出 a(1)1）。前两项合起来就是 δ(2)1，进入输出 1 的每个权重都共用它。'
      },
      hidden: {
        title: '隐藏层的权重：两条路径',
        text: 'a(1)1 同时连接两个输出，所以误差沿两条路径传回并相加：即 (W(2))ᵀδ(2) 的第一个元素。两条路径都使用更新之前的权重，原文的文字如此说明，实验室也是这样做的。'
      },
      after: {
        title: '更新之后，以及 10,000 步之后',
        text: '一步之后 E 从 {before} 降到 {after}。表中标出了每个与“精确值按所印位数舍入”不一致的文中数值。经过输出 2 的那条路径是用舍入后的因子相乘得到的（−0.038098237 × 0.5）。更新之后的数值来自原文程序的第一个版本，它在把误差传回隐藏层之前就更新了 w5 … w8（第二天即已修正，见 mattm/simple-neural-network 的提交 4b6faac）：按这个顺序，一步之后得到 {firstProgram}，文中印为 {printedAfter}；{steps} 步之后为 {printedLong}。',
        after:
          '按照原文所描述的算法，实验室的损失曲线在第 {steps} 轮结束于约 {chartLast}（每轮的点是该轮更新之前的 J），最后一次更新之后 J 约为 {final}。训练结果的后几位数字略有不同：数据集把 0.05、0.1、0.01 和 0.99 存为 Float32。'
      }
    },
    deep: {
      title: '深层网络与 L2 正则化',
      summary: '任意深度下的残差 δ(l)、L2 项、激活函数的导数，以及梯度消失。',
      recursion: {
        title: '逐层传回的残差',
        text: '无论有多少层，δ 都是一层一层地传回：先乘以上一层权重的转置，再乘以本层 z 处的导数 f′。实验室按权重所进入的层来编号（W(l) 把第 l−1 层映射到第 l 层）；按权重所离开的层来编号的课程笔记，把同一步写成 δ(l) = f′(z(l)) ⊙ (W(l))ᵀδ(l+1)。'
      },
      l2: {
        title: 'L2 正则化',
        text: 'L2 正则化只对权重加上 (λ/2)‖W‖²，从不包括偏置。它的梯度 λW 让每个权重在每一步都缩小一点（权重衰减）。写成 λ/(2m) 的笔记把 1/m 并入了 λ；实验室的 L2 设置就是 λ。'
      },
      slopes: {
        title: '导数 f′',
        text: '在每一层，导数 f′(z) 都会乘到 δ 上。sigmoid 的导数最大为 0.25（在 z = 0 处），tanh 的最大为 1，ReLU 的导数在 z > 0 时为 1、在 z < 0 时为 0。恰好在 z = 0 处，实验室取 ReLU′ = 0，leaky ReLU′ = α。'
      },
      vanishing: {
        title: '梯度消失',
        text: '有 {depth} 个 sigmoid 层时，δ 在传回的路上每经过一层最多缩小为原来的 0.25 倍，所以前面各层得到的梯度远小于最后一层，几乎学不到东西：J 一直停在 0.693 附近。同样的网络换成 ReLU，δ 经过激活的单元时保持不变，网络就能学习。在圆环数据上把两者都试一试（{depth} 层，每层 {width} 个单元，η = {rate}，批量大小 {batch}）：“检视”页面会显示每一层的梯度范数随训练轮数的变化。'
      }
    }
  },
  tryIts: {
    logisticTrain: { label: '在图片上训练', hint: '苹果数据，逻辑回归，w = 0，全批量' },
    logisticWeights: { label: '把 W(1) 看成图片', hint: '同样训练，并打开权重视图' },
    logisticLargeRate: { label: '学习率过大', hint: '同上，但 η = 1' },
    logisticRaw: { label: '不做标准化', hint: '同上，但像素保持导入时的值' },
    oneHiddenTrain: { label: '在圆环数据上训练', hint: '2-4-1，tanh，η = 1.2，全批量' },
    oneHiddenStep: { label: '逐步查看一个样本', hint: '训练并打开逐步演示' },
    oneHiddenDesign: { label: '查看网络设计', hint: '2-4-1 网络及其形状' },
    workedStep: { label: '逐步查看算例', hint: '教科书预设，一步计算，每个数值' },
    workedTrain: { label: '训练 10,000 步', hint: '一行数据的全批量，η = 0.5，Float64' },
    deepSigmoid: { label: '深层 sigmoid 网络', hint: '6 × 16 个 sigmoid 单元，各层梯度范数' },
    deepRelu: { label: '深层 ReLU 网络', hint: '同上，但使用 ReLU' }
  },
  exercises: {
    logistic: {
      outputAtZero: {
        prompt: '当 w = 0、b = 0 时，模型对任何一张图片输出的 ŷ 是多少？',
        explain:
          '每张图片的 z 都是 0，所以 ŷ = σ(0) = {answer}：模型无法判断，第一个代价为 J = −log 0.5 = {loss}，也就是曲线的起点。'
      },
      biasGradient: {
        prompt: '仍在 w = 0、b = 0 处：对于一张苹果图片（标签 y = 0），∂L/∂b 是多少？',
        explain:
          '∂L/∂b = ŷ − y = 0.5 − 0 = {answer}。它是正的，所以梯度下降会减小 b，把苹果图片推向类别 0。'
      },
      weightCount: {
        prompt: '图片是 {height} × {width} 像素、{channels} 个颜色通道。w 有多少个权重？',
        explain: '每个输入值对应一个权重：{height} × {width} × {channels} = {answer}。'
      }
    },
    oneHidden: {
      shapeDW1: {
        prompt: '有 n_x = {nx} 个输入和 n_h = {nh} 个隐藏单元时，dW(1) 的形状是什么？',
        explain: 'dW(1) 与 W(1) 形状相同：n_h × n_x = {answer}，课程记号与实验室记号都是如此。'
      },
      shapeLabA1: {
        prompt:
          '实验室按行排列样本。对于 m = {m} 个样本的批量且 n_h = {nh}，它的 a(1) 是什么形状？',
        explain: 'm × n_h = {answer}：即课程中 A(1)（n_h × m）的转置。'
      },
      tanhSlope: {
        prompt: '某个隐藏单元的 a(1) = tanh(z) = {a}。1 − (A(1))² 会把它的 dZ(1) 乘以多少？',
        explain: 'tanh′(z) = 1 − tanh²(z) = 1 − {a}² = {answer}。'
      }
    },
    worked: {
      signW5: {
        prompt: '∂E/∂w5 是正、负还是零？',
        explain:
          '正：a(2)1 = {a2} 高于目标 {y1}，而 w5 乘的是正的 a(1)1，所以增大 w5 会使 E 变大。∂E/∂w5 = {value}，更新会减小 w5。'
      },
      updatedW5: {
        prompt: '已知 ∂E/∂w5 = {gradient}，η = {eta}，更新后的 w5 是多少（原来是 {w5}）？',
        explain: 'w5⁺ = {w5} − {eta} × {gradient} = {answer}。'
      },
      signPathO2: {
        prompt: '误差沿两条路径到达 a(1)1。经过输出 2 的那一条 δ(2)2·w7 是正、负还是零？',
        explain:
          '负：a(2)2 = {a2} 低于目标 {y2}，所以 δ(2)2 < 0，而 w7 > 0。这条路径的值为 {value}。'
      }
    },
    deep: {
      sigmoidMax: {
        prompt: 'sigmoid 的导数 σ′(z) 最大能取到多少？',
        explain:
          'σ′(z) = σ(z)(1 − σ(z)) 在 z = 0 处最大，此时 σ = 0.5：0.5 × 0.5 = {answer}。每个 sigmoid 层最多把 δ 乘以这个数。'
      },
      leakyAtZero: {
        prompt: '恰好在 z = 0 处，实验室取 leaky ReLU 的导数为多少？',
        explain: 'α = {answer}：实验室在 z = 0 处取左侧的导数，leaky ReLU 为 α，ReLU 为 {relu}。'
      },
      l2Gradient: {
        prompt: '某个权重为 {weight}，λ = {lambda}。L2 项给 ∂J/∂w 增加了多少？',
        explain: '(λ/2)w² 的导数是 λw = {lambda} × {weight} = {answer}。'
      }
    }
  }
} satisfies typeof en
