// Builds the fixture site once for every build test; each test file reads it through inject().
import type { TestProject } from 'vitest/node';
import { buildSite, FIXTURE_CONTENT } from './buildSite.ts';

export default function setup(project: TestProject): void {
  const build = buildSite(FIXTURE_CONTENT);
  if (build.status !== 0) throw new Error(`The fixture site did not build:\n${build.output}`);
  project.provide('fixtureDist', build.outDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
  }
}
