/**
 * Checks every article (frontmatter, body rules, images, related picks) and
 * lists every error with file, line, field, expected and found. Writes nothing.
 */
import { formatContentErrors } from '../lib/content/errors';
import { defaultContentDir, loadCorpus } from '../lib/content/load';

async function main(): Promise<void> {
  const { articles, errors } = await loadCorpus({ contentDir: defaultContentDir(), includeDrafts: true });
  if (errors.length > 0) {
    console.error(formatContentErrors(errors));
    process.exitCode = 1;
    return;
  }
  console.log(`Content OK: ${articles.length} articles checked (drafts included).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
