/** Lesson 3, the 2-2-2 worked example: its texts, its “try it”s, its exercises and its panel. */
export default {
  worked: {
    caption:
      'The worked example’s numbers: exact (Float64, as the lab computes them) and as the article prints them',
    symbol: 'Symbol',
    article: 'Article',
    exact: 'Exact',
    printed: 'Printed',
    compared: 'Printed against exact',
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
  lessons: {
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
    }
  },
  tryIts: {
    workedStep: {
      label: 'Step through the example',
      hint: 'the textbook preset, one step, every number'
    },
    workedTrain: { label: 'Train 10,000 steps', hint: 'full batch of one row, η = 0.5, Float64' }
  },
  exercises: {
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
    }
  }
}
