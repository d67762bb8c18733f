/**
 * Publishes or updates articles on a running Lede site through its signed API:
 *   LEDE_PUBLISH_SECRET=… [LEDE_URL=https://news.example] npm run publish -- content/articles/<slug>.mdx …
 * Each file is sent as it is on disk; the server validates it and answers per
 * file. Exit code 0 only if every file was accepted, 1 otherwise, 2 for a usage
 * or configuration mistake (nothing sent).
 */
import { publishFile, runCommand } from './publishing/client';

runCommand(process.argv.slice(2), 'usage: LEDE_PUBLISH_SECRET=… [LEDE_URL=http://localhost:3000] npm run publish -- <file.mdx>…', publishFile);
