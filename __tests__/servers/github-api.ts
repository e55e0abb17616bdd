// The GitHub REST subset the PR comment uses, as a handler for startServer: the authenticated user,
// issue comments (list with Link pagination, create, update, delete), the pull requests a commit
// belongs to, a pull request's head, commit statuses, how far apart two commits are (compare),
// token checks and injected faults. Answers have GitHub's shapes, status codes and messages.
// A GitHub App's installation token (the job's default token is the GitHub Actions App's) gets 403
// on GET /user, and the comments it writes are by `<app>[bot]`, a Bot, with performed_via_github_app.

import type { ServerResponse } from 'node:http';
import { type Handler, type RecordedRequest, sendJson } from './http.js';

export interface ApiComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; id: number; type: 'User' | 'Bot' };
  /** The App a comment was made through; null for a person's own token. */
  performed_via_github_app: { id: number; slug: string; node_id: string; name: string } | null;
  created_at: string;
  updated_at: string;
  html_url: string;
  issue_url: string;
}

export interface Fault {
  method: string;
  /** Matched against the path without the query. */
  path: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  /** Runs when the fault fires, e.g. to delete the comment as someone else did meanwhile. */
  effect?: () => void;
}

export interface CommitStatusSet {
  sha: string;
  state: string;
  context: string;
  description: string | null;
  target_url: string | null;
}

export interface GitHubApiOptions {
  /** The only token accepted (`Authorization: token <token>` or `Bearer <token>`). */
  token: string;
  /** Who `GET /user` says the token is; null answers 403 as for the job's default token. */
  login?: string | null;
  /**
   * The token is this GitHub App's installation token (its slug): `GET /user` answers 403, and new
   * comments are by `<slug>[bot]` through the App. Without it, a `login: null` token is the GitHub
   * Actions App's (the job's default token).
   */
  app?: string;
  /** Who new comments are written by (default: `login`, else the App's bot). */
  author?: string;
  /** The token may read but not write (a fork's pull request): writes answer 403. */
  readOnly?: boolean;
  /** Largest page the server returns, whatever per_page asks (GitHub: 100). */
  maxPerPage?: number;
}

export interface GitHubApi {
  handler: Handler;
  /** Comments by issue number, oldest first. */
  comments(issue: number): ApiComment[];
  /** Adds a comment as if someone wrote it (through `app` when given); returns it. */
  seed(issue: number, body: string, login: string, app?: string): ApiComment;
  fail(fault: Fault): void;
  /** Deletes a comment, as a person might between two requests. */
  remove(id: number): void;
  /** An open pull request whose head is `headSha` in `headRepository` (`owner/repo`). */
  pull(number: number, headSha: string, headRepository: string): void;
  /** Every commit status set, oldest first. */
  statuses: CommitStatusSet[];
  /** Records that `sha` came from pull request `number`, merged into `base`. */
  merged(sha: string, number: number, base?: string): void;
  /** What comparing `from...to` answers: `to` is `aheadBy` commits ahead (and `behindBy` behind). */
  compare(from: string, to: string, aheadBy: number, behindBy?: number): void;
  /** Requests the handler answered, in order, as `METHOD /path?query`. */
  log: string[];
}

const DOCS = 'https://docs.github.com/rest';
const READ_ONLY = {
  message: 'Resource not accessible by integration',
  documentation_url: DOCS,
  status: '403'
};

export function githubApi(options: GitHubApiOptions): GitHubApi {
  const login = options.app !== undefined ? null : options.login === undefined ? 'octo-bot' : options.login;
  // A token that cannot read GET /user is an App's, and writes as the App's bot.
  const app = options.app ?? (login === null ? 'github-actions' : null);
  const author = options.author ?? login ?? `${app}[bot]`;
  const maxPerPage = options.maxPerPage ?? 100;
  const byIssue = new Map<number, ApiComment[]>();
  const faults: Array<Fault & { left: number }> = [];
  const pullsByCommit = new Map<
    string,
    Array<{ number: number; merged_at: string; base: { ref: string } }>
  >();
  const log: string[] = [];
  const pulls = new Map<number, { headSha: string; headRepository: string }>();
  const statuses: CommitStatusSet[] = [];
  const compared = new Map<string, { ahead_by: number; behind_by: number }>();
  let nextId = 1000;
  let clock = Date.parse('2026-11-26T12:00:00Z');
  // One second per write, so creation times order the comments as GitHub's do.
  const tick = (): string => {
    clock += 1000;
    return new Date(clock).toISOString();
  };

  const list = (issue: number): ApiComment[] => {
    let comments = byIssue.get(issue);
    if (!comments) {
      comments = [];
      byIssue.set(issue, comments);
    }
    return comments;
  };
  const find = (id: number): { issue: ApiComment[]; index: number } | null => {
    for (const issue of byIssue.values()) {
      const index = issue.findIndex((c) => c.id === id);
      if (index >= 0) return { issue, index };
    }
    return null;
  };
  const appIds = new Map<string, number>();
  const viaApp = (slug: string | null): ApiComment['performed_via_github_app'] => {
    if (slug === null) return null;
    const id = appIds.get(slug) ?? 15_368 + appIds.size;
    appIds.set(slug, id);
    return { id, slug, node_id: `MDM6QXBw${id}`, name: slug };
  };
  const add = (
    owner: string,
    repo: string,
    issue: number,
    body: string,
    who: string,
    through: string | null
  ): ApiComment => {
    const id = ++nextId;
    const at = tick();
    const comment: ApiComment = {
      id,
      node_id: `IC_${id}`,
      body,
      user: { login: who, id: id * 7, type: who.endsWith('[bot]') ? 'Bot' : 'User' },
      performed_via_github_app: viaApp(through),
      created_at: at,
      updated_at: at,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `https://api.github.com/repos/${owner}/${repo}/issues/${issue}`
    };
    list(issue).push(comment);
    return comment;
  };
  const bodyOf = (req: RecordedRequest): { body?: unknown } => {
    try {
      return JSON.parse(req.body.toString('utf8')) as { body?: unknown };
    } catch {
      return {};
    }
  };
  const invalidBody = (res: ServerResponse) =>
    sendJson(res, 422, { message: 'Invalid request.\n\n"body" wasn\'t supplied.', documentation_url: DOCS });

  const handler: Handler = (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const route = `${req.method} ${url.pathname}`;
    const known =
      /^GET \/user$/.test(route) ||
      /^(GET|POST) \/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(route) ||
      /^(PATCH|DELETE) \/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/.test(route) ||
      /^GET \/repos\/[^/]+\/[^/]+\/commits\/[0-9a-f]+\/pulls$/.test(route) ||
      /^GET \/repos\/[^/]+\/[^/]+\/pulls\/\d+$/.test(route) ||
      /^GET \/repos\/[^/]+\/[^/]+\/compare\/[^/]+$/.test(route) ||
      /^POST \/repos\/[^/]+\/[^/]+\/statuses\/[0-9a-f]+$/.test(route);
    if (!known) return false;
    log.push(`${req.method} ${url.pathname}${url.search}`);

    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
      return sendJson(res, 401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
    }
    const fault = faults.find((f) => f.left > 0 && f.method === req.method && f.path.test(url.pathname));
    if (fault) {
      fault.left--;
      fault.effect?.();
      return sendJson(
        res,
        fault.status,
        fault.body ?? { message: `injected ${fault.status}` },
        fault.headers
      );
    }

    let match = /^GET \/user$/.exec(route);
    if (match) {
      if (login === null) return sendJson(res, 403, READ_ONLY);
      return sendJson(res, 200, { login, id: 1, type: 'User' });
    }
    match = /^(GET|POST) \/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(route);
    if (match) {
      const [, method, owner = '', repo = '', number = '0'] = match;
      const issue = Number(number);
      if (method === 'POST') {
        if (options.readOnly) return sendJson(res, 403, READ_ONLY);
        const { body } = bodyOf(req);
        if (typeof body !== 'string' || body === '') return invalidBody(res);
        if (body.length > 65_536) {
          return sendJson(res, 422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: 'body is too long (maximum is 65536 characters)'
              }
            ],
            documentation_url: DOCS
          });
        }
        return sendJson(res, 201, add(owner, repo, issue, body, author, app));
      }
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, maxPerPage);
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
      const all = list(issue);
      const pages = Math.max(1, Math.ceil(all.length / perPage));
      const link = (p: number, rel: string) => {
        const next = new URL(url.pathname, `http://${req.headers.host}`);
        next.searchParams.set('per_page', String(perPage));
        next.searchParams.set('page', String(p));
        return `<${next.href}>; rel="${rel}"`;
      };
      const links = [
        ...(page < pages ? [link(page + 1, 'next'), link(pages, 'last')] : []),
        ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])
      ];
      return sendJson(
        res,
        200,
        all.slice((page - 1) * perPage, page * perPage),
        links.length > 0 ? { link: links.join(', ') } : {}
      );
    }
    match = /^GET \/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/pulls$/.exec(route);
    if (match) return sendJson(res, 200, pullsByCommit.get(match[1] ?? '') ?? []);
    match = /^GET \/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(route);
    if (match) {
      const pull = pulls.get(Number(match[3]));
      if (!pull) return sendJson(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      return sendJson(res, 200, {
        number: Number(match[3]),
        state: 'open',
        head: { sha: pull.headSha, ref: 'feature', repo: { full_name: pull.headRepository } },
        base: { ref: 'main', repo: { full_name: `${match[1]}/${match[2]}` } }
      });
    }
    match = /^GET \/repos\/[^/]+\/[^/]+\/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/.exec(route);
    if (match) {
      const counts = compared.get(`${match[1]}...${match[2]}`);
      if (!counts)
        return sendJson(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      const status =
        counts.ahead_by === 0
          ? counts.behind_by === 0
            ? 'identical'
            : 'behind'
          : counts.behind_by === 0
            ? 'ahead'
            : 'diverged';
      return sendJson(res, 200, {
        status,
        ...counts,
        total_commits: counts.ahead_by,
        commits: [],
        files: []
      });
    }
    if (/^GET \/repos\/[^/]+\/[^/]+\/compare\//.test(route))
      return sendJson(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    match = /^POST \/repos\/[^/]+\/[^/]+\/statuses\/([0-9a-f]+)$/.exec(route);
    if (match) {
      if (options.readOnly) return sendJson(res, 403, READ_ONLY);
      const sent = bodyOf(req) as Record<string, unknown>;
      if (!['error', 'failure', 'pending', 'success'].includes(String(sent.state)))
        return sendJson(res, 422, { message: 'Validation Failed', documentation_url: DOCS, status: '422' });
      const status = {
        sha: match[1] as string,
        state: String(sent.state),
        context: String(sent.context ?? 'default'),
        description: sent.description === undefined ? null : String(sent.description),
        target_url: sent.target_url === undefined ? null : String(sent.target_url)
      };
      statuses.push(status);
      return sendJson(res, 201, { id: statuses.length, ...status });
    }
    match = /^(PATCH|DELETE) \/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(route);
    if (match) {
      const [, method, id = '0'] = match;
      if (options.readOnly) return sendJson(res, 403, READ_ONLY);
      const found = find(Number(id));
      if (!found) return sendJson(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      const comment = found.issue[found.index] as ApiComment;
      if (method === 'DELETE') {
        found.issue.splice(found.index, 1);
        res.writeHead(204);
        res.end();
        return true;
      }
      const { body } = bodyOf(req);
      if (typeof body !== 'string' || body === '') return invalidBody(res);
      comment.body = body;
      comment.updated_at = tick();
      return sendJson(res, 200, comment);
    }
    return false;
  };

  return {
    handler,
    comments: (issue) => [...list(issue)],
    seed: (issue, body, who, through) => add('octo-org', 'copybook-rs', issue, body, who, through ?? null),
    fail: (fault) => faults.push({ ...fault, left: fault.times ?? 1 }),
    remove: (id) => {
      const found = find(id);
      found?.issue.splice(found.index, 1);
    },
    pull: (number, headSha, headRepository) => {
      pulls.set(number, { headSha, headRepository });
    },
    statuses,
    merged: (sha, number, base = 'main') => {
      pullsByCommit.set(sha, [{ number, merged_at: new Date(clock).toISOString(), base: { ref: base } }]);
    },
    compare: (from, to, aheadBy, behindBy = 0) => {
      compared.set(`${from}...${to}`, { ahead_by: aheadBy, behind_by: behindBy });
    },
    log
  };
}
