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
  notices: '通知',
  dismiss: '关闭',
  opening: '正在打开实验室…',
  somethingWrong: '出错了：{message}'
} satisfies typeof en
