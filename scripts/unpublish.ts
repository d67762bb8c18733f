/**
 * Takes articles down from a running Lede site through its signed API:
 *   LEDE_PUBLISH_SECRET=… [LEDE_URL=https://news.example] npm run unpublish -- <slug>…
 * A slug may also be given as publish prints it (`world/<slug>`) or as the
 * page's URL. Exit code 0 only if every article was taken down, 1 otherwise,
 * 2 for a usage or configuration mistake (nothing sent).
 */
import { unpublishSlug, runCommand } from './publishing/client';

runCommand(process.argv.slice(2), 'usage: LEDE_PUBLISH_SECRET=… [LEDE_URL=http://localhost:3000] npm run unpublish -- <slug>…', unpublishSlug);
