// Starts `npm run mock-server` (mocks/src/node-server.ts) as a child process on a free port, as a
// stranger's client would meet it: client and server do not share an event loop, so socket timing
// (an answer written while the client is still sending) is real.
import { spawn, type ChildProcess } from 'node:child_process';

export interface ChildServer {
  base: string;
  port: number;
  child: ChildProcess;
  /** What the server printed on stderr (its own errors), for assertions. */
  stderr: () => string;
  stop: () => Promise<void>;
}

export async function startChildServer(env: Record<string, string> = {}): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/src/node-server.ts'], {
    env: { ...process.env, NODE_NO_WARNINGS: '1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += String(d)));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mock server did not start: ${err}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`mock server exited (${code}): ${err}`)));
    child.stdout!.on('data', (d: Buffer) => {
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(String(d));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  return {
    base,
    port: Number(new URL(base).port),
    child,
    stderr: () => err,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
