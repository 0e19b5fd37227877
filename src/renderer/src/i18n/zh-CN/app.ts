import type en from '../en/app'

/** 外壳：导航、状态栏、通知。 */
export default {
  title: 'Backprop Lab',
  screens: '页面',
  views: {
    data: '数据',
    network: '网络',
    training: '训练',
    inspect: '检视',
    experiments: '实验',
    learn: '学习'
  },
  status: {
    data: '数据：{name}',
    training: '训练中 {percent}%',
    paused: '已暂停 {percent}%',
    browserMode: '浏览器模式'
  },
  language: {
    label: '语言',
    hint: '界面语言：数字和公式保持不变'
  },
  appearance: {
    label: '外观',
    hint: '浅色或深色：与桌面版“视图 › 外观”相同的选择',
    system: '跟随系统',
    light: '浅色',
    dark: '深色'
  },
  commands: {
    unavailable: '现在无法使用“{command}”。'
  },
  rendererRestarted:
    '窗口意外停止（{reason}），已重新载入。数据和训练记录都还在；训练在实验室中继续进行。',
  skipToMain: '跳到页面内容',
  notices: '通知',
  dismiss: '关闭',
  opening: '正在打开实验室…',
  figures: {
    part: '部分',
    loss: '损失',
    accuracy: '准确率',
    parts: { train: '训练集', validation: '验证集', test: '测试集' },
    caption: '最终指标（第 {epoch} 轮）',
    none: '还没有完成任何一轮。',
    definition:
      '最终指标即最后一轮完整训练的指标：训练损失和准确率是该轮各批次（每批更新前）的平均值，验证指标是该轮结束时的权重在验证集上的结果；测试指标是用同一组权重做的最终评估。'
  },
  somethingWrong: '出错了：{message}'
} satisfies typeof en
