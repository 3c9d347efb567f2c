// `astro dev` as its own process on a content folder, for the dev tests and `npm run bench:dev`.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

/** A port nothing listens on now, so parallel runs never collide. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface DevServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  /** Milliseconds from starting the process to the server answering its first request. */
  readyMs: number;
  /** Everything the server has printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

export interface DevServerOptions {
  root: string;
  /** The content folder (ASSAY_CONTENT_DIR), relative to root. */
  contentDir: string;
  /** The environment to start it with (ASSAY_CONTENT_DIR is added). */
  env: NodeJS.ProcessEnv;
  /** Extra arguments for Node itself, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  timeoutMs?: number;
}

/** Starts `astro dev` and resolves once it answers a request (any status). */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const start = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      'node_modules/astro/bin/astro.mjs',
      'dev',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: options.root,
      env: { ...options.env, ASSAY_CONTENT_DIR: options.contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) child.kill('SIGINT');
    await exited;
  };
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  for (;;) {
    try {
      // A request for a file that is not there: answered as soon as the server listens, without
      // rendering a page, so this is the time an editor waits for the address to work.
      await fetch(`${origin}/favicon.svg`);
      return { origin, readyMs: performance.now() - start, output: () => output, stop };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`astro dev did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
