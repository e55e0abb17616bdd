// What keeps the documentation true: relative links and images that resolve to a file of the
// repository, `#anchors` that match a heading as GitHub slugs it, and generated tables that match
// what `npm run generate` writes now. Markdown is read with the parser of ./gfm.ts.

import path from 'node:path';
import { renderInputsTable, renderOutputsTable, replaceBetweenMarkers } from '../../src/core/config/docs.js';
import { headingText, nodesOf, parseGfm } from './gfm.js';

// github-slugger (what GitHub's anchors follow) removes these Unicode categories: other numbers,
// punctuation but connectors (`_`) and `-`, symbols (emoji among them), controls, format, private
// use and unassigned characters, separators but ` `, except what is alphabetic.
const NOT_IN_SLUG =
  /(?![ \-\p{Alphabetic}])[\p{No}\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}\p{S}\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Z}]/gu;

/** A heading's text as GitHub turns it into an anchor (without the `-1`, `-2` of duplicates). */
export function githubSlug(text: string): string {
  return text.toLowerCase().replace(NOT_IN_SLUG, '').replace(/ /g, '-');
}

/** The anchors of a document's headings, in order; a repeated slug gets `-1`, `-2`, … */
export function headingAnchors(markdown: string): string[] {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  const anchors: string[] = [];
  for (const node of nodesOf(parseGfm(markdown))) {
    if (node.type !== 'heading') continue;
    const base = githubSlug(headingText(node));
    let anchor = base;
    while (seen.has(anchor)) {
      const count = (counts.get(base) ?? 0) + 1;
      counts.set(base, count);
      anchor = `${base}-${count}`;
    }
    seen.add(anchor);
    anchors.push(anchor);
  }
  return anchors;
}

/** A repository path's text when it is a file, `null` when it is a folder, undefined when absent. */
export type RepoReader = (repoPath: string) => string | null | undefined;

export interface BrokenLink {
  /** The document the link is in, relative to the repository. */
  file: string;
  /** The destination as written. */
  link: string;
  problem: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * The links and images of a markdown document (at `file`, relative to the repository) that do not
 * resolve: to a path that is not in the repository, or to an `#anchor` that no heading of the .md
 * file has. Links with a scheme (https:, mailto:) are not followed.
 */
export function brokenLinks(file: string, markdown: string, read: RepoReader): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const node of nodesOf(parseGfm(markdown))) {
    if (node.type !== 'link' && node.type !== 'image') continue;
    const link = node.destination ?? '';
    const fail = (problem: string): void => {
      broken.push({ file, link, problem });
    };
    if (SCHEME.test(link) || link.startsWith('//')) continue;
    if (link === '') {
      fail('the link has no destination');
      continue;
    }
    const hash = link.indexOf('#');
    const target = decode((hash < 0 ? link : link.slice(0, hash)).replace(/\?.*$/, ''));
    const anchor = hash < 0 ? undefined : decode(link.slice(hash + 1));
    let targetPath = file;
    if (target !== '') {
      const joined = target.startsWith('/')
        ? target.slice(1)
        : path.posix.join(path.posix.dirname(file), target);
      targetPath = path.posix.normalize(joined).replace(/\/$/, '') || '.';
      if (targetPath === '..' || targetPath.startsWith('../')) {
        fail('it leads out of the repository');
        continue;
      }
    }
    const text = targetPath === file ? markdown : read(targetPath);
    if (text === undefined) {
      fail(`${targetPath} does not exist`);
      continue;
    }
    if (anchor === undefined || !/\.md$/i.test(targetPath)) continue;
    if (text === null) {
      fail(`${targetPath} is a folder`);
      continue;
    }
    if (!headingAnchors(text).includes(anchor))
      fail(`${targetPath} has no heading with the anchor #${anchor}`);
  }
  return broken;
}

/** The generated tables and what each holds now, by marker name. */
export const GENERATED_TABLES: Readonly<Record<string, string>> = {
  inputs: renderInputsTable(),
  outputs: renderOutputsTable()
};

/** The names of the generated tables a document carries (between `<!-- name:start/end -->`). */
export function tablesIn(markdown: string): string[] {
  return Object.keys(GENERATED_TABLES).filter(
    (name) => markdown.includes(`<!-- ${name}:start -->`) || markdown.includes(`<!-- ${name}:end -->`)
  );
}

/** The tables of a document that differ from what the generator writes now (or lack a marker). */
export function staleTables(markdown: string): string[] {
  return tablesIn(markdown).filter((name) => {
    try {
      return replaceBetweenMarkers(markdown, name, GENERATED_TABLES[name] as string) !== markdown;
    } catch {
      return true;
    }
  });
}
