import type en from '../en/data'

/** “数据”页面的文字。 */
export default {
  title: '数据',
  open: {
    file: '打开文件…',
    fileTitle: 'CSV 或 TSV 表格：每行一个样本，类别或目标值在其中一列',
    folder: '打开文件夹…',
    folderTitle: '每个类别一个图片子文件夹的文件夹，或包含 IDX 文件的文件夹',
    dropHint:
      '把表格（CSV、JSON、Excel、Parquet、NumPy）、IDX 文件或图片文件夹拖放到本窗口任意位置，或者'
  },
  source: {
    title: '来自文件',
    refusedTitle: '请选择要导入的内容',
    sheet: '工作表',
    features: '特征数组',
    labels: '标签数组',
    apply: '按此选择导入',
    pickLabels: '选择标签 .npy…',
    dropLabels: '请把特征 .npy 和它的标签 .npy 一起拖放（同时拖入两个文件）。',
    dismiss: '关闭'
  },
  drop: {
    title: '松开即可导入',
    csv: '表格文件（CSV、TSV、JSON、JSON Lines、Excel、Parquet，或 NumPy 的 X.npy 加 y.npy）：每行一个样本；除非另选，最后一列就是标签。',
    folder: '图片文件夹：每个类别一个子文件夹（coat/、shirt/、…）。'
  },
  empty: {
    title: '使用你自己的数据',
    lead: '把文件或文件夹拖放到本窗口任意位置，或使用上方的“打开文件…”或“打开文件夹…”。',
    csv: '表格：CSV 或 TSV（也可 gzip 压缩）、JSON 记录、JSON Lines、Excel .xlsx、Parquet、NumPy .npy/.npz；文本列的每个取值各成为一个输入。',
    folder: '每个类别一个子文件夹的图片文件夹（PNG、JPEG、BMP）；图片会缩放到同一尺寸。',
    idx: '与 MNIST 相同的 IDX 文件（图片和标签放在一起，可以是 gzip 压缩的）。',
    samples: '或者从示例开始：无需文件'
  },
  restore: {
    found:
      '实验室文件夹中有一个数据集文件夹（{names}）不在数据库中（数据库是否被替换或清空？）。它的数据完好无损。 | 实验室文件夹中有 {count} 个数据集文件夹（{names}）不在数据库中（数据库是否被替换或清空？）。它们的数据完好无损。',
    duplicates:
      '另有 1 个文件夹的数据实验室中已有，已原样保留。 | 另有 {count} 个文件夹的数据实验室中已有，已原样保留。',
    bare: '另有 1 个由旧版本保存的文件夹无法重新登记，已原样保留。 | 另有 {count} 个由旧版本保存的文件夹无法重新登记，已原样保留。',
    button: '把它加回实验室 | 把它们加回实验室',
    done: '没有加回任何文件夹：实验室中已有相同的数据。 | 已把 1 个数据集加回实验室。 | 已把 {count} 个数据集加回实验室。'
  },
  import: {
    region: '正在导入',
    phase: { uploading: '正在上传 {label}', importing: '正在导入 {label}' },
    starting: '正在开始…',
    count: {
      files: '{done} / {total} 个文件',
      images: '{done} / {total} 张图片',
      bytes: '{done} / {total}'
    },
    countUnknown: { files: '{done} 个文件', images: '{done} 张图片', bytes: '已读取 {done}' },
    rate: { files: '{rate} 个文件/秒', images: '{rate}/秒', bytes: '{rate}/秒' },
    cancel: '取消',
    cancelling: '正在取消…',
    cancelled: '已取消导入：没有导入任何内容。',
    busy: '已有导入正在进行：请等它完成，或先取消它。',
    done: '已导入 {name}：{rows} 行。 | 已导入 {name}：{rows} 行。',
    reused: '{name} 之前已用相同的内容和选项导入过：显示的是那个数据集。',
    nothingDropped: '拖放的内容中没有可以导入的东西。'
  },
  generator: {
    heading: '生成',
    noise: '噪声：{percent} %',
    points: '点数',
    pointsRange: '点数：请填 {min} 到 {max} 之间的整数。',
    regenerate: '重新生成',
    seed: '种子 {seed}',
    ratio: '训练点与留出点的比例就是“训练前准备”里的划分。'
  },
  samples: {
    title: '示例',
    loading: '正在加载…',
    suggestionApplied: '{name}：它的网络和设置已经设好。前往“训练”并点击“开始”。',
    presetLeft: '教科书示例的网络和设置已被默认值替换。',
    items: {
      iris: {
        name: '鸢尾花',
        about: '150 朵鸢尾花的四项测量值；区分三个品种。',
        tag: '150 行 · 3 个类别'
      },
      xor: {
        name: 'XOR（异或）',
        about: '分布在四个象限的点；没有一条直线能把两个类别分开。',
        tag: '400 个点 · 2 个类别'
      },
      circles: {
        name: '圆环',
        about: '一个圆盘外围着一个圆环：边界是一个圆。',
        tag: '400 个点 · 2 个类别'
      },
      'two-spirals': {
        name: '双螺旋',
        about: '两条相互交错的螺旋臂：对小网络来说很难。',
        tag: '400 个点 · 2 个类别'
      },
      gaussians: {
        name: '高斯分布',
        about: '两团点：适合作为轻松的第一次训练。',
        tag: '400 个点 · 2 个类别'
      },
      plane: {
        name: '平面',
        about: '回归：倾斜的平面 z = 0.6 (x + y)；线性模型就能完全拟合。',
        tag: '400 个点 · 一个要预测的值'
      },
      'multi-gaussian': {
        name: '多高斯',
        about: '回归：六个凸起和凹陷；网络必须弯曲才能拟合这个曲面。',
        tag: '400 个点 · 一个要预测的值'
      },
      'fashion-small': {
        name: 'Fashion（小）',
        about: '来自 Fashion-MNIST 的 28 × 28 灰度服装图片，每个类别 30 张。',
        tag: '300 张图片 · 10 个类别'
      },
      apples: {
        name: '苹果与其他水果',
        about: '真实的 100 × 100 彩色照片：对图片做逻辑回归。',
        tag: '326 张照片 · 2 个类别'
      },
      textbook: {
        name: '教科书示例',
        about: '经典的 2-2-2 反向传播例题，带有它的初始权重。',
        tag: '1 行 · 指定权重'
      }
    }
  },
  rename: { action: '重命名 {name}', label: '数据集名称', classLabel: '类别名称' },
  list: {
    title: '你的数据集',
    rows: '{count} 行 | {count} 行',
    features: '{count} 个特征 | {count} 个特征',
    classes: '{count} 个类别 | {count} 个类别',
    targets: '{count} 个目标 | {count} 个目标',
    pick: '在左侧选择一个数据集，或导入一个。',
    deleteNamed: '删除 {name}',
    confirmDelete: '删除 {name}？它的训练记录仍保留在“实验”中。',
    delete: '删除',
    keep: '保留',
    deleted: '已删除 {name}。'
  },
  kinds: { csv: '表格', images: '图片文件夹', idx: 'IDX 图片', generated: '二维数据集' },
  summary: {
    region: '数据集概要',
    rows: '行数',
    features: '特征数',
    inputShape: '输入形状',
    task: '任务',
    shapeGray: '{height} × {width} 灰度',
    shapeColor: '{height} × {width} × {channels} 彩色',
    shapeVector: '{count} 个值',
    classification: '{count} 个类别',
    regression: '回归 · {count} 个目标 | 回归 · {count} 个目标',
    balance: '类别平衡',
    balanced: '各类别的大小大致相同。',
    imbalanced: '最大类别的行数是最小类别的 {ratio} 倍：只看准确率可能会产生误导。',
    targets: '回归目标',
    droppedFiles: '拖放到窗口上的文件',
    skippedRows:
      '有 {count} 行被排除：见下方“问题与说明”。 | 有 {count} 行被排除：见下方“问题与说明”。',
    skippedFiles:
      '有 {count} 个文件被排除：见下方“问题与说明”。 | 有 {count} 个文件被排除：见下方“问题与说明”。'
  },
  problems: {
    region: '问题与说明',
    title: '问题与说明',
    skipped: '已排除（{count}）',
    line: '第 {line} 行',
    showMore: '每类显示更多',
    moreOfKind: '……此类还有 {count} 项（命令行的 import --json 会全部列出）',
    kinds: {
      'wrong-field-count': '字段数不对（{count}）',
      'missing-value': '缺少值（{count}）',
      'not-a-number': '不是数字（{count}）',
      'unreadable-record': '无法读取的记录（{count}）',
      'unreadable-file': '无法读取的文件（{count}）',
      other: '其他（{count}）'
    },
    showFewer: '收起',
    noneSkipped: '没有排除任何内容。',
    notes: '导入时做了什么',
    audit: '数据概况',
    duplicates:
      '有 {count} 行与之前的行重复（输入和类别都相同）。 | 有 {count} 行与之前的行重复（输入和类别都相同）。',
    duplicateInputs: '有 {count} 行的输入与之前的行相同。 | 有 {count} 行的输入与之前的行相同。',
    constant:
      '有 {count} 个特征只有一个取值，不携带任何信息：{names}。 | 有 {count} 个特征只有一个取值，不携带任何信息：{names}。',
    constantMore: '有 {count} 个特征只有一个取值，不携带任何信息：{names}，以及另外 {more} 个。',
    clean: '没有重复的行，也没有取值不变的特征。'
  },
  prepare: {
    region: '训练前准备',
    title: '训练前准备',
    normalization: '归一化',
    normalize: {
      auto: '自动（推荐）',
      standardize: '标准化（均值 0，标准差 1）',
      minmax: '最小–最大缩放到 [0, 1]',
      scale: '除以最大值',
      none: '无'
    },
    autoPicked: '自动',
    explain: {
      standardize: '每个特征都用训练集的均值和标准差做标准化。',
      minmax: '每个特征都用训练集的最小值和最大值映射到 [0, 1]。',
      scale: '每个值都除以训练集中绝对值最大的值。',
      none: '输入按导入时的原样使用。',
      pixels: '像素值已经在 [0, 1] 之间：无需归一化。'
    },
    range: '原始值的范围是 {min} 到 {max}。',
    scalesDiffer: '各特征的尺度相差很大：不做归一化，训练可能很慢或不稳定。',
    split: '划分',
    validationPercent: '验证集 %',
    testPercent: '测试集 %',
    presets: { p80: '80 / 20', p70: '70 / 15 / 15', all: '全部用于训练' },
    parts: {
      train: '{percent}% 训练集（{rows} 行） | {percent}% 训练集（{rows} 行）',
      validation: '{percent}% 验证集（{rows} 行） | {percent}% 验证集（{rows} 行）',
      test: '{percent}% 测试集（{rows} 行） | {percent}% 测试集（{rows} 行）'
    },
    officialTest: '测试部分是数据集自带的测试集（{rows} 行），保持原样；验证比例只划分其余各行。',
    noValidation: '没有验证集：你将看不到网络在没训练过的数据上表现如何。',
    stratified: '每个类别分别划分，因此每一部分都保持原有的类别比例（用种子 {seed} 打乱）。',
    shared: '“训练”页面使用的就是这些设置。',
    toNetwork: '设计网络',
    toTraining: '前往训练'
  },
  preview: {
    region: '预览',
    title: '预览',
    imagesTitle: '按类别浏览图片',
    tabs: { rows: '行', columns: '列' },
    origin: '来源',
    label: '标签',
    target: '目标',
    previous: '上一页',
    next: '下一页',
    page: '第 {from}–{to} 行，共 {total} 行',
    moreColumns: '只显示了 {total} 个特征中的前 {shown} 个。',
    images: '{count} 张图片',
    imageOf: '{name}：{origin}',
    zoomTitle: '类别 {name} 的图片',
    rowNumber: '第 {row} 行',
    close: '关闭',
    scatter: '数据点：横轴为 {x}，纵轴为 {y}，按类别着色',
    axes: '{x} → · {y} ↑'
  },
  columns: {
    explain: '选择一个标签列用于分类，或选择目标列用于回归。“应用”会把文件作为新数据集重新导入。',
    column: '列',
    role: '角色',
    becomes: '变为',
    values: '取值',
    range: '{min} 到 {max}，均值 {mean}',
    roleOf: '{name} 的角色',
    roles: {
      feature: '特征',
      label: '标签（类别）',
      target: '目标（回归）',
      ignore: '忽略'
    },
    becomesRole: {
      feature: '一个输入',
      label: '要预测的类别',
      target: '要预测的值',
      ignore: '按要求排除'
    },
    oneHot: '{count} 个输入，每个取值一个：{values}',
    leftOutByImporter: '被导入器排除：文本取值过多，或为空',
    afterApply: '应用后才生效',
    apply: '应用并重新导入',
    applying: '正在重新导入…',
    reset: '撤销更改',
    applied: '已按新的列角色重新导入 {name}。',
    problems: {
      noOutput: '请选择一个标签列（分类）或至少一个目标列（回归）。',
      twoLabels: '只能有一列作为标签。',
      labelAndTargets: '请选择标签列或目标列，不能两者都选。',
      noFeatures: '至少要有一列作为特征。'
    }
  }
} satisfies typeof en
