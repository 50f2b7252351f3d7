// Runs an async job for the latest input only: while one runs, newer inputs replace each other and only the
// last is run next. Playing fast then redraws the diagram for where the player is, not for every step it passed.
export class LatestOnly<In, Out> {
  private busy = false;
  private pending: { input: In } | null = null;
  private stopped = false;

  constructor(
    private readonly job: (input: In) => Promise<Out>,
    private readonly done: (
      result: { ok: true; value: Out } | { ok: false; error: unknown },
      input: In,
    ) => void,
  ) {}

  push(input: In): void {
    this.pending = { input };
    this.pump();
  }

  stop(): void {
    this.stopped = true;
    this.pending = null;
  }

  private pump(): void {
    if (this.busy || this.stopped || !this.pending) return;
    const { input } = this.pending;
    this.pending = null;
    this.busy = true;
    this.job(input)
      .then(
        (value) => !this.stopped && this.done({ ok: true, value }, input),
        (error: unknown) => !this.stopped && this.done({ ok: false, error }, input),
      )
      .finally(() => {
        this.busy = false;
        this.pump();
      });
  }
}
