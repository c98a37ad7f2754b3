// comlink ships node-adapter.d.ts beside node-adapter.mjs, but NodeNext resolution looks for a .d.mts, so the
// declaration is restated here (comlink 4.4) and referenced from the two files that import the adapter.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink';
  /** The part of a worker_threads Worker or MessagePort the adapter uses. */
  export interface NodeEndpoint {
    postMessage(message: unknown, transfer?: readonly unknown[]): void;
    on(type: string, listener: (value: unknown) => void): void;
    off(type: string, listener: (value: unknown) => void): void;
    start?: () => void;
  }
  /** Wraps a Node message endpoint as a comlink Endpoint (message events only). */
  export default function nodeEndpoint(endpoint: NodeEndpoint): Endpoint;
}
