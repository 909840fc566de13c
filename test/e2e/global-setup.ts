/** One `wrangler dev` for all browser tests; its URL is handed to them as inject("baseUrl"). */
import type { TestProject } from "vitest/node";
import { startWranglerDev } from "./wrangler-dev";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startWranglerDev();
  project.provide("baseUrl", server.url);
  return () => server.stop();
}
