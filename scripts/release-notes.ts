// `npm run --silent release-notes -- v1.2.3` prints CHANGELOG.md's section for that version: the
// release workflow's notes. A version without a section (or an empty one) fails the release.

import { readFileSync } from 'node:fs';
import { changelogSection } from './changelog.js';

const tag = process.argv[2] ?? '';
const notes = changelogSection(readFileSync('CHANGELOG.md', 'utf8'), tag);
if (notes === null || notes.trim() === '') {
  process.stderr.write(
    `CHANGELOG.md has no notes for ${tag || '(no version given)'}: add a "## [${tag.replace(/^v/, '')}] - <date>" section.\n`
  );
  process.exit(1);
}
process.stdout.write(notes);
