export const id = 84;
export const ids = [84];
export const modules = {

/***/ 92084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubRuntime: () => (/* binding */ createGitHubRuntime)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _runtime__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84837);
/* harmony import */ var _secrets__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87620);
/* harmony import */ var _base__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2938);




/** The runtime for a step on a GitHub runner, over @actions/core. */
function createGitHubRuntime(env = process.env) {
    const masker = new _secrets__WEBPACK_IMPORTED_MODULE_2__/* .SecretMasker */ .M2();
    // The runner masks registered secrets in the log; masking here too keeps them out of outputs,
    // summaries and errors, and out of any log read by something other than the runner.
    const m = (message) => masker.mask(message);
    const log = {
        debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m(message)),
        info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m(message)),
        notice: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(m(message), properties),
        warning: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m(message), properties),
        error: (message, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(m(message), properties),
        group: (name, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(m(name), fn),
    };
    return {
        ...(0,_base__WEBPACK_IMPORTED_MODULE_3__/* .runtimeBase */ .C)({ log, masker, env }),
        getInput: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name),
        setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, m((0,_runtime__WEBPACK_IMPORTED_MODULE_1__/* .formatOutput */ .V)(value))),
        setSecret: (secret) => {
            for (const value of masker.add(secret))
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
        },
        appendSummary: async (markdown) => {
            if (!env.GITHUB_STEP_SUMMARY)
                return;
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(m(markdown), true).write();
        },
        setFailed: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(m(message)),
    };
}


/***/ })

};
