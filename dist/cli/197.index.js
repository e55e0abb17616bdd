export const id = 197;
export const ids = [197,423];
export const modules = {

/***/ 82197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SEARCH_LIMITS: () => (/* binding */ SEARCH_LIMITS),
  downloadLatestBaselineArtifact: () => (/* binding */ downloadLatestBaselineArtifact),
  downloadOtherRunArtifacts: () => (/* binding */ downloadOtherRunArtifacts),
  downloadRunArtifacts: () => (/* binding */ downloadRunArtifacts),
  uploadArtifactFiles: () => (/* binding */ uploadArtifactFiles),
  uploadBaselineArtifact: () => (/* binding */ uploadBaselineArtifact)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 83 modules
var lib_artifact = __webpack_require__(56518);
// EXTERNAL MODULE: ./src/core/baseline/store-naming.ts
var store_naming = __webpack_require__(65611);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/adapters/github/client.ts
var client = __webpack_require__(45423);
// EXTERNAL MODULE: ./src/adapters/services.ts
var services = __webpack_require__(14350);
// EXTERNAL MODULE: ./src/core/github-events.ts
var github_events = __webpack_require__(9672);
;// CONCATENATED MODULE: ./src/adapters/baseline/store-listing.ts
// Choosing the baseline artifact from the repository's artifact listing, and saying why the listing
// failed. Pure: the REST call lives in artifact.ts.
//
// An artifact is only as trustworthy as the run that uploaded it: any run of the repository may
// upload one by the baseline's name (a push to another branch, a pull request, a fork's pull
// request, whose branch may well be called `main`). Only one from a promoting event's run on the
// baseline branch of this repository is taken.

function createdMs(artifact) {
    const ms = artifact.created_at ? Date.parse(artifact.created_at) : Number.NaN;
    return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}
/** The unexpired artifacts called exactly `name`, newest first; ids order those of the same instant. */
function newestFirst(artifacts, name) {
    return artifacts
        .filter((artifact) => artifact.name === name && !artifact.expired)
        .sort((a, b) => createdMs(b) - createdMs(a) || b.id - a.id);
}
/** What a run's branch was, for a message: branch names are whatever was pushed. */
const branchOf = (name) => typeof name === 'string' ? `branch ${JSON.stringify(name)}` : 'no branch';
/**
 * Why the listing shows `artifact` was not uploaded by a run on `branch` of this repository, or null
 * when it may have been (its run's event is checked next, with runRefusal).
 */
function listingRefusal(artifact, branch) {
    const run = artifact.workflow_run;
    if (typeof run?.id !== 'number')
        return 'the listing names no workflow run, so where it came from is unknown';
    if (typeof run.repository_id !== 'number' || run.head_repository_id !== run.repository_id)
        return `its run was for ${branchOf(run.head_branch)} of another repository (head repository ${run.head_repository_id ?? 'unknown'}, this one is ${run.repository_id ?? 'unknown'}), not ${branch} of this repository`;
    if (run.head_branch !== branch)
        return `its run was on ${branchOf(run.head_branch)}, not on ${branch}, the baseline branch`;
    return null;
}
/**
 * Why `run`, the run that uploaded `artifact`, was not a push, schedule or workflow_dispatch on
 * `branch` of this repository, or null when it was.
 */
function runRefusal(artifact, run, branch) {
    const repository = artifact.workflow_run?.repository_id;
    if (run.id !== artifact.workflow_run?.id || run.repository.id !== repository)
        return `its run ${run.id} is not the one the listing names`;
    if (run.head_repository?.id !== run.repository.id)
        return `its run was for ${branchOf(run.head_branch)} of another repository (head repository ${run.head_repository?.id ?? 'unknown'}, this one is ${run.repository.id}), not ${branch} of this repository`;
    if (run.head_branch !== branch)
        return `its run was on ${branchOf(run.head_branch)}, not on ${branch}, the baseline branch`;
    if (!github_events/* PROMOTING_EVENTS */.Q5.has(run.event))
        return `its run was triggered by ${run.event} on ${branchOf(run.head_branch)}; only push, schedule and workflow_dispatch runs on ${branch} are accepted`;
    return null;
}
/** The log line for an artifact that was passed over. */
function skippedArtifact(artifact, reason) {
    const run = artifact.workflow_run?.id;
    return `Skipped artifact ${artifact.name} (id ${artifact.id})${typeof run === 'number' ? ` of run ${run}` : ''}: ${reason}.`;
}
/** Why a REST call about the repository's artifacts failed, and what fixes it. */
function describeArtifactApiFailure(what, repository, status, message) {
    const said = message ? ` (${message})` : '';
    if (status === 401)
        return `${what} in ${repository} was refused: 401${said}; the token is not valid.`;
    if (status === 403 && /rate limit/i.test(message))
        return `${what} in ${repository} was refused: 403${said}; the API rate limit is exhausted.`;
    if (status === 403)
        return `${what} in ${repository} was refused: 403${said}; the token needs the \`actions: read\` permission (add \`permissions: actions: read\` to the job).`;
    if (status === 404)
        return `${what} in ${repository} answered 404${said}; the repository does not exist or the token cannot see it (it needs \`actions: read\`).`;
    if (status === 410)
        return `${what} in ${repository} answered 410${said}; the artifact has expired.`;
    if (status === null)
        return `${what} in ${repository} failed: ${message}`;
    return `${what} in ${repository} failed with HTTP ${status}${said}.`;
}

;// CONCATENATED MODULE: ./src/adapters/baseline/artifact.ts
// The promoted baseline as a workflow artifact, which outlives the cache's 7 days of disuse: upload
// through the real @actions/artifact client; find the repository's newest one that a push,
// schedule or workflow_dispatch run on the baseline branch uploaded, through the REST API (the
// listing, then each candidate's run), and download it with the same client. Shell.
//
// Environment: the upload needs ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which the client
// reads from process.env on each call (its API takes no environment); `env` is checked first.
// The listing uses `apiUrl`; the client's download asks the REST API for the artifact's zip through
// a plain @actions/github Octokit, which takes its base URL from GITHUB_API_URL once, when first
// imported, whatever `apiUrl` says. On a runner both are the same.








async function exists(file) {
    return (0,promises_.access)(file).then(() => true, () => false);
}
/** An Octokit error's HTTP status and the API's own message. */
function apiFailure(error) {
    const e = error;
    const status = typeof e?.status === 'number' ? e.status : null;
    const apiMessage = e?.response?.data?.message;
    return { status, message: typeof apiMessage === 'string' ? apiMessage : (0,errors/* messageOf */.b)(error) };
}
/**
 * Uploads `files` (paths under `root`) as the artifact `name` of this run, kept `retentionDays` days;
 * `env` is the process's.
 */
async function uploadArtifactFiles(opts) {
    const { name } = opts;
    if (!(0,services/* artifactServiceConfigured */.Uo)(opts.env))
        return { uploaded: false, name, reason: services/* NO_ARTIFACT_SERVICE */.$T };
    for (const file of opts.files) {
        if (!(await exists(file)))
            return { uploaded: false, name, reason: `${file} does not exist` };
    }
    try {
        const result = await new lib_artifact/* DefaultArtifactClient */.t9().uploadArtifact(name, [...opts.files], opts.root, opts.retentionDays === undefined ? {} : { retentionDays: opts.retentionDays });
        if (result.id === undefined)
            return { uploaded: false, name, reason: `the artifact service gave ${name} no id` };
        return { uploaded: true, name, id: result.id, size: result.size ?? 0 };
    }
    catch (error) {
        return { uploaded: false, name, reason: `uploading the artifact ${name} failed: ${(0,errors/* messageOf */.b)(error)}` };
    }
}
/** Uploads `file` (named baseline.json) as the artifact `name`, kept `retentionDays` days. */
async function uploadBaselineArtifact(opts) {
    const file = external_node_path_default().resolve(opts.file);
    // The downloaded zip is searched for this name, so the uploaded file must carry it.
    if (external_node_path_default().basename(file) !== store_naming/* BASELINE_FILE_NAME */.Ng)
        throw new Error(`uploadBaselineArtifact needs a file named ${store_naming/* BASELINE_FILE_NAME */.Ng}, got ${file}`);
    return uploadArtifactFiles({
        name: opts.name,
        files: [file],
        root: external_node_path_default().dirname(file),
        retentionDays: opts.retentionDays,
        env: opts.env
    });
}
/** Pages of 100 looked through at most, and candidates whose runs are read at most. */
const SEARCH_LIMITS = { pages: 10, runs: 10 };
/**
 * The newest unexpired artifact called `name` that a push, schedule or workflow_dispatch run on the
 * baseline branch of this repository uploaded; every newer one is skipped with why. GitHub lists
 * newest first, so paging stops at the first accepted.
 */
async function findLatestArtifact(query) {
    const octokit = query.client ?? (0,client.createGitHubClient)({ token: query.token, baseUrl: query.apiUrl });
    const skipped = [];
    let pages = 0;
    let runs = 0;
    for await (const page of octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, {
        owner: query.owner,
        repo: query.repo,
        name: query.name,
        per_page: 100
    })) {
        for (const artifact of newestFirst(page.data, query.name)) {
            let refused = listingRefusal(artifact, query.branch);
            if (refused === null) {
                if (++runs > SEARCH_LIMITS.runs)
                    return {
                        latest: null,
                        skipped,
                        stopped: `the runs of the newest ${SEARCH_LIMITS.runs} candidates were read`
                    };
                refused = await runOfArtifact(octokit, query, artifact);
            }
            if (refused === null)
                return { latest: artifact, skipped, stopped: null };
            skipped.push(skippedArtifact(artifact, refused));
        }
        if (++pages >= SEARCH_LIMITS.pages)
            return { latest: null, skipped, stopped: `the newest ${SEARCH_LIMITS.pages * 100} were listed` };
    }
    return { latest: null, skipped, stopped: null };
}
/** Why the run that uploaded `artifact` disqualifies it (runRefusal), or null; reading it may fail. */
async function runOfArtifact(octokit, query, artifact) {
    const runId = artifact.workflow_run?.id ?? 0;
    try {
        const { data } = await octokit.rest.actions.getWorkflowRun({
            owner: query.owner,
            repo: query.repo,
            run_id: runId
        });
        return runRefusal(artifact, data, query.branch);
    }
    catch (error) {
        const { status, message } = apiFailure(error);
        return `its run could not be read (${status === null ? message : `HTTP ${status}: ${message}`}), so what started it is unknown`;
    }
}
/**
 * Downloads the repository's newest `name` artifact from a push, schedule or workflow_dispatch run
 * on the baseline branch into `dir` and returns its baseline.json. A missing permission, no such
 * artifact, or a download whose digest differs from the listed one are results with a reason, not
 * errors; the newer artifacts passed over are listed with why.
 */
async function downloadLatestBaselineArtifact(query) {
    const repository = `${query.owner}/${query.repo}`;
    let search;
    try {
        search = await findLatestArtifact(query);
    }
    catch (error) {
        const { status, message } = apiFailure(error);
        const what = `Listing the artifacts named ${query.name}`;
        return {
            found: false,
            reason: describeArtifactApiFailure(what, repository, status, message),
            skipped: []
        };
    }
    const { latest, skipped } = search;
    if (!latest)
        return { found: false, reason: noneAccepted(query, repository, search), skipped };
    const downloaded = await downloadArtifactFile(query, repository, latest);
    if (!downloaded.ok)
        return { found: false, reason: downloaded.reason, skipped };
    return {
        found: true,
        file: downloaded.file,
        artifactId: latest.id,
        createdAt: latest.created_at ?? null,
        workflowRunId: latest.workflow_run?.id ?? null,
        skipped
    };
}
function noneAccepted(query, repository, search) {
    const none = `${repository} has no unexpired artifact named ${query.name}`;
    if (search.skipped.length === 0 && search.stopped === null)
        return none;
    const count = search.skipped.length;
    const skipped = count > 0 ? ` (${count} skipped, see above)` : '';
    const stopped = search.stopped === null ? '' : `; the search stopped after ${search.stopped}`;
    return `${none} from a push, schedule or workflow_dispatch run on ${query.branch}${skipped}${stopped}`;
}
/** The artifact's zip downloaded and checked against its digest; its baseline.json, or why not. */
async function downloadArtifactFile(query, repository, artifact) {
    const file = external_node_path_default().join(external_node_path_default().resolve(query.dir), store_naming/* BASELINE_FILE_NAME */.Ng);
    const what = `Downloading the artifact ${query.name} (id ${artifact.id})`;
    try {
        // A file left from an earlier download must not pass for this one.
        await (0,promises_.rm)(file, { force: true });
        const { digestMismatch } = await new lib_artifact/* DefaultArtifactClient */.t9().downloadArtifact(artifact.id, {
            path: external_node_path_default().dirname(file),
            ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
            findBy: {
                token: query.token,
                repositoryOwner: query.owner,
                repositoryName: query.repo,
                workflowRunId: artifact.workflow_run?.id ?? 0
            }
        });
        if (digestMismatch) {
            await (0,promises_.rm)(file, { force: true });
            return {
                ok: false,
                reason: `${what}: the download is corrupt, its SHA-256 differs from the artifact's ${artifact.digest}`
            };
        }
    }
    catch (error) {
        const { status, message } = apiFailure(error);
        return { ok: false, reason: describeArtifactApiFailure(what, repository, status, message) };
    }
    if (!(await exists(file)))
        return { ok: false, reason: `${what}: it holds no ${store_naming/* BASELINE_FILE_NAME */.Ng}` };
    return { ok: true, file };
}
/**
 * Downloads this workflow run's artifacts whose names `wanted` accepts (the newest of each name,
 * as a re-run job uploads again), each into a folder of its own under `dir`. The runtime token
 * names the run; no REST call is made.
 */
async function downloadRunArtifacts(opts) {
    if (!(0,services/* artifactServiceConfigured */.Uo)(opts.env))
        return { ok: false, reason: services/* NO_ARTIFACT_SERVICE */.$T };
    const client = new lib_artifact/* DefaultArtifactClient */.t9();
    let listed;
    try {
        listed = (await client.listArtifacts({ latest: true })).artifacts;
    }
    catch (error) {
        return { ok: false, reason: `listing this run's artifacts failed: ${(0,errors/* messageOf */.b)(error)}` };
    }
    const artifacts = [];
    for (const artifact of listed.filter((a) => opts.wanted(a.name))) {
        // The folder is named by the id the service gave, never by the name.
        const dir = external_node_path_default().join(external_node_path_default().resolve(opts.dir), String(artifact.id));
        try {
            const { digestMismatch } = await client.downloadArtifact(artifact.id, {
                path: dir,
                ...(artifact.digest ? { expectedHash: artifact.digest } : {})
            });
            if (digestMismatch)
                return {
                    ok: false,
                    reason: `the artifact ${artifact.name} is corrupt: its SHA-256 differs from the listed one`
                };
        }
        catch (error) {
            return { ok: false, reason: `downloading the artifact ${artifact.name} failed: ${(0,errors/* messageOf */.b)(error)}` };
        }
        artifacts.push({ name: artifact.name, id: artifact.id, dir });
    }
    return { ok: true, artifacts };
}
/**
 * Another workflow run's artifacts that `wanted` accepts (the newest of each name), each into a
 * folder of its own under `dir`, found through the REST API with `access` (`actions: read`).
 */
async function downloadOtherRunArtifacts(opts) {
    const client = new lib_artifact/* DefaultArtifactClient */.t9();
    const findBy = {
        token: opts.token,
        workflowRunId: Number(opts.runId),
        repositoryOwner: opts.owner,
        repositoryName: opts.repo
    };
    const repository = `${opts.owner}/${opts.repo}`;
    let listed;
    try {
        listed = (await client.listArtifacts({ latest: true, findBy })).artifacts;
    }
    catch (error) {
        const { status, message } = apiFailure(error);
        return {
            ok: false,
            reason: describeArtifactApiFailure(`Listing the artifacts of run ${opts.runId}`, repository, status, message)
        };
    }
    const artifacts = [];
    for (const artifact of listed.filter((a) => opts.wanted(a.name))) {
        // The folder is named by the id the service gave, never by the name.
        const dir = external_node_path_default().join(external_node_path_default().resolve(opts.dir), String(artifact.id));
        const what = `Downloading the artifact ${artifact.name} (id ${artifact.id}) of run ${opts.runId}`;
        try {
            const { digestMismatch } = await client.downloadArtifact(artifact.id, {
                path: dir,
                findBy,
                ...(artifact.digest ? { expectedHash: artifact.digest } : {})
            });
            if (digestMismatch)
                return { ok: false, reason: `${what}: its SHA-256 differs from the listed one` };
        }
        catch (error) {
            const { status, message } = apiFailure(error);
            return { ok: false, reason: describeArtifactApiFailure(what, repository, status, message) };
        }
        artifacts.push({ name: artifact.name, id: artifact.id, dir });
    }
    return { ok: true, artifacts };
}


/***/ }),

/***/ 45423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86856);
// The GitHub REST client: @actions/github's Octokit with the retry and throttling plugins, so a
// transient 5xx or a secondary rate limit does not lose the comment.
//
// How the plugins behave (read from their source): plugin-retry retries every status >= 400 except
// 400/401/403/404/410/422/451, up to 3 times, waiting (n + 1)² × `retryAfterBaseValue` ms (1 s, 4 s,
// 9 s); it does not read Retry-After. plugin-throttling retries a 403/429 whose message names a
// secondary rate limit after its Retry-After seconds × `retryAfterBaseValue` (60 s without the
// header), and a primary rate limit after x-ratelimit-reset, each only when our handler agrees.



const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
let clients = 0;
function createGitHubClient(options) {
    const note = options.log ?? (() => { });
    const retryBaseMs = options.retryBaseMs ?? 1000;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const wait = retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS && retryCount < rateLimitRetries;
        note(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter} s` : 'giving up'}`);
        return wait;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__.getOctokit)(options.token, {
        baseUrl: options.baseUrl,
        log: { debug: () => { }, info: () => { }, warn: note, error: note },
        retry: { retryAfterBaseValue: retryBaseMs },
        throttle: {
            // The throttling plugin spaces writes per id across every client in the process; each
            // client is one action run, so each gets its own.
            id: `copybook-bench-${process.pid}-${++clients}`,
            retryAfterBaseValue: retryBaseMs,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary')
        }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}


/***/ })

};
