/** Texts of the Learn screen: four lessons that run on the lab. Formulas live in lib/learn (the same in every language). */
export default {
  title: 'Learn',
  intro:
    'Four classic derivations of backpropagation, each a lesson that runs on the lab: every formula is one click away from the real numbers. The symbols are the lab’s own: z, a, δ, W(l), b(l), J.',
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
  worked: {
    caption:
      'The worked example’s numbers: exact (Float64, as the lab computes them) and as the article prints them',
    lab: 'Lab',
    article: 'Article',
    exact: 'Exact',
    printed: 'Printed',
    agrees: 'agrees',
    differs: {
      rounded: 'rounded intermediates',
      updateOrder: 'the program’s first update order'
    },
    rows: {
      errorAfterOne: 'after 1 step',
      errorAfterLong: 'after 10,000 steps',
      outO1AfterLong: 'after 10,000 steps',
      outO2AfterLong: 'after 10,000 steps'
    }
  },
  shapes: {
    caption: 'Every matrix of one step, course orientation beside the lab’s',
    matrix: 'Course',
    lab: 'Lab',
    courseShape: 'Course shape',
    labShape: 'Lab shape',
    values: 'Live values (course orientation)',
    live: 'Values of the first {rows} training rows, traced on the run on the Training screen (epoch {epoch}).',
    noRun:
      'Live values appear here once a run of a one-hidden-layer network exists: use “Train on the circles” below.',
    otherDepth:
      'The run on the Training screen does not have one hidden layer; its values are not shown here.',
    tooWide: 'The network is too wide to print its matrices here; the shapes still hold.',
    refresh: 'Refresh values',
    loading: 'Tracing…'
  },
  slopes: {
    caption: 'Each activation’s slope f′(z), as the lab computes it',
    activation: 'Activation',
    derivative: 'f′(z)',
    at: 'z = {z}'
  },
  lessons: {
    logistic: {
      title: 'Logistic regression on photos',
      summary:
        'One sigmoid unit, the cross-entropy cost, its gradient, and what decides convergence.',
      model: {
        title: 'The model',
        text: 'Logistic regression is the lab’s network without a hidden layer: one sigmoid unit. Course notes write the weights as a column w and the prediction as ŷ; the lab stores w as the single row of W(1) and calls the output a(1). A photo becomes x, its pixels flattened.'
      },
      loss: {
        title: 'The loss and the cost',
        text: 'The cross-entropy loss L is small when ŷ is close to the label y (0 or 1). The cost J averages it over the m training samples: the lab’s binary cross-entropy, the number on the loss chart.'
      },
      gradient: {
        title: 'The gradient',
        text: 'The sigmoid’s slope σ(z)(1 − σ(z)) cancels against the loss’s, leaving ∂L/∂z = ŷ − y: the lab’s δ(1) for this network. Each weight’s gradient is its input times that error; the bias’s is the error itself.'
      },
      descent: {
        title: 'Gradient descent',
        text: 'Each step moves w and b against the gradient. η is the learning rate (course notes often write α). With a full batch every step uses all m training photos.'
      },
      photos: {
        title: 'On the apples photos',
        text: 'The bundled apples sample has 326 photos of 100 × 100 pixels in 3 colours, so x has 30,000 values. Classes are sorted by name: apple is 0 and other is 1, the positive class whose probability ŷ estimates. The lesson starts from w = 0 and b = 0 (zero initialization works here: a single unit has no symmetry to break), standardizes every pixel and trains full batches with plain gradient descent (η = {rate}, {epochs} epochs). Seen as a picture, W(1) shows which pixels push a photo towards “other”.'
      },
      convergence: {
        title: 'What decides convergence',
        text: 'Initialization, learning rate and normalization decide whether gradient descent converges. Too large a rate overshoots: J jumps far above its start before it falls again. Without standardization each pixel keeps its imported value between 0 and 1, all positive and unevenly spread: at the same rate J climbs for several epochs and then crawls. Run both and compare their cost curves with the first one.'
      }
    },
    oneHidden: {
      title: 'One hidden layer, vectorized',
      summary: 'X as n_x × m, the forward and backward pass as matrix products, and every shape.',
      notation: {
        title: 'Samples as columns, samples as rows',
        text: 'Course notes stack the m samples as columns: X is n_x × m. The lab stacks them as rows, one row per sample as in its data files, so each of its batch matrices is the transpose of the course’s: the lab’s z(1) for a batch is m × n_h where the course’s Z(1) is n_h × m. Weights are the same in both: W(l) is units(l) × units(l−1), row j holding the weights into unit j. Course notes write W[1]; the lab writes W(1).'
      },
      forward: {
        title: 'Forward',
        text: 'b(1) (n_h × 1) is added to every column. Each column of A(2) is one sample’s ŷ.'
      },
      backward: {
        title: 'Backward',
        text: 'dZ(l) holds every sample’s δ(l) as a column. 1 − (A(1))² is tanh′(Z(1)), the slope f′(z(1)), and ⊙ multiplies element by element. dW averages over the batch with 1/m; db averages dZ’s columns.'
      },
      lab: {
        title: 'The same step in the lab’s notation',
        text: 'Per sample, as the lab’s step-through shows it: the sums over i are the matrix products above, and δ(l) of sample i is column i of dZ(l).'
      },
      shapes: {
        title: 'Every shape, with live values',
        text: 'For the design on the Network screen n_x = {nx}, n_h = {nh}, n_y = {ny}. Try it trains n_x = 2, n_h = 4 on the circles sample with plain gradient descent (η = 1.2, full batch): watch the decision boundary form on the Training screen, then come back for the live values.'
      }
    },
    worked: {
      title: 'The worked 2-2-2 example',
      summary:
        'Every number of one step of a small sigmoid network, the chain rule factor by factor, then 10,000 steps.',
      setup: {
        title: 'The network',
        text: 'A classic hand calculation: two inputs, two sigmoid hidden units, two sigmoid outputs, one training sample. The article (Matt Mazur, “A Step by Step Backpropagation Example”) names the numbers net_h1, out_h1 and w1 … w8; the lab calls them z(1)1, a(1)1 and the entries of W(1) and W(2), counted from 1 here, row j being unit j. E is the lab’s half squared error J with m = 1. The article leaves the biases unchanged; the lab’s preset freezes them.'
      },
      forward: {
        title: 'Forward pass',
        text: 'Each unit sums its weighted inputs and its bias into z, then squashes z with the sigmoid into a.'
      },
      output: {
        title: 'An output weight: three factors',
        text: 'The chain rule splits ∂E/∂w5 into how E changes with the output, the sigmoid’s slope, and how z(2)1 changes with w5 (the hidden output a(1)1 it multiplies). The first two make δ(2)1, shared by every weight into output 1.'
      },
      hidden: {
        title: 'A hidden weight: two paths',
        text: 'a(1)1 feeds both outputs, so its error arrives along two paths that add up: the first entry of (W(2))ᵀδ(2). Both paths use the weights from before the update, as the article’s text says and as the lab does.'
      },
      after: {
        title: 'After the update, and after 10,000',
        text: 'One step lowers E from {before} to {after}. The table marks each printed figure that is not exact arithmetic rounded to the digits printed. The path through output 2 was multiplied from rounded factors (−0.038098237 × 0.5). The figures after the update come from the first version of the article’s program, which updated w5 … w8 before passing the error back to the hidden layer (fixed the next day, commit 4b6faac of mattm/simple-neural-network): that order gives {firstProgram} after one step, printed as {printedAfter}, and {printedLong} after {steps} steps.',
        after:
          'With the algorithm the article describes, the lab’s loss chart ends at epoch {steps} near {chartLast} (each epoch’s point is J before its update), and after the last update J is about {final}. Later digits of the run differ slightly: the dataset stores 0.05, 0.1, 0.01 and 0.99 as Float32.'
      }
    },
    deep: {
      title: 'Deep networks and L2',
      summary:
        'The residual δ(l) for any depth, the L2 term, activation slopes and vanishing gradients.',
      recursion: {
        title: 'The residual, layer by layer',
        text: 'For any number of layers δ flows back one layer at a time: multiply by the transposed weights of the layer above, then by the slope f′ at this layer’s z. The lab numbers weights by the layer they feed (W(l) maps layer l−1 to layer l); course notes that number them by the layer they leave write the same step as δ(l) = f′(z(l)) ⊙ (W(l))ᵀδ(l+1).'
      },
      l2: {
        title: 'L2 regularization',
        text: 'L2 adds (λ/2)‖W‖² for the weights only, never the biases. Its gradient λW shrinks every weight a little each step (weight decay). Notes that write λ/(2m) fold the 1/m into λ; the lab’s L2 setting is λ.'
      },
      slopes: {
        title: 'The slopes f′',
        text: 'The slope f′(z) multiplies δ at every layer. The sigmoid’s is at most 0.25 (at z = 0), tanh’s at most 1, ReLU’s 1 for z > 0 and 0 below. At exactly z = 0 the lab takes ReLU′ = 0 and leaky ReLU′ = α.'
      },
      vanishing: {
        title: 'Vanishing gradients',
        text: 'With {depth} sigmoid layers δ shrinks by up to a factor 0.25 per layer on its way back, so the first layers get gradients far smaller than the last one and hardly learn: J stays near 0.693. The same stack with ReLU passes δ unchanged through active units and learns. Try both on the circles ({depth} layers of {width} units, η = {rate}, batches of {batch}): the Inspect screen shows each layer’s gradient norm over the epochs.'
      }
    }
  },
  tryIts: {
    logisticTrain: {
      label: 'Train on the photos',
      hint: 'apples, logistic regression, w = 0, full batch'
    },
    logisticWeights: {
      label: 'See W(1) as a picture',
      hint: 'trains the same and opens the weights'
    },
    logisticLargeRate: { label: 'Too large a learning rate', hint: 'the same with η = 1' },
    logisticRaw: { label: 'No standardization', hint: 'the same with the pixels as imported' },
    oneHiddenTrain: { label: 'Train on the circles', hint: '2-4-1, tanh, η = 1.2, full batch' },
    oneHiddenStep: { label: 'Step through one sample', hint: 'trains and opens the step-through' },
    oneHiddenDesign: { label: 'See the design', hint: 'the 2-4-1 network with its shapes' },
    workedStep: {
      label: 'Step through the example',
      hint: 'the textbook preset, one step, every number'
    },
    workedTrain: { label: 'Train 10,000 steps', hint: 'full batch of one row, η = 0.5, Float64' },
    deepSigmoid: {
      label: 'Deep sigmoid stack',
      hint: '6 × 16 sigmoid units, gradient norms per layer'
    },
    deepRelu: { label: 'Deep ReLU stack', hint: 'the same with ReLU' }
  },
  exercises: {
    logistic: {
      outputAtZero: {
        prompt: 'With w = 0 and b = 0, what does the model output ŷ for any photo?',
        explain:
          'z = 0 for every photo, so ŷ = σ(0) = {answer}: the model is undecided, and the first cost is J = −log 0.5 = {loss}, where the curve starts.'
      },
      biasGradient: {
        prompt: 'Still at w = 0, b = 0: what is ∂L/∂b for one apple photo (label y = 0)?',
        explain:
          '∂L/∂b = ŷ − y = 0.5 − 0 = {answer}. It is positive, so gradient descent lowers b and pushes apples towards class 0.'
      },
      weightCount: {
        prompt:
          'The photos are {height} × {width} pixels with {channels} colour channels. How many weights does w have?',
        explain: 'One weight per input value: {height} × {width} × {channels} = {answer}.'
      }
    },
    oneHidden: {
      shapeDW1: {
        prompt: 'With n_x = {nx} inputs and n_h = {nh} hidden units, what shape is dW(1)?',
        explain:
          'dW(1) has the shape of W(1): n_h × n_x = {answer}, in the course’s notation and the lab’s alike.'
      },
      shapeLabA1: {
        prompt:
          'The lab stacks samples as rows. For a batch of m = {m} samples and n_h = {nh}, what shape is its a(1)?',
        explain: 'm × n_h = {answer}: the transpose of the course’s A(1), which is n_h × m.'
      },
      tanhSlope: {
        prompt:
          'A hidden unit has a(1) = tanh(z) = {a}. By what factor does 1 − (A(1))² scale its dZ(1)?',
        explain: 'tanh′(z) = 1 − tanh²(z) = 1 − {a}² = {answer}.'
      }
    },
    worked: {
      signW5: {
        prompt: 'Is ∂E/∂w5 positive, negative or zero?',
        explain:
          'Positive: a(2)1 = {a2} is above its target {y1}, and w5 multiplies a positive a(1)1, so a larger w5 raises E. ∂E/∂w5 = {value}, and the update lowers w5.'
      },
      updatedW5: {
        prompt:
          'With ∂E/∂w5 = {gradient} and η = {eta}, what is w5 after the update (it was {w5})?',
        explain: 'w5⁺ = {w5} − {eta} × {gradient} = {answer}.'
      },
      signPathO2: {
        prompt:
          'The error reaches a(1)1 along two paths. Is the one through output 2, δ(2)2·w7, positive, negative or zero?',
        explain:
          'Negative: a(2)2 = {a2} is below its target {y2}, so δ(2)2 < 0, and w7 > 0. The path is {value}.'
      }
    },
    deep: {
      sigmoidMax: {
        prompt: 'What is the largest value the sigmoid’s slope σ′(z) takes?',
        explain:
          'σ′(z) = σ(z)(1 − σ(z)) peaks at z = 0, where σ = 0.5: 0.5 × 0.5 = {answer}. Every sigmoid layer multiplies δ by at most that.'
      },
      leakyAtZero: {
        prompt: 'What does the lab use for the slope of leaky ReLU at exactly z = 0?',
        explain:
          'α = {answer}: the lab takes the left-hand slope at z = 0, for leaky ReLU α and for ReLU {relu}.'
      },
      l2Gradient: {
        prompt: 'A weight is {weight} and λ = {lambda}. What does the L2 term add to ∂J/∂w?',
        explain: 'The derivative of (λ/2)w² is λw = {lambda} × {weight} = {answer}.'
      }
    }
  }
}
