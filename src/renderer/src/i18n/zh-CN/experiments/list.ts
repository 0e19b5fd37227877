import type en from '../../en/experiments/list'

/** “实验”页面：页面本身与运行列表的文字。 */
export default {
  title: '实验',
  intro: '所有训练记录，最新的在前。打开一条，可以再次查看它的曲线、设置和结果。',
  status: {
    running: '运行中',
    completed: '已完成',
    stopped: '已停止',
    interrupted: '已中断',
    failed: '失败',
    paused: '已暂停'
  },
  filter: {
    label: '筛选训练记录',
    status: '状态',
    dataset: '数据集',
    allStatuses: '所有状态',
    allDatasets: '所有数据集',
    search: '搜索',
    searchPlaceholder: '名称、结构、标记、笔记…',
    shown: '{shown} / {total} 条记录'
  },
  list: {
    branchOf: '从训练记录 {runId} 的第 {epoch} 轮继续而来',
    label: '训练记录',
    empty: '还没有训练记录。在“训练”页面训练一个网络，它就会出现在这里。',
    noMatch: '没有符合筛选条件的训练记录。',
    clearFilter: '清除筛选',
    columns: {
      name: '名称',
      status: '状态',
      dataset: '数据集',
      architecture: '结构',
      epochs: '轮次',
      trainLoss: '训练损失',
      valLoss: '验证损失',
      trainAccuracy: '训练准确率',
      valAccuracy: '验证准确率',
      time: '用时',
      started: '开始时间'
    },
    epochsOf: '{done} / {planned}',
    open: '打开训练记录 {name}',
    deletedDataset: '已删除的数据集'
  },
  duration: {
    seconds: '{seconds} 秒',
    minutes: '{minutes} 分 {seconds} 秒',
    hours: '{hours} 小时 {minutes} 分'
  },
  none: '—'
} satisfies typeof en
