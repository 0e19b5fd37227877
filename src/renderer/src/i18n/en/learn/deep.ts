/** Lesson 4, deep networks and L2: its texts, its “try it”s, its exercises and its panel. */
export default {
  slopes: {
    caption: 'Each activation’s slope f′(z), as the lab computes it',
    activation: 'Activation',
    derivative: 'f′(z)',
    at: 'z = {z}'
  },
  lessons: {
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
    }
  },
  tryIts: {
    deepSigmoid: {
      label: 'Deep sigmoid stack',
      hint: '6 × 16 sigmoid units, gradient norms per layer'
    },
    deepRelu: { label: 'Deep ReLU stack', hint: 'the same with ReLU' }
  },
  exercises: {
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
