import type en from '../../en/learn/deep'

/** 第 4 课（深层网络与 L2）的文本：课文、“动手试试”、练习与面板。 */
export default {
  slopes: {
    caption: '各激活函数的导数 f′(z)，与实验室的计算相同',
    activation: '激活函数',
    derivative: 'f′(z)',
    at: 'z = {z}'
  },
  lessons: {
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
        text: '每个 sigmoid 层的 f′ 在权重之前最多把 δ 乘以 0.25，所以有 {depth} 个 sigmoid 层时，前面各层得到的梯度远小于最后一层，几乎学不到东西：J 一直停在 0.693 附近。同样的网络换成 ReLU，δ 经过激活的单元时保持不变，网络就能学习。在圆环数据上把两者都试一试（{depth} 层，每层 {width} 个单元，η = {rate}，批大小 {batch}）：“检视”页面会显示每一层的梯度范数随训练轮数的变化。'
      }
    }
  },
  tryIts: {
    deepSigmoid: { label: '深层 sigmoid 网络', hint: '6 × 16 个 sigmoid 单元，各层梯度范数' },
    deepRelu: { label: '深层 ReLU 网络', hint: '同上，但使用 ReLU' }
  },
  exercises: {
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
