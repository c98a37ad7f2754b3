/** A running static file server. */
export interface StaticServer {
  /** `http://127.0.0.1:PORT/`, with the trailing slash. */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves a directory over HTTP on 127.0.0.1 and a free port (see staticServer.mjs). */
export declare function serveStatic(root: string): Promise<StaticServer>;
