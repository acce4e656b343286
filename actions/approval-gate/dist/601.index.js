export const id = 601;
export const ids = [601];
export const modules = {

/***/ 6601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubRuntime: () => (/* binding */ createGitHubRuntime)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./packages/core/src/runtime.ts
var runtime = __webpack_require__(4837);
;// CONCATENATED MODULE: ./packages/core/src/secrets.ts
/**
 * Replaces every registered secret, and the forms derived from it that tools print, with `***`.
 * Used on everything this project writes itself (logs, errors, outputs) so that masking does not
 * depend on the GitHub runner being the reader.
 */
class SecretMasker {
    #secrets = new Set();
    /** Registers a secret and returns the values that were newly registered (to forward to the runner). */
    add(secret) {
        if (!secret)
            return [];
        const added = [];
        for (const form of [secret, ...secret.split(/\r?\n/)]) {
            const value = form.trim();
            // Masking very short values would shred ordinary log text and protects nothing.
            if (value.length < 3 || this.#secrets.has(value))
                continue;
            this.#secrets.add(value);
            added.push(value);
        }
        return added;
    }
    get secrets() {
        return [...this.#secrets];
    }
    mask(text) {
        if (this.#secrets.size === 0 || !text)
            return text;
        let masked = text;
        // Longest first, so a secret that contains another is replaced whole.
        for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
            masked = masked.split(secret).join('***');
        }
        return masked;
    }
}
/**
 * The forms a token takes on the wire when used for HTTP basic auth, which git and registries
 * may echo in debug output: `user:token` and its base64.
 */
function basicAuthForms(username, password) {
    const pair = `${username}:${password}`;
    return [password, pair, Buffer.from(pair).toString('base64')];
}

// EXTERNAL MODULE: ./packages/core/src/runtimes/base.ts + 1 modules
var base = __webpack_require__(477);
;// CONCATENATED MODULE: ./packages/core/src/runtimes/github.ts




/** The runtime for a step on a GitHub runner, over @actions/core. */
function createGitHubRuntime(env = process.env) {
    const masker = new SecretMasker();
    // The runner masks registered secrets in the log; masking here too keeps them out of outputs,
    // summaries and errors, and out of any log read by something other than the runner.
    const m = (message) => masker.mask(message);
    const log = {
        debug: (message) => core/* debug */.Yz(m(message)),
        info: (message) => core/* info */.pq(m(message)),
        notice: (message, properties) => core/* notice */.lm(m(message), properties),
        warning: (message, properties) => core/* warning */.$e(m(message), properties),
        error: (message, properties) => core/* error */.z3(m(message), properties),
        group: (name, fn) => core/* group */.Os(m(name), fn),
    };
    return {
        ...(0,base/* runtimeBase */.C)({ log, masker, env }),
        getInput: (name) => core/* getInput */.V4(name),
        setOutput: (name, value) => core/* setOutput */.uH(name, m((0,runtime/* formatOutput */.V)(value))),
        setSecret: (secret) => {
            for (const value of masker.add(secret))
                core/* setSecret */.Pq(value);
        },
        appendSummary: async (markdown) => {
            if (!env.GITHUB_STEP_SUMMARY)
                return;
            await core/* summary */.z.addRaw(m(markdown), true).write();
        },
        setFailed: (message) => core/* setFailed */.C1(m(message)),
    };
}


/***/ })

};
