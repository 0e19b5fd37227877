/** Lesson 5, checking gradients: its texts, its “try it”s, its exercises. */
export default {
  lessons: {
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
