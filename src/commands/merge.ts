import type { Command } from "commander";

export function registerMerge(program: Command): void {
  program.command("merge").description("combine the outputs of sharded runs into the output of one run");
}
