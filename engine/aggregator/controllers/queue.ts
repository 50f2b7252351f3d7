// Go twin: k8s.io/client-go/util/workqueue (the rate-limiting queue every controller here uses: Add, Get,
// Done, Forget, AddRateLimited) and the processNextWorkItem loop the controllers share @ v1.34.0
//
// One worker: keys are de-duplicated while they wait and handled one at a time, in the order they were
// added, by the controller's sync function. A failed sync is retried (Go: with exponential backoff; here at
// the back of the queue, a bounded number of times, so a broken sync cannot spin forever).

const maxRetries = 5;

export class WorkQueue {
  private readonly keys: string[] = [];
  private readonly queued = new Set<string>();
  private readonly failures = new Map<string, number>();
  private running = false;
  private started = false;
  private idleWaiters: (() => void)[] = [];
  /** the last 20 errors, for tests and the start-up lesson (Go: utilruntime.HandleError logs them) */
  readonly errors: { key: string; error: unknown }[] = [];

  constructor(
    readonly name: string,
    private readonly sync: (key: string) => Promise<void>,
  ) {}

  add(key: string): void {
    if (!this.queued.has(key)) {
      this.queued.add(key);
      this.keys.push(key);
    }
    void this.drain();
  }

  /** Run: start the worker; keys added before wait until now. */
  start(): void {
    this.started = true;
    void this.drain();
  }

  /** Resolves once the queue is empty and no key is being handled. */
  idle(): Promise<void> {
    if (!this.running && this.keys.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    if (this.running || !this.started) return;
    this.running = true;
    try {
      for (let key = this.keys.shift(); key !== undefined; key = this.keys.shift()) {
        this.queued.delete(key);
        try {
          await this.sync(key);
          this.failures.delete(key); // Forget
        } catch (error) {
          this.errors.push({ key, error });
          if (this.errors.length > 20) this.errors.shift();
          const n = (this.failures.get(key) ?? 0) + 1;
          this.failures.set(key, n);
          if (n <= maxRetries) this.add(key); // AddRateLimited
        }
      }
    } finally {
      this.running = false;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }
}
