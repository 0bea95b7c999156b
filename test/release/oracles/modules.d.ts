// The reference tools the oracle tests compare against ship no TypeScript types.
declare module '@semantic-release/commit-analyzer' {
  export function analyzeCommits(
    pluginConfig: Record<string, unknown>,
    context: {
      commits: Array<{ hash: string; message: string }>;
      cwd: string;
      logger: { log: (...args: unknown[]) => void };
    },
  ): Promise<'major' | 'minor' | 'patch' | null>;
}

declare module 'conventional-changelog-conventionalcommits' {
  import type { ParserOptions } from 'conventional-commits-parser';
  export default function createPreset(config?: Record<string, unknown>): {
    parser: ParserOptions;
  };
}
