/**
 * Publishes or updates articles on a running Lede site through its signed API:
 *   LEDE_PUBLISH_SECRET=… [LEDE_URL=https://news.example] npm run publish -- content/articles/<slug>.mdx …
 * Each file is sent as it is on disk; the server validates it and answers per
 * file. Exit code 0 only if every file was accepted, 1 otherwise, 2 for a usage
 * or configuration mistake (nothing sent).
 */
import { configFromEnv, publishFile, runEach } from './publishing/client';

const USAGE = 'usage: LEDE_PUBLISH_SECRET=… [LEDE_URL=http://localhost:3000] npm run publish -- <file.mdx>…';

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.find((arg) => arg.startsWith('-'));
  if (args.length === 0 || unknown !== undefined) {
    console.error(unknown === undefined ? USAGE : `unknown option ${unknown}\n${USAGE}`);
    return 2;
  }
  const config = configFromEnv(process.env);
  if (!config.ok) {
    console.error(config.message);
    return 2;
  }
  return runEach(args, (file) => publishFile(file, config), { out: (line) => console.log(line), err: (line) => console.error(line) });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
