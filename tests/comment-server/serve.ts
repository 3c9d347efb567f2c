// Runs the installed Waline server (a ThinkJS application) on 127.0.0.1 only, at the port given as
// the first argument; Waline's own vanilla.js listens on every interface at port 8360.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface ThinkApplication {
  run(): void;
}
type ThinkApplicationClass = new (options: Record<string, unknown>) => ThinkApplication;

const require = createRequire(import.meta.url);
const waline = dirname(require.resolve('@waline/vercel/package.json'));
const Application = require(require.resolve('thinkjs', { paths: [waline] })) as ThinkApplicationClass;

new Application({ ROOT_PATH: waline, APP_PATH: join(waline, 'src'), proxy: true, env: 'production' }).run();
// ThinkJS reads these when it starts listening, after run() has returned.
const { think } = globalThis as unknown as { think: { config(key: string, value: unknown): void } };
think.config('host', '127.0.0.1');
think.config('port', Number(process.argv[2]));
