import type en from '../en/learn'

/** “学习”页面的简体中文文本（公式在 lib/learn 中，各语言相同）。 */
export default {
  title: '学习',
  intro:
    '反向传播的四个经典推导，加上一课梯度检验，每一课都在本实验室里运行：页面上的每个公式，点一下就能看到真实的数值。用你熟悉的记号来读：实验室自己的、课程笔记的，或推导文章的。',
  lessonsHeading: '课程',
  lessonNumber: '第 {number} 课',
  visited: '已浏览',
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
  notation: {
    label: '记号',
    names: {
      lab: '实验室',
      course: '课程笔记',
      derivation: '推导文章'
    },
    hints: {
      lab: 'W(l)，每个样本一行',
      course: 'W[l]，每个样本一列',
      derivation: 'n_l、s_l，每个样本一列'
    },
    legend: {
      lab: '实验室自己的记号：第 l = 1 … L 层是带权重的层，W(l) 把第 l − 1 层映射到第 l 层（第 j 行是进入第 j 个单元的权重），一个批量中每个样本占一行，与实验室的数据文件一致。',
      course:
        '吴恩达课程笔记的记号：层号写在方括号中，A[0] = X，一个批量中每个样本占一列，dZ、dW、db 是 J 的导数。',
      derivation:
        '前馈网络推导文章的记号：共 n_l 层，输入层是第 1 层，第 l 层有 s_l 个神经元，W(l) 和 b(l) 从第 l 层通向第 l + 1 层；一个批量中每个样本占一列。'
    },
    indices:
      '在每种记号中，i 表示第几个样本，写在上方：x⁽ⁱ⁾ 是第 i 个样本，y⁽ⁱ⁾ 是它的标签；j 表示第几个特征或单元，写在下方：xⱼ 是第 j 个特征。m 是样本个数。'
  },
  remark: {
    heading: '笔记中的笔误',
    wrote: '原文',
    corrected: '更正',
    sources: {
      course: '课程笔记',
      derivation: '推导文章'
    }
  },
  vectorize: {
    run: '在苹果图片上计时',
    running: '正在计时…',
    loop: '对 {samples} 张图片逐个循环，每张 {features} 个值',
    matrix: '正向、反向各一次矩阵乘法，使用实验室的引擎（{kernels}）',
    speedup: '矩阵乘法快了 {speedup} 倍。',
    agree: '两者给出相同的梯度：各元素之差最多为 {difference}，最大的元素为 {largest}。',
    note: '时间取本机刚才 {repeats} 次运行的中位数；不同机器、不同次运行会有差别。'
  },
  worked: {
    caption: '算例中的数值：精确值（Float64，与实验室的计算相同）与文章印出的数值',
    symbol: '符号',
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
    caption: '一步计算中的每个矩阵：所选记号的写法，以及实验室中的写法',
    matrix: '矩阵',
    shape: '形状',
    lab: '实验室中',
    values: '实时数值',
    orientation: {
      rows: '每个样本一行',
      columns: '每个样本一列'
    },
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
      summary:
        '一个 sigmoid 单元、交叉熵代价函数、逐步求出并向量化的梯度，以及决定能否收敛的因素。',
      model: {
        title: '模型',
        text: '逻辑回归就是实验室里没有隐藏层的网络：只有一个 sigmoid 单元。课程笔记把权重写成列向量 w，把预测写成 ŷ；实验室把 w 存为 W(1) 的唯一一行，把输出称为 a(1)；推导文章把输入算作第 1 层，所以输出是它的第 2 层。一张图片展平成像素向量，就是 x。'
      },
      loss: {
        title: '损失函数与代价函数',
        text: '当 ŷ 接近标签 y（0 或 1）时，交叉熵损失函数 L 很小。代价函数 J 是它在 m 个训练样本上的平均：即实验室的二元交叉熵，也就是损失曲线上的数值。'
      },
      gradient: {
        title: '梯度',
        text: '链式法则分两步：L 随 ŷ 的变化，以及 sigmoid 的 ŷ 随 z 的变化。两者相乘，分式相互抵消，只剩下 ∂L/∂z = ŷ − y：这就是该网络在实验室中的 δ。每个权重的梯度是对应输入乘以这个误差；偏置的梯度就是误差本身。'
      },
      vectorized: {
        title: '向量化：一次处理所有样本',
        text: '对 m 个样本循环，一次只能计算一张图片的 z、ŷ 和梯度。把样本堆成一个矩阵 X，整个循环就变成两次矩阵乘法：一次正向，一次求梯度，实验室的引擎用它的快速内核来计算。上面对 i 的求和正是这两个乘积。在 326 张苹果图片上给两种做法计时：'
      },
      descent: {
        title: '梯度下降',
        text: '每一步都让权重和偏置沿梯度的反方向移动。η 是学习率（课程笔记和推导文章写作 α）。使用全批量时，每一步都用到全部 m 张训练图片。'
      },
      predict: {
        title: '从 ŷ 到类别',
        text: 'ŷ 是一个概率：当 ŷ > 0.5 时预测为类别 1，否则为 0，这等价于 z > 0。哪一类记作 1 只是命名问题：课程笔记把苹果标为 1，而实验室按类别名称排序，把 apple 标为 0、other 标为 1，所以实验室的 ŷ 是“other”的概率。交换标签会让 w 和 b 变号，并把 ŷ 变成 1 − ŷ，其余不变。'
      },
      photos: {
        title: '在苹果图片上训练',
        text: '内置的苹果示例数据集有 326 张 100 × 100 像素、3 个颜色通道的图片，所以 x 有 30,000 个值。类别按名称排序：apple 为 0，other 为 1，即 ŷ 所估计概率的正类。本课从 w = 0、b = 0 开始（这里零初始化没有问题：单个单元不存在需要打破的对称性），对每个像素做标准化，并用普通梯度下降进行全批量训练（η = {rate}，{epochs} 轮）。把 W(1) 画成图片，可以看到哪些像素把图片推向 “other”。'
      },
      convergence: {
        title: '什么决定了收敛',
        text: '初始化、学习率和归一化决定了梯度下降能否收敛。学习率过大时会越过最小值：J 先跳到远高于起点的位置，然后才下降。不做标准化时，每个像素保持导入时 0 到 1 之间的值，全为正且分布不均：在同样的学习率下，J 先上升好几轮，然后下降得非常缓慢。把这两次训练都运行一遍，与第一次的代价曲线比较。'
      }
    },
    oneHidden: {
      title: '单隐藏层网络的向量化',
      summary:
        '把批量写成一个矩阵，前向传播与反向传播写成矩阵乘法，隐藏层为什么必须是非线性的，以及每个矩阵的形状。',
      notation: {
        title: '样本按列排列，还是按行排列',
        text: '课程笔记和推导文章把 m 个样本按列排列：X 是 n_x × m。实验室按行排列，每个样本一行，与其数据文件一致，因此它的每个批量矩阵都是课程中对应矩阵的转置：一个批量的 Z(1) 在实验室里是 m × n_h，而课程中的 Z[1] 是 n_h × m。三种记号中的权重相同：第 j 行是进入第 j 个单元的权重。只有层的编号不同：推导文章的第 1 层是输入层，所以它的 z(2) 就是实验室的 z(1)。'
      },
      forward: {
        title: '前向传播',
        text: '偏置向量加到每个样本上。每个样本的 ŷ 是输出矩阵中的一个元素：按课程笔记和推导文章的排列是一列，按实验室的排列是一行。'
      },
      nonlinear: {
        title: '隐藏层为什么必须是非线性的',
        text: '如果隐藏层的激活函数是线性的，两层就合并成一层：两个权重矩阵的乘积仍是一个权重矩阵，无论有多少个隐藏单元，网络都又变回了逻辑回归。只有 tanh 这样的非线性激活函数，才能让隐藏层把决策边界弯曲起来。在圆环数据上试一试：线性隐藏层并不比逻辑回归好，只对一半左右，而 tanh 能达到 99%。'
      },
      backward: {
        title: '反向传播',
        text: 'δ 的批量矩阵（课程笔记中的 dZ）每一列是一个样本的 δ，按实验室的排列则是每一行。1 − (A(1))² 是隐藏层 Z 处的 tanh′，⊙ 表示逐元素相乘。权重的梯度用 1/m 在批量上取平均；偏置的梯度是 δ 在各样本上的平均。'
      },
      perSample: {
        title: '逐个样本写出同一步',
        text: '按单个样本来写，与实验室逐步演示中的显示一致：对 i 的求和就是上面的矩阵乘法，第 i 个样本的 δ 就是批量矩阵的第 i 列（按实验室的排列是第 i 行）。'
      },
      shapes: {
        title: '每个形状，以及实时数值',
        text: '对于“网络”页面上的设计，n_x = {nx}，n_h = {nh}，n_y = {ny}。“动手试试”会在圆环示例数据集上用普通梯度下降训练 n_x = 2、n_h = 4 的网络（η = 1.2，全批量）：在“训练”页面上观察决策边界逐渐形成，再回到这里查看实时数值，数值按所选记号的排列显示。'
      }
    },
    worked: {
      title: '2-2-2 网络的完整算例',
      summary:
        '一个小型 sigmoid 网络一步计算中的每个数值，逐个因子地应用链式法则，然后训练 10,000 步。',
      setup: {
        title: '网络',
        text: '一个经典的手算例子：两个输入，两个 sigmoid 隐藏单元，两个 sigmoid 输出，一个训练样本。原文把这些数记作 net_h1、out_h1 和 w1 … w8；实验室把它们称为 z(1)1、a(1)1 以及 W(1) 和 W(2) 的元素，这里从 1 开始编号，第 j 行对应第 j 个单元。E 就是 m = 1 时实验室的半平方误差 J。原文不更新偏置；实验室的预设把偏置冻结。'
      },
      forward: {
        title: '前向传播',
        text: '每个单元把加权输入与偏置相加得到 z，再用 sigmoid 把 z 压缩为 a。'
      },
      output: {
        title: '输出层的权重：三个因子',
        text: '链式法则把 ∂E/∂w5 拆成三部分：E 随输出的变化、sigmoid 的导数，以及输出单元的 z 随 w5 的变化（即 w5 所乘的隐藏层输出）。前两项合起来就是该输出单元的 δ，进入输出 1 的每个权重都共用它。'
      },
      hidden: {
        title: '隐藏层的权重：两条路径',
        text: '第一个隐藏单元同时连接两个输出，所以误差沿两条路径传回并相加：即 W(2) 的转置乘以 δ 的第一个元素。两条路径都使用更新之前的权重，原文的文字如此说明，实验室也是这样做的。两条路径的值按 9 位小数显示，所以它们的和约等于（≈）精确值。'
      },
      after: {
        title: '更新之后，以及 10,000 步之后',
        text: '一步之后 E 从 {before} 降到 {after}。表中标出了每个与“精确值按所印位数舍入”不一致的文中数值。经过输出 2 的那条路径是用舍入后的因子相乘得到的（−0.038098237 × 0.5）。更新之后的数值来自原文程序第一个版本的更新顺序，它在把误差传回隐藏层之前就更新了 w5 … w8：按这个顺序，一步之后得到 {firstProgram}，即原文的 {printedAfter}；{steps} 步之后为 {printedLong}。那个版本自己打印的是这些数的一半（一步之后打印 {firstProgramPrinted}），因为它把误差除以了输出的个数；两处都在第二天修正了（见 mattm/simple-neural-network 的提交 4b6faac）。',
        after:
          '按照原文所描述的算法，实验室的损失曲线在第 {steps} 轮结束于约 {chartLast}（每轮的点是该轮更新之前的 J），最后一次更新之后 J 约为 {final}。训练结果的后几位数字略有不同：数据集把 0.05、0.1、0.01 和 0.99 存为 Float32。'
      },
      credits: {
        title: '算例的出处',
        text: '这个算例出自 Matt Mazur 的《A Step by Step Backpropagation Example》（mattmazur.com，2015）。很多读者是从 Charlotte77 在博客园发表的中文版知道它的，这个中文版被广泛转载，例如 CSDN 上的《深入理解反向传播（BackPropagation）算法》。文末附的程序已经采用了正确的顺序，所以按原样运行无法复现文中自己的数值：一步之后它得到 {printedProgram}。'
      }
    },
    deep: {
      title: '深层网络与 L2 正则化',
      summary: '任意深度下的残差 δ、输出层的残差、L2 项、激活函数的导数，以及梯度消失。',
      recursion: {
        title: '逐层传回的残差',
        text: '无论有多少层，δ 都是一层一层地传回：先乘以后一层（更靠近输出的那一层）权重的转置，再乘以本层 z 处的导数 f′。实验室按权重所进入的层来编号，推导文章按权重所离开的层来编号：切换到它的记号，就能看到同一步按它的写法写出来。',
        remarks: {
          transposedProduct:
            '推导文章把转置加错了因子：除非两层宽度相同，(δ)ᵀa 根本没有定义，即使有定义也只是一个数。∂J/∂W(l) 必须与 W(l) 同形，即 s_(l+1) × s_l，外积 δ(l+1)(a(l))ᵀ 正是这个形状。'
        }
      },
      output: {
        title: '输出层的残差',
        text: '在输出层，δ 从损失函数开始。对于平方误差，它等于 −(y − a) 乘以输出激活函数的导数 f′，无论用的是哪种激活函数。对于配合交叉熵的 sigmoid（以及配合分类交叉熵的 softmax），导数与损失函数的导数相消，δ 就是 a − y，这也是实验室把它们配对使用的原因。',
        remarks: {
          outputSign:
            '课程笔记在 ∂J/∂A[2] 中写错了一个符号：−[y log a + (1 − y) log(1 − a)] 的导数是 −y/a + (1 − y)/(1 − a)。只有取加号，它与 σ′ = a(1 − a) 相乘才得到 a − y。'
        }
      },
      l2: {
        title: 'L2 正则化',
        text: 'L2 正则化只对权重加上 (λ/2)‖W‖²，从不包括偏置。它的梯度 λW 让每个权重在每一步都缩小一点（权重衰减）。课程笔记写作 λ/(2m)，把 1/m 并入了 λ：实验室的 λ 就是笔记中的 λ/m。',
        remarks: {
          updateRule:
            '推导文章的更新公式漏掉了平均所需的 1/m，权重衰减项也没有乘学习率。两者都应放在这一步之内：J 的梯度是各样本梯度的平均加上 λW，整体再乘以 α。'
        }
      },
      slopes: {
        title: '导数 f′',
        text: '在每一层，导数 f′(z) 都会乘到 δ 上。sigmoid 的导数最大为 0.25（在 z = 0 处），tanh 的最大为 1，ReLU 的导数在 z > 0 时为 1、在 z < 0 时为 0。恰好在 z = 0 处，实验室取 ReLU′ = 0，leaky ReLU′ = α。',
        remarks: {
          reluSlope:
            '课程笔记把 ReLU′ 写成 z > 1 时为 1，leaky ReLU′ 也同样写错了；对每个 z > 0，导数都是 1。按笔记的写法，z 在 0 与 1 之间时导数就没有定义了。'
        }
      },
      vanishing: {
        title: '梯度消失',
        text: '每个 sigmoid 层的 f′ 在权重之前最多把 δ 乘以 0.25，所以有 {depth} 个 sigmoid 层时，前面各层得到的梯度远小于最后一层，几乎学不到东西：J 一直停在 0.693 附近。同样的网络换成 ReLU，δ 经过激活的单元时保持不变，网络就能学习。在圆环数据上把两者都试一试（{depth} 层，每层 {width} 个单元，η = {rate}，批量大小 {batch}）：“检视”页面会显示每一层的梯度范数随训练轮数的变化。'
      }
    },
    gradients: {
      title: '检验你的梯度',
      summary:
        '用中心差分检验反向传播，判定为什么需要一个绝对下限，ReLU 的拐点，以及找出一个被故意弄坏的反向传播。',
      centralDifference: {
        title: '中心差分',
        text: '检验反向传播不需要求导：把某个参数 θ 向两边各挪动一个很小的 ε，计算两次 J，取两点之间的斜率。中心差分的误差是 ε² 量级，单侧差分只有 ε 量级。在这个算例上，取 ε = {epsilon}、E 保留 {decimals} 位小数，中心差分与反向传播的 ∂E/∂w5 有 8 位数字一致，单侧差分只有 5 位：E 有几位数字，它的斜率就只能有几位。'
      },
      tolerance: {
        title: '相对误差，以及为什么需要一个绝对下限',
        text: "反向传播的 b 与中心差分 n 用相对误差来比较，分母至少取 1e-7，以免逐位比较两个接近 0 的数。但 J 本身的最后几位是舍入得来的，中心差分又把这个舍入误差除以 2ε。实验室在一个训练过的图像网络上测得：反向传播为 1.5360e-9，中心差分为 1.5321e-9，两者只差 3.9e-12，相对误差却是 2.5e-3（按 1e-7 的下限算是 3.9e-5），而训练过的网络有成千上万个这样的梯度。所以实验室按 {'|'}b − n{'|'} ≤ atol + rtol · max({'|'}b{'|'}, {'|'}n{'|'}) 来判定：atol 是 J（至少取 1）最后一位的 {units} 个单位再除以 ε，rtol 为 1e-6，反向传播用 Float32 计算时为 {float32}。"
      },
      kinks: {
        title: 'ReLU 的拐点',
        text: 'ReLU 在 z = 0 处有一个拐点：导数从 0 跳到 1。如果把 θ 挪动 ±ε 让某个单元的 z 越过了 0，中心差分就是两侧导数的平均（在拐点上正好是 1/2），而反向传播取的是 z 所在一侧的导数，两者不一致，但反向传播并没有错。实验室会发现某个单元在 θ − ε 与 θ + ε 之间换了一侧，把这样的参数记为拐点，而不判为失败。'
      },
      practice: {
        title: '怎样使用梯度检验',
        text: '每检验一个参数要做两次前向传播，所以检验一个 784-128-64-10 网络的全部参数需要 2P 次前向传播：训练时运行就太慢了。吴恩达的课程建议：只在调试时使用，之后关掉；在开始时检验一次，训练若干轮之后再检验一次（有些错误要等权重变化之后才会显现）；J 中要包括正则化项；检验失败时，找出参数不一致的那一层。实验室在参数不超过 2,000 个时检验全部参数，超过时在每层中均匀抽取一部分。'
      },
      broken: {
        title: '故意弄坏反向传播，再找出是哪一层',
        text: '梯度检验面板上有一个开关，只在这一次检验中弄坏反向传播（模型和训练都不受影响）：把某一层（由它选择）偏置梯度的符号取反，或者在每个权重梯度中漏掉 L2 项。训练下面这个 ReLU 网络（λ = {lambda}，{epochs} 轮），先照原样运行一次检验，再打开开关：找出变红的那一层，然后显示答案，看看你找得对不对。'
      }
    }
  },
  tryIts: {
    logisticTrain: { label: '在图片上训练', hint: '苹果数据，逻辑回归，w = 0，全批量' },
    logisticWeights: { label: '把 W(1) 看成图片', hint: '同样训练，并打开权重视图' },
    logisticLargeRate: { label: '学习率过大', hint: '同上，但 η = 1' },
    logisticRaw: { label: '不做标准化', hint: '同上，但像素保持导入时的值' },
    oneHiddenTrain: { label: '在圆环数据上训练', hint: '2-4-1，tanh，η = 1.2，全批量' },
    oneHiddenLinear: { label: '线性隐藏层', hint: '同样的 2-4-1，但隐藏单元是线性的' },
    oneHiddenLogistic: { label: '圆环数据上的逻辑回归', hint: '没有隐藏层，用来比较' },
    oneHiddenStep: { label: '逐步查看一个样本', hint: '训练并打开逐步演示' },
    oneHiddenDesign: { label: '查看网络设计', hint: '2-4-1 网络及其形状' },
    workedStep: { label: '逐步查看算例', hint: '教科书预设，一步计算，每个数值' },
    workedTrain: { label: '训练 10,000 步', hint: '一行数据的全批量，η = 0.5，Float64' },
    deepSigmoid: { label: '深层 sigmoid 网络', hint: '6 × 16 个 sigmoid 单元，各层梯度范数' },
    deepRelu: { label: '深层 ReLU 网络', hint: '同上，但使用 ReLU' },
    gradcheckWorked: { label: '检验这个算例', hint: '在梯度检验中打开教科书预设' },
    gradcheckRelu: {
      label: '检验一个 ReLU 网络',
      hint: '圆环数据上带 L2 的 2-8-8-1 ReLU 网络，然后做梯度检验'
    }
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
        prompt:
          '有 n_x = {nx} 个输入和 n_h = {nh} 个隐藏单元时，第一个权重矩阵的梯度 dW[1] 是什么形状？',
        explain: '梯度与权重同形：n_h × n_x = {answer}，在每种记号中都是如此。'
      },
      shapeLabA1: {
        prompt:
          '实验室按行排列样本。对于 m = {m} 个样本的批量且 n_h = {nh}，它的 A(1) 是什么形状？',
        explain: 'm × n_h = {answer}：即课程中 A[1]（n_h × m）的转置。'
      },
      tanhSlope: {
        prompt: '某个隐藏单元的 a = tanh(z) = {a}。1 − a² 会把它的 δ 乘以多少？',
        explain: 'tanh′(z) = 1 − tanh²(z) = 1 − {a}² = {answer}。'
      }
    },
    worked: {
      signW5: {
        prompt: '∂E/∂w5 是正、负还是零？',
        explain:
          '正：第一个输出 {a2} 高于目标 {y1}，而 w5 乘的是一个正的隐藏层输出，所以增大 w5 会使 E 变大。∂E/∂w5 = {value}，更新会减小 w5。'
      },
      updatedW5: {
        prompt: '已知 ∂E/∂w5 = {gradient}，η = {eta}，更新后的 w5 是多少（原来是 {w5}）？',
        explain:
          'w5⁺ = {w5} − {eta} × {gradient} = {fromShown}。实验室用未经舍入的梯度算得 {answer}。'
      },
      signPathO2: {
        prompt: '误差沿两条路径到达第一个隐藏单元。经过输出 2 的那一条 δ2·w7 是正、负还是零？',
        explain:
          '负：第二个输出 {a2} 低于目标 {y2}，所以它的 δ 为负，而 w7 > 0。这条路径的值为 {value}。'
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
    },
    gradients: {
      centralDifference: {
        prompt:
          'J(θ + ε) = {plus}，J(θ − ε) = {minus}，ε = {epsilon}。中心差分给出的 ∂J/∂θ 是多少？',
        explain: '(J(θ + ε) − J(θ − ε)) / 2ε = ({plus} − {minus}) / (2 × {epsilon}) = {answer}。'
      },
      droppedL2: {
        prompt:
          '反向传播漏掉了 L2 项。λ = {lambda}，某个权重为 {weight}，在这个权重上反向传播与中心差分相差多少？',
        explain:
          '中心差分包含了 L2 项的斜率 λw，反向传播没有：两者相差 λw = {lambda} × {weight} = {answer}，远超出容差，所以检验变红。'
      }
    }
  }
} satisfies typeof en
