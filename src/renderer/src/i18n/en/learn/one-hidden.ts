/** Lesson 2, one hidden layer: its texts, its “try it”s, its exercises and its panel. */
export default {
  shapes: {
    caption: 'Every matrix of one step in this notation, and the lab’s',
    matrix: 'Matrix',
    shape: 'Shape',
    lab: 'In the lab',
    values: 'Live values',
    orientation: {
      rows: 'one row per sample',
      columns: 'one column per sample'
    },
    live: 'Values of the first {rows} training rows, traced on the run on the Training screen (epoch {epoch}).',
    noRun:
      'Live values appear here once a run of a one-hidden-layer network exists: use “Train on the circles” below.',
    otherDepth:
      'The run on the Training screen does not have one hidden layer; its values are not shown here.',
    tooWide: 'The network is too wide to print its matrices here; the shapes still hold.',
    refresh: 'Refresh values',
    loading: 'Tracing…'
  },
  lessons: {
    oneHidden: {
      title: 'One hidden layer, vectorized',
      summary:
        'The batch as one matrix, the forward and backward pass as matrix products, why the hidden layer must be non-linear, and every shape.',
      notation: {
        title: 'Samples as columns, samples as rows',
        text: 'The course notes and the derivation stack the m samples as columns: X is n_x × m. The lab stacks them as rows, one row per sample as in its data files, so each of its batch matrices is the transpose of the course’s: the lab’s Z(1) for a batch is m × n_h where the course’s Z[1] is n_h × m. Weights are the same in all three: row j holds the weights into unit j. Only the numbering of layers differs: the derivation’s layer 1 is the input, so its z(2) is the lab’s z(1).'
      },
      forward: {
        title: 'Forward',
        text: 'The bias vector is added to every sample. Each sample’s ŷ is one entry of the output matrix: a column of it in the course’s and the derivation’s orientation, a row in the lab’s.'
      },
      nonlinear: {
        title: 'Why the hidden layer must be non-linear',
        text: 'With a linear hidden activation, two layers collapse into one: the product of the weight matrices is a single weight matrix, and the network is logistic regression again, whatever the number of hidden units. Only a non-linear activation such as tanh lets the hidden layer bend the decision boundary. Try it on the circles: the linear hidden layer does no better than logistic regression, about half right, where tanh reaches about 99%.'
      },
      backward: {
        title: 'Backward',
        text: 'The batch matrix of δ (dZ in the course notes) holds one sample’s δ per column, per row in the lab’s orientation. 1 − (A(1))² is tanh′ at the hidden layer’s Z, and ⊙ multiplies element by element. The weight gradients average over the batch with 1/m; the bias gradients average δ over the samples.'
      },
      perSample: {
        title: 'The same step, one sample at a time',
        text: 'Per sample, as the lab’s step-through shows it: the sums over i are the matrix products above, and sample i’s δ is its column (its row in the lab’s orientation) of the batch matrix.'
      },
      shapes: {
        title: 'Every shape, with live values',
        text: 'For the design on the Network screen n_x = {nx}, n_h = {nh}, n_y = {ny}. Try it trains n_x = 2, n_h = 4 on the circles sample with plain gradient descent (η = 1.2, full batch): watch the decision boundary form on the Training screen, then come back for the live values, shown in the orientation of the notation you chose.'
      }
    }
  },
  tryIts: {
    oneHiddenTrain: { label: 'Train on the circles', hint: '2-4-1, tanh, η = 1.2, full batch' },
    oneHiddenLinear: {
      label: 'A linear hidden layer',
      hint: 'the same 2-4-1 with linear hidden units'
    },
    oneHiddenLogistic: {
      label: 'Logistic regression on the circles',
      hint: 'no hidden layer, for comparison'
    },
    oneHiddenStep: { label: 'Step through one sample', hint: 'trains and opens the step-through' },
    oneHiddenDesign: { label: 'See the design', hint: 'the 2-4-1 network with its shapes' }
  },
  exercises: {
    oneHidden: {
      shapeDW1: {
        prompt:
          'With n_x = {nx} inputs and n_h = {nh} hidden units, what shape is dW[1], the gradient of the first weight matrix?',
        explain:
          'The gradient has the shape of the weights: n_h × n_x = {answer}, in every notation.'
      },
      shapeLabA1: {
        prompt:
          'The lab stacks samples as rows. For a batch of m = {m} samples and n_h = {nh}, what shape is its A(1)?',
        explain: 'm × n_h = {answer}: the transpose of the course’s A[1], which is n_h × m.'
      },
      tanhSlope: {
        prompt: 'A hidden unit has a = tanh(z) = {a}. By what factor does 1 − a² scale its δ?',
        explain: 'tanh′(z) = 1 − tanh²(z) = 1 − {a}² = {answer}.'
      }
    }
  }
}
