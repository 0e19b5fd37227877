import type en from '../../en/learn/screen'

/** “学习”页面自身的文本：课程列表、翻页、“动手试试”、练习的检查、记号与笔记。 */
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
  }
} satisfies typeof en
