export const id = 197;
export const ids = [197,423];
export const modules = {

/***/ 82197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
var artifact = __webpack_require__(56518);
// EXTERNAL MODULE: ./src/core/baseline/store-naming.ts
var store_naming = __webpack_require__(65611);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/adapters/github/client.ts
var client = __webpack_require__(45423);
// EXTERNAL MODULE: ./src/adapters/services.ts
var services = __webpack_require__(14350);
;// CONCATENATED MODULE: ./src/adapters/baseline/store-listing.ts
// Choosing the baseline artifact from the repository's artifact listing, and saying why the listing
// failed. Pure: the REST call lives in artifact.ts.
function createdMs(artifact) {
    const ms = artifact.created_at ? Date.parse(artifact.created_at) : Number.NaN;
    return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}
/** The newest artifact called exactly `name` that has not expired; null when there is none. */
function pickLatestArtifact(artifacts, name) {
    let latest = null;
    for (const artifact of artifacts) {
        if (artifact.name !== name || artifact.expired)
            continue;
        // Ids grow with time, so they order artifacts created in the same instant.
        if (latest === null ||
            createdMs(artifact) > createdMs(latest) ||
            (createdMs(artifact) === createdMs(latest) && artifact.id > latest.id))
            latest = artifact;
    }
    return latest;
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
// through the real @actions/artifact client; find the repository's newest one through the REST API
// and download it with the same client. Shell.
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
        const result = await new artifact/* DefaultArtifactClient */.t9().uploadArtifact(name, [...opts.files], opts.root, opts.retentionDays === undefined ? {} : { retentionDays: opts.retentionDays });
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
/** The newest unexpired artifact called `name`: GitHub lists newest first, so paging stops at one. */
async function findLatestArtifact(query) {
    const octokit = query.client ?? (0,client.createGitHubClient)({ token: query.token, baseUrl: query.apiUrl });
    const seen = [];
    for await (const page of octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, {
        owner: query.owner,
        repo: query.repo,
        name: query.name,
        per_page: 100
    })) {
        seen.push(...page.data);
        if (pickLatestArtifact(page.data, query.name))
            break;
    }
    return pickLatestArtifact(seen, query.name);
}
/**
 * Downloads the repository's newest `name` artifact into `dir` and returns its baseline.json. A
 * missing permission, no artifact, or a download whose digest differs from the listed one are
 * results with a reason, not errors.
 */
async function downloadLatestBaselineArtifact(query) {
    const repository = `${query.owner}/${query.repo}`;
    let latest;
    try {
        latest = await findLatestArtifact(query);
    }
    catch (error) {
        const { status, message } = apiFailure(error);
        return {
            found: false,
            reason: describeArtifactApiFailure(`Listing the artifacts named ${query.name}`, repository, status, message)
        };
    }
    if (!latest)
        return { found: false, reason: `${repository} has no unexpired artifact named ${query.name}` };
    const file = external_node_path_default().join(external_node_path_default().resolve(query.dir), store_naming/* BASELINE_FILE_NAME */.Ng);
    const what = `Downloading the artifact ${query.name} (id ${latest.id})`;
    try {
        // A file left from an earlier download must not pass for this one.
        await (0,promises_.rm)(file, { force: true });
        const { digestMismatch } = await new artifact/* DefaultArtifactClient */.t9().downloadArtifact(latest.id, {
            path: external_node_path_default().dirname(file),
            ...(latest.digest ? { expectedHash: latest.digest } : {}),
            findBy: {
                token: query.token,
                repositoryOwner: query.owner,
                repositoryName: query.repo,
                workflowRunId: latest.workflow_run?.id ?? 0
            }
        });
        if (digestMismatch) {
            await (0,promises_.rm)(file, { force: true });
            return {
                found: false,
                reason: `${what}: the download is corrupt, its SHA-256 differs from the artifact's ${latest.digest}`
            };
        }
    }
    catch (error) {
        const { status, message } = apiFailure(error);
        return { found: false, reason: describeArtifactApiFailure(what, repository, status, message) };
    }
    if (!(await exists(file)))
        return { found: false, reason: `${what}: it holds no ${store_naming/* BASELINE_FILE_NAME */.Ng}` };
    return {
        found: true,
        file,
        artifactId: latest.id,
        createdAt: latest.created_at ?? null,
        workflowRunId: latest.workflow_run?.id ?? null
    };
}
/**
 * Downloads this workflow run's artifacts whose names `wanted` accepts (the newest of each name,
 * as a re-run job uploads again), each into a folder of its own under `dir`. The runtime token
 * names the run; no REST call is made.
 */
async function downloadRunArtifacts(opts) {
    if (!(0,services/* artifactServiceConfigured */.Uo)(opts.env))
        return { ok: false, reason: services/* NO_ARTIFACT_SERVICE */.$T };
    const client = new artifact/* DefaultArtifactClient */.t9();
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
    const client = new artifact/* DefaultArtifactClient */.t9();
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
