import { describe, expect, it } from 'vitest'
import {
  comparisonCsv,
  comparisonFileName,
  csvField
} from '@renderer/lib/experiments/comparison-csv'
import { comparedRun, epoch } from './compare-fixtures'

const CLASSES = ['no', 'yes, sure']

/** A finished two-epoch run whose name holds a comma and quotes, on two classes (one with a comma). */
const finished = comparedRun('x1', {
  item: {
    name: 'lr 0.01, "small"',
    datasetName: 'cancer',
    epochs: 2,
    startedAt: '2025-03-01T10:00:00.000Z',
    endedAt: '2025-03-01T10:00:01.500Z',
    seconds: 1.5
  },
  config: { learningRate: 0.01, epochs: 2 },
  layers: [
    [32, 'relu'],
    [1, 'sigmoid']
  ],
  loss: 'binary-cross-entropy',
  metrics: [epoch(1, 0.75, 0.5, 0.7, 0.5, 3000), epoch(2, 0.5, 0.75, 0.625, 0.5, 3400)],
  view: {
    classes: CLASSES,
    summary: {
      train: { loss: 0.5, accuracy: 0.75, confusion: null },
      validation: {
        loss: 0.625,
        accuracy: 0.5,
        confusion: [
          [1, 1],
          [0, 2]
        ]
      },
      test: null,
      trainingSeconds: 1.25,
      samplesPerSecond: 3200
    }
  }
}).view
finished.detail.dataHash = 'abc'

/** A stopped logistic regression after one epoch, trained on everything (no validation). */
const stopped = comparedRun('y2', {
  item: {
    name: 'plain',
    status: 'stopped',
    datasetName: 'cancer',
    epochs: 1,
    startedAt: '2025-03-01T10:05:00.000Z',
    endedAt: '2025-03-01T10:05:02.250Z',
    seconds: 2.25
  },
  config: {
    hidden: [],
    optimizer: 'sgd',
    learningRate: 0.1,
    l2: 0,
    batchSize: 'full',
    epochs: 10,
    init: 'xavier',
    split: [1],
    shuffle: false
  },
  layers: [[1, 'sigmoid']],
  loss: 'binary-cross-entropy',
  metrics: [epoch(1, 0.25, 1, null, null, 800)],
  view: { classes: CLASSES, summary: null }
}).view
stopped.detail.dataHash = 'abc'

const EXPECTED = [
  'run_id,run_name,section,key,epoch,actual,predicted,value',
  'x1,"lr 0.01, ""small""",setting,dataset,,,,cancer',
  'x1,"lr 0.01, ""small""",setting,dataHash,,,,abc',
  'x1,"lr 0.01, ""small""",setting,architecture,,,,4-32-1',
  'x1,"lr 0.01, ""small""",setting,hidden,,,,32',
  'x1,"lr 0.01, ""small""",setting,hiddenActivations,,,,relu',
  'x1,"lr 0.01, ""small""",setting,output,,,,sigmoid',
  'x1,"lr 0.01, ""small""",setting,loss,,,,binary-cross-entropy',
  'x1,"lr 0.01, ""small""",setting,optimizer,,,,adam',
  'x1,"lr 0.01, ""small""",setting,learningRate,,,,0.01',
  'x1,"lr 0.01, ""small""",setting,lrSchedule,,,,"{""kind"":""constant"",""warmupEpochs"":0}"',
  'x1,"lr 0.01, ""small""",setting,momentum,,,,0.9',
  'x1,"lr 0.01, ""small""",setting,l1,,,,0',
  'x1,"lr 0.01, ""small""",setting,l2,,,,0.0001',
  'x1,"lr 0.01, ""small""",setting,batchSize,,,,16',
  'x1,"lr 0.01, ""small""",setting,epochs,,,,2',
  'x1,"lr 0.01, ""small""",setting,earlyStopping,,,,',
  'x1,"lr 0.01, ""small""",setting,init,,,,he',
  'x1,"lr 0.01, ""small""",setting,initModel,,,,',
  'x1,"lr 0.01, ""small""",setting,precision,,,,f32',
  'x1,"lr 0.01, ""small""",setting,seed,,,,7',
  'x1,"lr 0.01, ""small""",setting,split,,,,0.8 0.2',
  'x1,"lr 0.01, ""small""",setting,normalize,,,,auto',
  'x1,"lr 0.01, ""small""",setting,inputFeatures,,,,',
  'x1,"lr 0.01, ""small""",setting,shuffle,,,,true',
  'x1,"lr 0.01, ""small""",setting,preprocessing,,,,standardize',
  'x1,"lr 0.01, ""small""",setting,engineVersion,,,,1.0.0',
  'y2,plain,setting,dataset,,,,cancer',
  'y2,plain,setting,dataHash,,,,abc',
  'y2,plain,setting,architecture,,,,4-1 logistic regression',
  'y2,plain,setting,hidden,,,,',
  'y2,plain,setting,hiddenActivations,,,,',
  'y2,plain,setting,output,,,,sigmoid',
  'y2,plain,setting,loss,,,,binary-cross-entropy',
  'y2,plain,setting,optimizer,,,,sgd',
  'y2,plain,setting,learningRate,,,,0.1',
  'y2,plain,setting,lrSchedule,,,,"{""kind"":""constant"",""warmupEpochs"":0}"',
  'y2,plain,setting,momentum,,,,0.9',
  'y2,plain,setting,l1,,,,0',
  'y2,plain,setting,l2,,,,0',
  'y2,plain,setting,batchSize,,,,full',
  'y2,plain,setting,epochs,,,,10',
  'y2,plain,setting,earlyStopping,,,,',
  'y2,plain,setting,init,,,,xavier',
  'y2,plain,setting,initModel,,,,',
  'y2,plain,setting,precision,,,,f32',
  'y2,plain,setting,seed,,,,7',
  'y2,plain,setting,split,,,,1',
  'y2,plain,setting,normalize,,,,auto',
  'y2,plain,setting,inputFeatures,,,,',
  'y2,plain,setting,shuffle,,,,false',
  'y2,plain,setting,preprocessing,,,,standardize',
  'y2,plain,setting,engineVersion,,,,1.0.0',
  'x1,"lr 0.01, ""small""",metric,status,,,,completed',
  'x1,"lr 0.01, ""small""",metric,epochs,,,,2',
  'x1,"lr 0.01, ""small""",metric,plannedEpochs,,,,2',
  'x1,"lr 0.01, ""small""",metric,trainLoss,,,,0.5',
  'x1,"lr 0.01, ""small""",metric,trainAccuracy,,,,0.75',
  'x1,"lr 0.01, ""small""",metric,valLoss,,,,0.625',
  'x1,"lr 0.01, ""small""",metric,valAccuracy,,,,0.5',
  'x1,"lr 0.01, ""small""",metric,testLoss,,,,',
  'x1,"lr 0.01, ""small""",metric,testAccuracy,,,,',
  'x1,"lr 0.01, ""small""",metric,seconds,,,,1.5',
  'x1,"lr 0.01, ""small""",metric,trainingSeconds,,,,1.25',
  'x1,"lr 0.01, ""small""",metric,samplesPerSecond,,,,3200',
  'y2,plain,metric,status,,,,stopped',
  'y2,plain,metric,epochs,,,,1',
  'y2,plain,metric,plannedEpochs,,,,10',
  'y2,plain,metric,trainLoss,,,,0.25',
  'y2,plain,metric,trainAccuracy,,,,1',
  'y2,plain,metric,valLoss,,,,',
  'y2,plain,metric,valAccuracy,,,,',
  'y2,plain,metric,testLoss,,,,',
  'y2,plain,metric,testAccuracy,,,,',
  'y2,plain,metric,seconds,,,,2.25',
  'y2,plain,metric,trainingSeconds,,,,',
  'y2,plain,metric,samplesPerSecond,,,,800',
  'x1,"lr 0.01, ""small""",curve,trainLoss,1,,,0.75',
  'x1,"lr 0.01, ""small""",curve,valLoss,1,,,0.7',
  'x1,"lr 0.01, ""small""",curve,trainAccuracy,1,,,0.5',
  'x1,"lr 0.01, ""small""",curve,valAccuracy,1,,,0.5',
  'x1,"lr 0.01, ""small""",curve,trainLoss,2,,,0.5',
  'x1,"lr 0.01, ""small""",curve,valLoss,2,,,0.625',
  'x1,"lr 0.01, ""small""",curve,trainAccuracy,2,,,0.75',
  'x1,"lr 0.01, ""small""",curve,valAccuracy,2,,,0.5',
  'y2,plain,curve,trainLoss,1,,,0.25',
  'y2,plain,curve,trainAccuracy,1,,,1',
  'x1,"lr 0.01, ""small""",confusion,validation,,no,no,1',
  'x1,"lr 0.01, ""small""",confusion,validation,,no,"yes, sure",1',
  'x1,"lr 0.01, ""small""",confusion,validation,,"yes, sure",no,0',
  'x1,"lr 0.01, ""small""",confusion,validation,,"yes, sure","yes, sure",2'
]

describe('comparison CSV', () => {
  it('writes every setting, metric, curve value and confusion cell of each run, one per row', () => {
    expect(comparisonCsv([finished, stopped])).toBe(`${EXPECTED.join('\r\n')}\r\n`)
  })

  it('quotes fields with commas, quotes, line breaks or edge spaces, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('cr\rhere')).toBe('"cr\rhere"')
    expect(csvField(' padded')).toBe('" padded"')
    expect(csvField('')).toBe('')
  })

  it('names the file by the local date', () => {
    expect(comparisonFileName(new Date(2025, 2, 1, 23, 59))).toBe(
      'backprop-lab-comparison-2025-03-01.csv'
    )
  })
})
