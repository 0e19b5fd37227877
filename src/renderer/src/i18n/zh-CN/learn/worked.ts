import type en from '../../en/learn/worked'

/** 第 3 课（2-2-2 算例）的文本：课文、“动手试试”、练习与面板。 */
export default {
  worked: {
    caption: '算例中的数值：精确值（Float64，与实验室的计算相同）与文章印出的数值',
    symbol: '符号',
    article: '文章',
    exact: '精确值',
    printed: '文中数值',
    compared: '文中数值与精确值',
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
  lessons: {
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
    }
  },
  tryIts: {
    workedStep: { label: '逐步查看算例', hint: '教科书预设，一步计算，每个数值' },
    workedTrain: { label: '训练 10,000 步', hint: '一行数据的全批量，η = 0.5，Float64' }
  },
  exercises: {
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
    }
  }
} satisfies typeof en
