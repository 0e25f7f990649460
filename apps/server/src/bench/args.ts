/**
 * The command line after the script: `pnpm bench:x -- --flag` hands the `--` on through both pnpm
 * scripts, and `parseArgs` would take it for the end of the flags.
 */
export const benchArgs = (): string[] => process.argv.slice(2).filter((a) => a !== '--');
