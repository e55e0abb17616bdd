export const id = 544;
export const ids = [544];
export const modules = {

/***/ 32544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cachePathOf: () => (/* binding */ cachePathOf),
/* harmony export */   restoreBaselineFromCache: () => (/* binding */ restoreBaselineFromCache),
/* harmony export */   saveBaselineToCache: () => (/* binding */ saveBaselineToCache)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18091);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _services_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14350);
// The promoted baseline in the Actions cache, through the real @actions/cache client. Shell.
//
// The client swallows its failures (saveCache returns -1, restoreCache undefined) and logs them as
// warnings; these functions turn every outcome into a result with a reason instead.
//
// The cache version is a hash of the paths exactly as given, and the archive stores them relative to
// GITHUB_WORKSPACE (else the working directory). So a file inside the working directory is named to
// the client by its relative path: the same file (the pipeline uses <report-dir>/baseline.json)
// matches across runs and machines, whatever the checkout's absolute path. A file outside it (the
// client refuses `..` in paths) goes by its absolute path, which matches only where that path is the
// same. Saving and restoring must name the same file from the same working directory.
//
// @actions/cache reads its environment on each call, not at import: ACTIONS_CACHE_SERVICE_V2,
// ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, GITHUB_SERVER_URL (a host other than github.com
// selects the older v1 protocol, ACTIONS_CACHE_URL), RUNNER_TEMP and GITHUB_WORKSPACE.





async function exists(file) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(file).then(() => true, () => false);
}
/** The name the cache knows the file by: relative to the working directory when inside it. */
function cachePathOf(file) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file);
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(process.cwd(), absolute);
    return relative === '' || relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative) ? absolute : relative;
}
function unavailable() {
    return _actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .isFeatureAvailable */ .w3() ? null : _services_js__WEBPACK_IMPORTED_MODULE_3__/* .NO_CACHE_SERVICE */ .dZ;
}
/** Saves the file under `key`; keys are immutable, so an existing key is reported, not replaced. */
async function saveBaselineToCache(opts) {
    const { file, key } = opts;
    const missing = unavailable();
    if (missing)
        return { saved: false, key, reason: missing };
    try {
        if (!(await exists(file)))
            return { saved: false, key, reason: `${file} does not exist` };
        const paths = [cachePathOf(file)];
        const existing = await _actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .restoreCache */ .P3(paths, key, [], { lookupOnly: true });
        if (existing === key)
            return {
                saved: false,
                key,
                reason: `the cache already holds ${key}; cache keys are immutable, so the first save of this commit stays`
            };
        const entryId = await _actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .saveCache */ .Io(paths, key);
        if (entryId === -1)
            return {
                saved: false,
                key,
                reason: `the cache service did not store ${key} (its log lines above say why)`
            };
        return { saved: true, key, entryId };
    }
    catch (error) {
        return { saved: false, key, reason: `saving ${key} to the cache failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .b)(error)}` };
    }
}
/**
 * Restores the newest entry whose key starts with `prefix` to `file`. Whatever happens, `file` is
 * not left over from an earlier run: it exists afterwards only when it was restored.
 */
async function restoreBaselineFromCache(opts) {
    const { file, prefix } = opts;
    const missing = unavailable();
    if (missing)
        return { restored: false, reason: missing };
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(file, { force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file)), { recursive: true });
        const paths = [cachePathOf(file)];
        // The prefix is never a whole key, so it works as both the primary and the restore key. A lookup
        // first tells "nothing stored" from "stored but unreadable", which restoreCache alone does not.
        const found = await _actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .restoreCache */ .P3(paths, prefix, [prefix], { lookupOnly: true });
        if (!found)
            return {
                restored: false,
                reason: `the cache holds no entry for ${paths[0]} under ${prefix}… (none was promoted yet, or it was evicted after 7 days unused)`
            };
        const matchedKey = await _actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .restoreCache */ .P3(paths, prefix, [prefix]);
        if (!matchedKey)
            return {
                restored: false,
                reason: `the cache entry ${found} could not be downloaded or unpacked (its log lines above say why)`
            };
        if (!(await exists(file)))
            return { restored: false, reason: `the cache entry ${matchedKey} holds no ${file}` };
        return { restored: true, matchedKey, file };
    }
    catch (error) {
        return { restored: false, reason: `restoring from the cache failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .b)(error)}` };
    }
}


/***/ })

};
