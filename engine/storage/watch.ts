// Go twin: k8s.io/apimachinery/pkg/watch/watch.go (Interface, Event, EventType) @ v1.34.0
import type { Status } from '../api/errors/errors';
import type { Obj } from './object';

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

/** A watch event; an ERROR event carries a Status (e.g. 410 Expired), all others an object. */
export type WatchEvent =
  { type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK'; object: Obj } | { type: 'ERROR'; object: Status };

/** watch.Interface: stop() ends the stream promptly; the results are an async iterable. */
export interface WatchInterface extends AsyncIterable<WatchEvent> {
  stop(): void;
  resultChan(): AsyncIterable<WatchEvent>;
}

/**
 * An unbounded single-consumer channel standing in for Go's result channel. Producers send() and close();
 * a consumer iterates. close() ends the stream after the buffered events; stop() drops them at once.
 * Breaking out of `for await` stops the watch, as abandoning a Go watch should.
 */
export class WatchChan implements WatchInterface {
  private readonly buffer: WatchEvent[] = [];
  private readonly waiters: ((r: IteratorResult<WatchEvent>) => void)[] = [];
  private readonly stopHooks: (() => void)[] = [];
  private closed = false;
  private stopped = false;

  /** Registers cleanup (e.g. cancelling the etcd subscription) to run once when the watch ends. */
  onStop(hook: () => void): void {
    if (this.closed) hook();
    else this.stopHooks.push(hook);
  }

  /** Queues an event; ignored once the channel is closed. */
  send(event: WatchEvent): void {
    if (this.closed) return;
    const waiter = this.waiters.shift();
    if (waiter) waiter({ value: event, done: false });
    else this.buffer.push(event);
  }

  /** No more events: consumers see the buffered ones, then the end. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.runStopHooks();
    // Waiters only exist while the buffer is empty, so they all see the end now.
    for (const w of this.waiters.splice(0)) w({ value: undefined, done: true });
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.buffer.length = 0;
    this.close();
  }

  /** True once the watch ended (closed by the producer or stopped by the consumer). */
  isClosed(): boolean {
    return this.closed;
  }

  resultChan(): AsyncIterable<WatchEvent> {
    return this;
  }

  [Symbol.asyncIterator](): AsyncIterator<WatchEvent> {
    return {
      next: () => {
        const event = this.buffer.shift();
        if (event) return Promise.resolve({ value: event, done: false });
        if (this.closed) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => this.waiters.push(resolve));
      },
      return: () => {
        this.stop();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }

  private runStopHooks(): void {
    for (const hook of this.stopHooks.splice(0)) hook();
  }
}
