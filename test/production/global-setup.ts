/** Starts the stand-in mail API (a real local HTTP server) for the production-configuration tests. */
import type { TestProject } from 'vitest/node';
import { startMailApi } from '../support/mail-api';

declare module 'vitest' {
  export interface ProvidedContext {
    mailApi: string;
  }
}

export default async function setup(project: TestProject) {
  const api = await startMailApi();
  project.provide('mailApi', api.url);
  return () => api.close();
}
