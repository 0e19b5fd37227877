import type en from '../../en/experiments/files'

/** “实验”页面：实验文件（.bplab）与老师布置的任务。 */
export default {
  file: {
    willSave:
      '把 {runs}连同数据、设置、曲线和检查点保存为一个 .bplab 文件。 | 把 {runs}连同数据、设置、曲线和检查点保存为一个 .bplab 文件。',
    drop: '.bplab 实验文件会连同其中的训练和数据一起打开。',
    runs: '没有训练 | {n} 次训练 | {n} 次训练',
    datasets: '没有数据集 | {n} 个数据集 | {n} 个数据集',
    open: '打开实验…',
    save: '实验另存为…',
    nothingToSave: '请先打开一次训练，或在列表中勾选训练，才能保存为实验文件。',
    saving: '正在保存实验…',
    opening: '正在打开 {file}…',
    saved: '已保存 {file}：{runs}，{datasets}（{size}）。',
    opened: '已打开 {file}：{runs}，{datasets}，使用新的编号（没有替换任何内容）。',
    openedTask: '已打开 {file}：训练页面上有一个给你的任务。',
    refused: {
      'not-a-pack': '{file} 不是 Backprop Lab 实验文件。',
      newer: '{file} 由更新版本的 Backprop Lab 创建；请更新 Backprop Lab 后再打开。',
      damaged: '{file} 已损坏或不完整；请索取一份新的副本。',
      'hash-mismatch': '{file} 中的数据集与记录的哈希值不符；文件已被修改或损坏。'
    }
  },
  task: {
    heading: '任务',
    target: '目标：{goal}。',
    locked: '由老师设定：{settings}。',
    lockBroken: '老师在这个任务中固定了{setting}；请改回任务的设定再训练。',
    leave: '退出任务',
    left: '你已退出任务；之后的训练是普通训练。',
    otherData: '这个任务在 {dataset} 上训练；请在数据页面选择它来完成任务。'
  }
} satisfies typeof en
