/** Training time and samples, for samples per second (batches only, no evaluation). */
export class Throughput {
  milliseconds = 0
  samples = 0
  get perSecond(): number {
    return this.milliseconds > 0 ? (this.samples * 1000) / this.milliseconds : 0
  }
}
