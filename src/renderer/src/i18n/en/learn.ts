/** Texts of the Learn screen: five lessons that run on the lab. Formulas live in lib/learn (the same in every language). */
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
  },
  vectorize: {
    run: 'Time it on the apples photos',
    running: 'Timing…',
    loop: 'A loop over the {samples} photos, {features} values each',
    matrix: 'One matrix product each way, in the lab’s engine ({kernels})',
    speedup: 'The matrix products are {speedup} times as fast.',
    agree:
      'Both give the same gradient: their entries differ by at most {difference}, the largest entry being {largest}.',
    note: 'Times are the median of {repeats} runs on this machine, just now; they vary between machines and runs.'
  },
  worked: {
    caption:
      'The worked example’s numbers: exact (Float64, as the lab computes them) and as the article prints them',
    symbol: 'Symbol',
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
        'One sigmoid unit, the cross-entropy cost, its gradient step by step and vectorized, and what decides convergence.',
      model: {
        title: 'The model',
        text: 'Logistic regression is the lab’s network without a hidden layer: one sigmoid unit. Course notes write the weights as a column w and the prediction as ŷ; the lab stores w as the single row of W(1) and calls the output a(1); the derivation counts the inputs as its layer 1, so the output is its layer 2. A photo becomes x, its pixels flattened.'
      },
      loss: {
        title: 'The loss and the cost',
        text: 'The cross-entropy loss L is small when ŷ is close to the label y (0 or 1). The cost J averages it over the m training samples: the lab’s binary cross-entropy, the number on the loss chart.'
      },
      gradient: {
        title: 'The gradient',
        text: 'The chain rule takes two steps: how L changes with ŷ, and how the sigmoid’s ŷ changes with z. Multiplied, their fractions cancel and leave ∂L/∂z = ŷ − y: the lab’s δ for this network. Each weight’s gradient is its input times that error; the bias’s is the error itself.'
      },
      vectorized: {
        title: 'Vectorized: all samples at once',
        text: 'A loop over the m samples computes z, ŷ and the gradient one photo at a time. Stacking the samples into one matrix X turns the whole loop into two matrix products, one forward and one for the gradient, which the lab’s engine computes with its fast kernels. The sums over i above are exactly these products. Time both on the 326 apples photos:'
      },
      descent: {
        title: 'Gradient descent',
        text: 'Each step moves the weights and the bias against the gradient. η is the learning rate (the course notes and the derivation write α). With a full batch every step uses all m training photos.'
      },
      predict: {
        title: 'From ŷ to a class',
        text: 'ŷ is a probability: the photo is predicted as class 1 when ŷ > 0.5, and as 0 otherwise, which is the same as z > 0. Which class is 1 is only a naming: the course notes label an apple 1, while the lab sorts class names and labels apple 0 and other 1, so the lab’s ŷ is the probability of “other”. Swapping the labels flips the signs of w and b and turns ŷ into 1 − ŷ; nothing else changes.'
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
    },
    worked: {
      title: 'The worked 2-2-2 example',
      summary:
        'Every number of one step of a small sigmoid network, the chain rule factor by factor, then 10,000 steps.',
      setup: {
        title: 'The network',
        text: 'A classic hand calculation: two inputs, two sigmoid hidden units, two sigmoid outputs, one training sample. The article names the numbers net_h1, out_h1 and w1 … w8; the lab calls them z(1)1, a(1)1 and the entries of W(1) and W(2), counted from 1 here, row j being unit j. E is the lab’s half squared error J with m = 1. The article leaves the biases unchanged; the lab’s preset freezes them.'
      },
      forward: {
        title: 'Forward pass',
        text: 'Each unit sums its weighted inputs and its bias into z, then squashes z with the sigmoid into a.'
      },
      output: {
        title: 'An output weight: three factors',
        text: 'The chain rule splits ∂E/∂w5 into how E changes with the output, the sigmoid’s slope, and how the output unit’s z changes with w5 (the hidden output it multiplies). The first two make the output unit’s δ, shared by every weight into output 1.'
      },
      hidden: {
        title: 'A hidden weight: two paths',
        text: 'The first hidden unit feeds both outputs, so its error arrives along two paths that add up: the first entry of the transposed W(2) times δ. Both paths use the weights from before the update, as the article’s text says and as the lab does. The two paths are shown rounded to 9 decimals, so their sum is ≈ the exact value.'
      },
      after: {
        title: 'After the update, and after 10,000',
        text: 'One step lowers E from {before} to {after}. The table marks each printed figure that is not exact arithmetic rounded to the digits printed. The path through output 2 was multiplied from rounded factors (−0.038098237 × 0.5). The figures after the update come from the update order of the first version of the article’s program, which updated w5 … w8 before passing the error back to the hidden layer: that order gives {firstProgram} after one step, the article’s {printedAfter}, and {printedLong} after {steps} steps. That version itself printed half of them ({firstProgramPrinted} after one step), dividing the error by the number of outputs; both were fixed the next day (commit 4b6faac of mattm/simple-neural-network).',
        after:
          'With the algorithm the article describes, the lab’s loss chart ends at epoch {steps} near {chartLast} (each epoch’s point is J before its update), and after the last update J is about {final}. Later digits of the run differ slightly: the dataset stores 0.05, 0.1, 0.01 and 0.99 as Float32.'
      },
      credits: {
        title: 'Where the example comes from',
        text: 'The example is Matt Mazur’s “A Step by Step Backpropagation Example” (mattmazur.com, 2015). Many learners know it from its Chinese version by Charlotte77 (cnblogs), reposted widely, for example on CSDN as “深入理解反向传播（BackPropagation）算法”. The program printed with the article already uses the correct order, so it cannot reproduce the article’s own figures as printed: it gives {printedProgram} after one step.'
      }
    },
    deep: {
      title: 'Deep networks and L2',
      summary:
        'The residual δ for any depth, the output residual, the L2 term, activation slopes and vanishing gradients.',
      recursion: {
        title: 'The residual, layer by layer',
        text: 'For any number of layers δ flows back one layer at a time: multiply by the transposed weights of the next layer (the one nearer the output), then by the slope f′ at this layer’s z. The lab numbers weights by the layer they feed, the derivation by the layer they leave: switch to its notation to see the same step written its way.',
        remarks: {
          transposedProduct:
            'The derivation transposes the wrong factor: (δ)ᵀa is not even defined unless both layers have the same width, and then it is a single number. ∂J/∂W(l) must have the shape of W(l), s_(l+1) × s_l, which the outer product δ(l+1)(a(l))ᵀ has.'
        }
      },
      output: {
        title: 'The output residual',
        text: 'At the output layer δ starts from the loss. For the squared error it is −(y − a) times the output activation’s slope f′, whatever that activation is. For the sigmoid with cross-entropy (and softmax with categorical cross-entropy) the slope cancels against the loss’s derivative and δ is simply a − y, which is why the lab pairs them.',
        remarks: {
          outputSign:
            'The course notes flip a sign in ∂J/∂A[2]: the derivative of −[y log a + (1 − y) log(1 − a)] is −y/a + (1 − y)/(1 − a). Only with the plus sign does it multiply with σ′ = a(1 − a) to a − y.'
        }
      },
      l2: {
        title: 'L2 regularization',
        text: 'L2 adds (λ/2)‖W‖² for the weights only, never the biases. Its gradient λW shrinks every weight a little each step (weight decay). The course notes write λ/(2m), folding 1/m into λ: the lab’s λ is their λ/m.',
        remarks: {
          updateRule:
            'The derivation’s update drops the 1/m of the average and the learning rate on the weight-decay term. Both belong inside the step: the gradient of J is the average of the samples’ gradients plus λW, and the whole of it is scaled by α.'
        }
      },
      slopes: {
        title: 'The slopes f′',
        text: 'The slope f′(z) multiplies δ at every layer. The sigmoid’s is at most 0.25 (at z = 0), tanh’s at most 1, ReLU’s 1 for z > 0 and 0 below. At exactly z = 0 the lab takes ReLU′ = 0 and leaky ReLU′ = α.',
        remarks: {
          reluSlope:
            'The course notes give ReLU′ as 1 for z > 1, and leaky ReLU′ the same way; the slope is 1 for every z > 0. Between 0 and 1 the notes’ version would leave the derivative undefined.'
        }
      },
      vanishing: {
        title: 'Vanishing gradients',
        text: 'Each sigmoid layer’s f′ multiplies δ by at most 0.25 before the weights do, so with {depth} sigmoid layers the first layers get gradients far smaller than the last one and hardly learn: J stays near 0.693. The same stack with ReLU passes δ unchanged through active units and learns. Try both on the circles ({depth} layers of {width} units, η = {rate}, batches of {batch}): the Inspect screen shows each layer’s gradient norm over the epochs.'
      }
    },
    gradients: {
      title: 'Checking your gradients',
      summary:
        'Central differences against backprop, why the verdict needs an absolute floor, ReLU kinks, and a backprop broken on purpose to find.',
      centralDifference: {
        title: 'Central differences',
        text: 'Backprop can be checked without any calculus: nudge one parameter θ by a small ε either way, evaluate J twice and take the slope between. The central difference is exact up to ε², a one-sided difference only up to ε. On the worked example, with ε = {epsilon} and E to {decimals} decimals, the central difference matches backprop’s ∂E/∂w5 to 8 decimals, the one-sided one only to 5. The decimals of E limit those of its slope too: E’s rounding in the 12th decimal, divided by 2ε, leaves about 8.'
      },
      tolerance: {
        title: 'Relative error, and why it needs an absolute floor',
        text: "Backprop’s b and the central difference n are compared by their relative error, which divides by at least 1e-7 so that two near-zeros are not compared digit by digit. But J itself is rounded in its last digits, and the central difference divides that rounding by 2ε. On a trained image network the lab measured backprop 1.5360e-9 against 1.5321e-9: they differ by only 3.9e-12, yet that is a relative error of 2.5e-3, or 3.9e-5 with the 1e-7 floor, and a trained network has thousands of such gradients. The lab therefore judges {'|'}b − n{'|'} ≤ atol + rtol · max({'|'}b{'|'}, {'|'}n{'|'}): atol is {units} units in the last place of J (taken as at least 1) divided by ε, rtol is 1e-6, or {float32} when backprop ran in Float32."
      },
      kinks: {
        title: 'Kinks of ReLU',
        text: 'ReLU has a kink at z = 0: its slope jumps from 0 to 1. If nudging θ by ±ε moves some unit’s z across 0, the central difference averages the slopes on both sides (1/2 at the kink itself) while backprop takes the slope where z is, and they disagree though backprop is right. The lab notices when a unit changes sides between θ − ε and θ + ε and counts such parameters as kinks instead of failing them.'
      },
      practice: {
        title: 'How to use a gradient check',
        text: 'Each checked parameter costs two forward passes, so a check of every parameter of a 784-128-64-10 network is 2P forward passes: far too slow to run while training. Andrew Ng’s course advises using it only to debug, then turning it off; checking at the start and again after some iterations (some bugs show only once the weights have moved); including the regularization term in J; and, when it fails, looking for the layer whose parameters disagree. The lab checks every parameter up to 2,000 and an evenly spread sample of each layer beyond that.'
      },
      broken: {
        title: 'Break backprop on purpose, and find the layer',
        text: 'The gradient-check panel has a switch that breaks backprop for that one check (the model and its training are untouched): it flips the sign of one layer’s bias gradient, a layer it picks, or leaves the L2 term out of every weight gradient. Train the ReLU network below (λ = {lambda}, {epochs} epochs), run the check once as it is, then with the switch: find the layer that turned red, and reveal whether you found the right one.'
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
    oneHiddenLinear: {
      label: 'A linear hidden layer',
      hint: 'the same 2-4-1 with linear hidden units'
    },
    oneHiddenLogistic: {
      label: 'Logistic regression on the circles',
      hint: 'no hidden layer, for comparison'
    },
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
    deepRelu: { label: 'Deep ReLU stack', hint: 'the same with ReLU' },
    gradcheckWorked: {
      label: 'Check the worked example',
      hint: 'the textbook preset in the gradient check'
    },
    gradcheckRelu: {
      label: 'Check a ReLU network',
      hint: '2-8-8-1 ReLU on the circles with L2, then the gradient check'
    }
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
    },
    worked: {
      signW5: {
        prompt: 'Is ∂E/∂w5 positive, negative or zero?',
        explain:
          'Positive: the first output {a2} is above its target {y1}, and w5 multiplies a positive hidden output, so a larger w5 raises E. ∂E/∂w5 = {value}, and the update lowers w5.'
      },
      updatedW5: {
        prompt:
          'With ∂E/∂w5 = {gradient} and η = {eta}, what is w5 after the update (it was {w5})?',
        explain:
          'w5⁺ = {w5} − {eta} × {gradient} = {fromShown}. The lab, with the unrounded gradient, gets {answer}.'
      },
      signPathO2: {
        prompt:
          'The error reaches the first hidden unit along two paths. Is the one through output 2, δ2·w7, positive, negative or zero?',
        explain:
          'Negative: the second output {a2} is below its target {y2}, so its δ is negative, and w7 > 0. The path is {value}.'
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
    },
    gradients: {
      centralDifference: {
        prompt:
          'J(θ + ε) = {plus} and J(θ − ε) = {minus} with ε = {epsilon}. What does the central difference give for ∂J/∂θ?',
        explain: '(J(θ + ε) − J(θ − ε)) / 2ε = ({plus} − {minus}) / (2 × {epsilon}) = {answer}.'
      },
      droppedL2: {
        prompt:
          'Backprop forgot the L2 term. With λ = {lambda} and a weight of {weight}, by how much do backprop and the central difference disagree on that weight?',
        explain:
          'The central difference includes the L2 term’s slope λw, backprop does not: they differ by λw = {lambda} × {weight} = {answer}, far above the tolerance, so the check turns red.'
      }
    }
  }
}
