/** The Learn screen’s own texts: its list of lessons, the pager, “try it”, the exercises’ check, notations and remarks. */
export default {
  title: 'Learn',
  intro:
    'Four classic derivations of backpropagation and a lesson on checking gradients, each running on the lab: every formula is one click away from the real numbers. Read them in the notation you know: the lab’s own, the course notes’ or the derivation’s.',
  lessonsHeading: 'Lessons',
  lessonNumber: 'Lesson {number}',
  visited: 'Visited',
  tally: '{correct} of {total} exercises right',
  notStarted: 'Not started',
  previous: '← Previous lesson: {title}',
  next: 'Next lesson: {title} →',
  pager: 'Previous and next lesson',
  tryIt: {
    heading: 'Try it',
    busy: 'Setting up…',
    opens: {
      training: 'Opens the Training screen',
      network: 'Opens the Network screen',
      inspect: 'Opens the Inspect screen'
    },
    trains: 'and starts training',
    stillRunning: 'A run is still training. Stop it on the Training screen, then try again.'
  },
  check: {
    heading: 'Check yourself',
    intro: 'Answer first; the lab then shows the value it computes.',
    answer: 'Your answer',
    submit: 'Check',
    correct: 'Right.',
    wrong: 'Not quite.',
    labValue: 'The lab’s value: {value}',
    again: 'Answer again',
    unreadable: {
      number: 'Write a number, for example 0.25 or 1/4.',
      shape: 'Write a shape as rows × columns, for example 4 × 2 or 4 x 2.',
      sign: 'Choose positive, negative or zero.'
    }
  },
  signs: { positive: 'positive', negative: 'negative', zero: 'zero' },
  notation: {
    label: 'Notation',
    names: {
      lab: 'The lab’s',
      course: 'Course notes',
      derivation: 'Derivation'
    },
    hints: {
      lab: 'W(l), one row per sample',
      course: 'W[l], one column per sample',
      derivation: 'n_l, s_l, one column per sample'
    },
    legend: {
      lab: 'The lab’s own notation: layers l = 1 … L are the layers with weights, W(l) takes layer l − 1 to layer l (row j holds the weights into unit j), and a batch holds one sample per row, as the lab’s data files do.',
      course:
        'Andrew Ng’s course notes: layers in square brackets, A[0] = X, a batch holds one sample per column, and dZ, dW, db are the derivatives of J.',
      derivation:
        'The feed-forward derivation: n_l layers with the input as layer 1, s_l units in layer l, W(l) and b(l) take layer l to layer l + 1; a batch holds one sample per column.'
    },
    indices:
      'In every notation i counts samples and is written above: x⁽ⁱ⁾ is sample i, y⁽ⁱ⁾ its label. j counts features and units and is written below: xⱼ is feature j. m is the number of samples.'
  },
  remark: {
    heading: 'In the notes',
    wrote: 'As written',
    corrected: 'Corrected',
    sources: {
      course: 'the course notes',
      derivation: 'the derivation'
    }
  }
}
