export const id = 423;
export const ids = [423];
export const modules = {

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
