// CHANGELOG.md's sections (Keep a Changelog: `## [1.2.3] - 2026-11-28`, `## [Unreleased]`), for the
// release workflow's notes and the test that every version has its section. Pure.

/** `## [1.2.3] - date`, `## [Unreleased]`, `## 1.2.3`: the version or `Unreleased`. */
const HEADING = /^## \[?v?([^\]\s]+)\]?(?:\s+-\s+.*)?$/;
/** A link reference definition (`[1.2.3]: https://…`), which Keep a Changelog keeps at the end. */
const LINK_REFERENCE = /^\[[^\]]+\]:\s/;

/** The versions that have a section, in order (`Unreleased` included when present). */
export function changelogVersions(text: string): string[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const match = HEADING.exec(line);
    return match ? [match[1] as string] : [];
  });
}

/** The body of `version`'s section (`v` prefix optional), trimmed; null when there is none. */
export function changelogSection(text: string, version: string): string | null {
  const wanted = version.replace(/^v/, '');
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => HEADING.exec(line)?.[1] === wanted);
  if (start < 0) return null;
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ') || LINK_REFERENCE.test(line)) break;
    body.push(line);
  }
  return `${body.join('\n').trim()}\n`;
}
