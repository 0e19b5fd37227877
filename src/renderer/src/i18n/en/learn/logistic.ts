/** Lesson 1, logistic regression: its texts, its “try it”s, its exercises and its panel. */
export default {
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
    logisticRaw: { label: 'No standardization', hint: 'the same with the pixels as imported' }
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
    }
  }
}
