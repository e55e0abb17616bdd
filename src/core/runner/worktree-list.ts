// What `git worktree list --porcelain` prints: a block per worktree, blank lines between, each with a
// `worktree <path>` line and, unless the worktree is bare, a `HEAD <sha>` line. Pure.

export interface WorktreeEntry {
  path: string;
  /** The commit it has checked out; null when git named none. */
  head: string | null;
}

/** `git worktree list --porcelain`: each worktree's path and the commit it has checked out. */
export function parseWorktreeList(text: string): WorktreeEntry[] {
  const found: WorktreeEntry[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n');
    const at = lines.find((line) => line.startsWith('worktree '));
    if (at === undefined) continue;
    const head = lines.find((line) => line.startsWith('HEAD '));
    found.push({ path: at.slice('worktree '.length), head: head ? head.slice('HEAD '.length).trim() : null });
  }
  return found;
}
