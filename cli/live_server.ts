// Go twin: none — `npm run serve`'s server with the live view attached, for tests and the page's e2e @ v1.34.0
import type { Server } from 'node:http';
import type { ServerChain } from '../engine';
import { liveHooks, type Live, type LiveOptions } from './live';
import { defaultServeOptions, startServer, type ServeOptions } from './serve';

export interface LiveServerOptions extends LiveOptions {
  /** overrides of the serve options; by default loopback on a free port */
  serve?: Partial<ServeOptions>;
}

export interface LiveServer {
  url: string;
  chain: ServerChain;
  live: Live;
  http: Server;
  close(): Promise<void>;
}

export async function startLiveServer(options: LiveServerOptions = {}): Promise<LiveServer> {
  const hooks = liveHooks(options);
  const running = await startServer({
    ...defaultServeOptions,
    port: 0,
    seed: 1,
    ...options.serve,
    wrapServe: hooks.wrapServe,
    extraRoutes: hooks.extraRoutes,
  });
  const live = hooks.live()!;
  return {
    url: running.url,
    chain: running.chain,
    live,
    http: running.server,
    close: async () => {
      live.close();
      await running.close();
    },
  };
}
