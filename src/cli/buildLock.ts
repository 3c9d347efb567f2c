import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Whether a process with this id is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Waits until no other build in this project holds `file`, then holds it until this process ends.
 * Astro writes shared files under `.astro/` while it builds, so two builds of one project at once
 * (the browser tests' two sites, a benchmark beside a test run) would overwrite each other's.
 */
export async function holdBuildLock(file: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      process.on('exit', () => rmSync(file, { force: true }));
      return;
    } catch {
      const holder = Number(readFileSync(file, 'utf8') || 0);
      // A lock left by a build that died is taken over; a live one is waited for.
      if (!holder || !alive(holder)) rmSync(file, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
