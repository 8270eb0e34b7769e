import { ServerBusyError } from "../../errors";

/**
 * A concurrency cap weighted by cost: the costs of the operations running at once never exceed
 * `budget`, so a burst of expensive queries queues (FIFO, up to `queueMs`) or is refused with a
 * retryable SERVER_BUSY before it holds database connections, while cheap queries keep flowing.
 * A weight above the budget is clamped to it, so any permitted query can run alone.
 */
export class CostAdmission {
  private inUse = 0;
  private readonly waiting: Array<{ weight: number; grant: () => void }> = [];

  constructor(
    readonly budget: number,
    private readonly queueMs: number,
    private readonly maxQueue = 1000,
  ) {}

  /** Resolves with a release function once `cost` fits; rejects with ServerBusyError after queueMs. */
  acquire(cost: number): Promise<() => void> {
    const weight = Math.min(this.budget, Math.max(1, cost));
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.inUse -= weight;
      this.drain();
    };
    if (this.waiting.length === 0 && this.inUse + weight <= this.budget) {
      this.inUse += weight;
      return Promise.resolve(release);
    }
    if (this.waiting.length >= this.maxQueue) return Promise.reject(new ServerBusyError());
    return new Promise((resolve, reject) => {
      const entry = {
        weight,
        grant: () => {
          clearTimeout(timer);
          this.inUse += weight;
          resolve(release);
        },
      };
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(entry);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(new ServerBusyError());
        this.drain();
      }, this.queueMs);
      this.waiting.push(entry);
    });
  }

  /** Cost of the operations running now (for tests and metrics). */
  get running(): number {
    return this.inUse;
  }

  private drain(): void {
    while (this.waiting.length > 0 && this.inUse + this.waiting[0].weight <= this.budget) this.waiting.shift()!.grant();
  }
}
