/**
 * Prints a signed preview link for a draft or pending edit (docs/preview.md):
 *   LEDE_PUBLISH_SECRET=… [LEDE_URL=https://news.example] npm run preview-link -- <slug> [--hours N]
 * The link works for N hours (default 24) in any browser that opens it, so
 * share it as you would the draft itself. Nothing is sent to the server: the
 * link is signed here with the same secret. Exit code 2 for a usage or
 * configuration mistake.
 */
import { previewLink, USAGE } from './publishing/preview-link';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
} else {
  const result = previewLink(args, process.env, new Date());
  if (result.ok) {
    console.log(result.url);
    console.error(`Valid until ${result.expiresAt.toISOString()}.`);
  } else {
    console.error(result.message);
    process.exitCode = 2;
  }
}
