import type { Command } from "commander";

export function registerCache(program: Command): void {
  program.command("cache").description("inspect or clear the cache of per-document annotations");
}
