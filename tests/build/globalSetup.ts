// Builds the fixture site once for every build test; each test file reads it through inject().
import type { TestProject } from 'vitest/node';
import { buildSite, FIXTURE_CONTENT } from './buildSite.ts';

export default function setup(project: TestProject): void {
  const fixture = buildSite(FIXTURE_CONTENT);
  if (fixture.status !== 0) throw new Error(`The fixture site did not build:\n${fixture.output}`);
  project.provide('fixtureDist', fixture.outDir);
  project.provide('fixtureBuildOutput', fixture.output);
  // The demo content too, for the gates that should hold on real briefs (HTML, links).
  const demo = buildSite('content');
  if (demo.status !== 0) throw new Error(`The demo site did not build:\n${demo.output}`);
  project.provide('demoDist', demo.outDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
    fixtureBuildOutput: string;
    demoDist: string;
  }
}
