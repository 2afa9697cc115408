/**
 * One production server for every spec file (they run one after another);
 * each spec signs up users of its own, so none depends on another's data.
 */
import type { TestProject } from 'vitest/node';
import { startProductionServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startProductionServer();
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
