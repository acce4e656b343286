import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(63893);
const draft7_1 = __nccwpck_require__(39941);
const discriminator_1 = __nccwpck_require__(28886);
const draft7MetaSchema = __nccwpck_require__(72079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(87881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(81436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(33021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(53162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 80567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 81436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(80567);
const scope_1 = __nccwpck_require__(77788);
var code_2 = __nccwpck_require__(80567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(77788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 77788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(80567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 81283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const names_1 = __nccwpck_require__(90630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(81436);
const validation_error_1 = __nccwpck_require__(33021);
const names_1 = __nccwpck_require__(90630);
const resolve_1 = __nccwpck_require__(24090);
const util_1 = __nccwpck_require__(84464);
const validate_1 = __nccwpck_require__(87881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 90630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 53162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(24090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 24090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(84464);
const equal = __nccwpck_require__(23430);
const traverse = __nccwpck_require__(81167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 84464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(81436);
const code_1 = __nccwpck_require__(80567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 37692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 35346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(81283);
const codegen_1 = __nccwpck_require__(81436);
const names_1 = __nccwpck_require__(90630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 86685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(37692);
const errors_1 = __nccwpck_require__(81283);
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 11699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 87881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(35346);
const dataType_1 = __nccwpck_require__(86685);
const applicability_1 = __nccwpck_require__(37692);
const dataType_2 = __nccwpck_require__(86685);
const defaults_1 = __nccwpck_require__(11699);
const keyword_1 = __nccwpck_require__(15202);
const subschema_1 = __nccwpck_require__(26200);
const codegen_1 = __nccwpck_require__(81436);
const names_1 = __nccwpck_require__(90630);
const resolve_1 = __nccwpck_require__(24090);
const util_1 = __nccwpck_require__(84464);
const errors_1 = __nccwpck_require__(81283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 15202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(81436);
const names_1 = __nccwpck_require__(90630);
const code_1 = __nccwpck_require__(28484);
const errors_1 = __nccwpck_require__(81283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 26200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 63893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(87881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(81436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(33021);
const ref_error_1 = __nccwpck_require__(53162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(81436);
const resolve_1 = __nccwpck_require__(24090);
const dataType_1 = __nccwpck_require__(86685);
const util_1 = __nccwpck_require__(84464);
const $dataRefSchema = __nccwpck_require__(63837);
const uri_1 = __nccwpck_require__(36285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 24951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(23430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 36285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(24352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 33021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 73448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 42431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(28484);
const codegen_1 = __nccwpck_require__(81436);
const names_1 = __nccwpck_require__(90630);
const util_1 = __nccwpck_require__(84464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 39205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(84464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 89380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(28484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 16182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 95826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const code_1 = __nccwpck_require__(28484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 48584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 28775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(73448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(75791);
const items2020_1 = __nccwpck_require__(52959);
const contains_1 = __nccwpck_require__(16182);
const dependencies_1 = __nccwpck_require__(95826);
const propertyNames_1 = __nccwpck_require__(71372);
const additionalProperties_1 = __nccwpck_require__(42431);
const properties_1 = __nccwpck_require__(88778);
const patternProperties_1 = __nccwpck_require__(50664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(89380);
const oneOf_1 = __nccwpck_require__(22490);
const allOf_1 = __nccwpck_require__(39205);
const if_1 = __nccwpck_require__(48584);
const thenElse_1 = __nccwpck_require__(46829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 75791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const code_1 = __nccwpck_require__(28484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 52959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const code_1 = __nccwpck_require__(28484);
const additionalItems_1 = __nccwpck_require__(73448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(84464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 22490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 50664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(28484);
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const util_2 = __nccwpck_require__(84464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(75791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 88778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(87881);
const code_1 = __nccwpck_require__(28484);
const util_1 = __nccwpck_require__(84464);
const additionalProperties_1 = __nccwpck_require__(42431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 71372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 46829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(84464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 28484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const names_1 = __nccwpck_require__(90630);
const util_2 = __nccwpck_require__(84464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 69872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 97397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(69872);
const ref_1 = __nccwpck_require__(92996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 92996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(53162);
const code_1 = __nccwpck_require__(28484);
const codegen_1 = __nccwpck_require__(81436);
const names_1 = __nccwpck_require__(90630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(84464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 28886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const types_1 = __nccwpck_require__(87115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(53162);
const util_1 = __nccwpck_require__(84464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 87115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 39941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(97397);
const validation_1 = __nccwpck_require__(85481);
const applicator_1 = __nccwpck_require__(28775);
const format_1 = __nccwpck_require__(72601);
const metadata_1 = __nccwpck_require__(56620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 26402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 72601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(26402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 56620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 98026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const equal_1 = __nccwpck_require__(24951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 93200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const equal_1 = __nccwpck_require__(24951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 85481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(43723);
const multipleOf_1 = __nccwpck_require__(18132);
const limitLength_1 = __nccwpck_require__(46962);
const pattern_1 = __nccwpck_require__(96023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(94504);
const limitItems_1 = __nccwpck_require__(36296);
const uniqueItems_1 = __nccwpck_require__(65132);
const const_1 = __nccwpck_require__(98026);
const enum_1 = __nccwpck_require__(93200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 36296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 46962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const ucs2length_1 = __nccwpck_require__(36214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 43723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 18132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(81436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 96023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(28484);
const util_1 = __nccwpck_require__(84464);
const codegen_1 = __nccwpck_require__(81436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 94504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(28484);
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 65132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(86685);
const codegen_1 = __nccwpck_require__(81436);
const util_1 = __nccwpck_require__(84464);
const equal_1 = __nccwpck_require__(24951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 23430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 81167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 34914:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4455);

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4455:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./packages/core/src/cancel-on-signals.ts
/**
 * The entry point's half of cancellation. A runner cancels a step with SIGINT, then SIGTERM; Node
 * would exit at once and leave a writer's queued request and scratch clone behind. Here a signal
 * aborts the `AbortSignal` that library code takes (it stops between steps and cleans up), and the
 * step exits with 128 + the signal's number once it has. Only entry points call this: library code
 * never handles signals or exits.
 */
/** How long the clean-up after a signal may take before the process exits anyway. */
const CANCEL_CLEANUP_MS = 5_000;
const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
/** Why the step's signal aborted: names the process signal. */
class StepCancelledError extends Error {
    signal;
    name = 'StepCancelledError';
    constructor(signal) {
        super(signal);
        this.signal = signal;
    }
}
function cancelOnSignals(signals = ['SIGTERM', 'SIGINT'], cleanupMs = CANCEL_CLEANUP_MS) {
    const controller = new AbortController();
    let received;
    let deadline;
    const exitCode = () => (received ? 128 + (SIGNAL_NUMBERS[received] ?? 15) : undefined);
    const onSignal = (signal) => {
        if (received)
            return;
        received = signal;
        controller.abort(new StepCancelledError(signal));
        // A clean-up that hangs (a git call that does not return) must not keep a cancelled step alive.
        deadline = setTimeout(() => process.exit(exitCode()), cleanupMs);
        deadline.unref();
    };
    for (const signal of signals)
        process.on(signal, onSignal);
    return {
        signal: controller.signal,
        exitCode,
        dispose: () => {
            for (const signal of signals)
                process.off(signal, onSignal);
            if (deadline)
                clearTimeout(deadline);
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(37638);
;// CONCATENATED MODULE: ./packages/core/src/run-action.ts


/**
 * Runs an action's main and turns whatever it throws into a failed step with one line.
 * User mistakes show no stack trace; unexpected errors keep theirs at debug level; a mistake in a
 * file (a `ConfigurationError` with a location) is annotated on that file and line.
 * Returns the process exit code.
 */
async function runAction(main, runtime) {
    try {
        await main(runtime);
        return 0;
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1 || error instanceof errors/* CommandError */.Qd) &&
            error instanceof Error &&
            error.stack) {
            runtime.log.debug(runtime.masker.mask(error.stack));
        }
        const location = error instanceof errors/* ConfigurationError */.j1 ? error.location : undefined;
        runtime.setFailed(runtime.masker.mask((0,errors/* describeError */.Uc)(error)), location && annotationAt(location));
        return 1;
    }
}
/** A file location as the properties of an annotation. */
function annotationAt(location) {
    return {
        file: location.file,
        ...(location.line ? { startLine: location.line } : {}),
        ...(location.column ? { startColumn: location.column } : {}),
        ...(location.title ? { title: location.title } : {}),
    };
}
/**
 * Runs `main` on a GitHub runner: what an action's entry point (and `@github/local-action`, which
 * calls the main module's `run()` with no arguments) does. The GitHub runtime is loaded only here,
 * so the CLI, which passes its own runtime, never loads it.
 */
async function runOnGitHub(main) {
    const { createGitHubRuntime } = await __nccwpck_require__.e(/* import() */ 587).then(__nccwpck_require__.bind(__nccwpck_require__, 13587));
    const cancellation = cancelOnSignals();
    try {
        const code = await runAction(main, createGitHubRuntime(process.env, cancellation.signal));
        process.exitCode = cancellation.exitCode() ?? code;
    }
    finally {
        cancellation.dispose();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

// Exactly the spellings @actions/core's getBooleanInput accepts (YAML 1.2 core schema).
const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);
/**
 * Typed, validated reads of action inputs. Every failure is a `ConfigurationError` whose message
 * is one sentence naming the input.
 */
class InputReader {
    source;
    constructor(source) {
        this.source = source;
    }
    /** A required string input. */
    required(name) {
        const value = this.source.getInput(name);
        if (!value)
            throw new errors/* ConfigurationError */.j1(`Input "${name}" is required.`);
        return value;
    }
    /** A string input, or `defaultValue` when it is empty. */
    string(name, defaultValue) {
        return this.source.getInput(name) || defaultValue;
    }
    /** A string input, or `undefined` when it is empty. */
    optional(name) {
        return this.source.getInput(name) || undefined;
    }
    /**
     * An input that replaced `oldName`: the old one, when a workflow still sets it, wins over the new
     * one's default (an action.yml default cannot be told from a value the workflow set), and `name`
     * says which input the value came from, so errors and the caller's deprecation warning name it.
     */
    renamed(name, oldName) {
        const old = this.source.getInput(oldName);
        return old ? { name: oldName, value: old } : { name, value: this.source.getInput(name) || undefined };
    }
    boolean(name, defaultValue) {
        const value = this.source.getInput(name);
        if (!value)
            return defaultValue;
        if (TRUE_VALUES.has(value))
            return true;
        if (FALSE_VALUES.has(value))
            return false;
        throw new errors/* ConfigurationError */.j1(`Input "${name}" must be true or false, got "${value}".`);
    }
    /** An optional boolean: `undefined` when empty, so a caller can derive the default from other inputs. */
    optionalBoolean(name) {
        return this.source.getInput(name) ? this.boolean(name, false) : undefined;
    }
    integer(name, options) {
        const value = this.source.getInput(name);
        if (!value)
            return options.default;
        const number = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
        if (!Number.isSafeInteger(number) || number < options.min || number > options.max) {
            throw new errors/* ConfigurationError */.j1(`Input "${name}" must be an integer from ${options.min} to ${options.max}, got "${value}".`);
        }
        return number;
    }
    /** Newline- or comma-separated values, trimmed, empty entries dropped. */
    list(name, options = {}) {
        const values = splitList(this.source.getInput(name));
        if (options.required && values.length === 0)
            throw new errors/* ConfigurationError */.j1(`Input "${name}" is required.`);
        return values;
    }
    /** Newline-separated values only, for entries that may contain commas (e.g. `build-args`). */
    lines(name) {
        return this.source
            .getInput(name)
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean);
    }
    branch(name, defaultValue) {
        const value = this.source.getInput(name);
        if (!value)
            return defaultValue;
        requireBranchName(value, name);
        return value;
    }
    enum(name, allowed, defaultValue) {
        const value = this.source.getInput(name);
        if (!value)
            return defaultValue;
        if (allowed.includes(value))
            return value;
        throw new errors/* ConfigurationError */.j1(`Input "${name}" must be one of ${formatChoices(allowed)}, got "${value}".`);
    }
}
/**
 * Refuses what git refuses as a branch name (git-check-ref-format(1)), so that a name like `a..b`
 * or `main:evil` is a bad input instead of a revision range or refspec handed to git.
 */
function requireBranchName(value, inputName) {
    const reason = branchNameProblem(value);
    if (reason)
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" is not a valid branch name (${reason}), got "${value}".`);
}
function branchNameProblem(value) {
    if (value.startsWith('-'))
        return 'it starts with "-"';
    if (value.includes('..'))
        return 'it contains ".."';
    if (value.includes('@{') || value === '@')
        return 'it contains "@{"';
    if (/[\u0000-\u0020\u007f]/.test(value))
        return 'it contains a space or control character';
    if (/[~^:?*[\\]/.test(value))
        return 'it contains one of ~ ^ : ? * [ \\';
    const parts = value.split('/');
    if (parts.some((part) => part === ''))
        return 'it has an empty path component';
    if (parts.some((part) => part.startsWith('.') || part.endsWith('.lock'))) {
        return 'a component starts with "." or ends with ".lock"';
    }
    if (value.endsWith('.'))
        return 'it ends with "."';
    return undefined;
}
function splitList(raw) {
    return raw
        .split(/[\n,]/)
        .map((entry) => entry.trim())
        .filter(Boolean);
}
function formatChoices(values) {
    const quoted = values.map((value) => `"${value}"`);
    return quoted.length <= 2 ? quoted.join(' or ') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

// EXTERNAL MODULE: ./packages/core/src/github-client.ts
var github_client = __nccwpck_require__(30380);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
;// CONCATENATED MODULE: ./packages/trail/src/report.ts






function scanVerdictOf(deployment) {
    const verdict = deployment.scan?.split(';')[0]?.trim().toLowerCase();
    return verdict === 'pass' || verdict === 'fail' ? verdict : 'unknown';
}
/** The report over histories already read; pure, so its numbers can be checked by hand. */
function buildDeploymentReport(options) {
    const { since, until } = options;
    const environments = [...options.histories].map(([environment, deployments]) => {
        const newestFirst = [...deployments].sort((a, b) => Date.parse(b.committedAt) - Date.parse(a.committedAt));
        const known = newestFirst.filter((d) => Date.parse(d.committedAt) < until.getTime());
        const inWindow = known.filter((d) => Date.parse(d.committedAt) >= since.getTime());
        const current = known[0];
        return {
            environment,
            ...(current ? { current: toRow(current, deployments) } : {}),
            history: inWindow.map((d) => toRow(d, deployments)),
            metrics: computeDoraMetrics(deployments, { since, until }),
            deploysPerDay: countPerDay(inWindow.filter((d) => d.kind === 'deploy'), since, until),
            ...(options.verification
                ? { verification: options.verification.get(environment) ?? { judged: 0, verified: 0, unverifiable: 0 } }
                : {}),
        };
    });
    return {
        app: options.app,
        since: since.toISOString(),
        until: until.toISOString(),
        environments,
        ...(options.verificationNotCounted ? { verificationNotCounted: options.verificationNotCounted } : {}),
    };
}
function toRow(deployment, history) {
    // A rollback restores a deploy's image; without a scan trailer of its own, that deploy's verdict is the image's.
    const restored = deployment.kind === 'rollback' && !deployment.scan && deployment.rollbackTo
        ? history.find((d) => d.kind === 'deploy' && sameCommit(d.commitSha, deployment.rollbackTo))
        : undefined;
    return {
        // Git prints the committer's zone; the report is in UTC throughout.
        time: new Date(Date.parse(deployment.committedAt)).toISOString(),
        kind: deployment.kind,
        commitSha: deployment.commitSha,
        imageRefs: deployment.imageRefs,
        imageDigests: deployment.imageRefs.map((ref) => /@(sha256:[0-9a-f]{64})$/.exec(ref)?.[1] ?? ''),
        source: deployment.source ?? '',
        approvers: deployment.approvedBy,
        scanVerdict: scanVerdictOf(restored ?? deployment),
        ...(deployment.rollbackOf ? { rollbackOf: deployment.rollbackOf } : {}),
        ...(deployment.rollbackTo ? { rollbackTo: deployment.rollbackTo } : {}),
        ...(deployment.reason ? { reason: deployment.reason } : {}),
    };
}
const DAY_MS = 24 * 60 * 60 * 1000;
/** One entry per UTC day the window touches, zeros included, so the chart's axis is continuous. */
function countPerDay(deploys, since, until) {
    const counts = new Map();
    const firstDay = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate());
    // `until` is exclusive: a window ending at midnight does not touch the next day.
    for (let day = firstDay; day < until.getTime(); day += DAY_MS)
        counts.set(utcDate(day), 0);
    for (const deploy of deploys) {
        const date = utcDate(Date.parse(deploy.committedAt));
        counts.set(date, (counts.get(date) ?? 0) + 1);
    }
    return [...counts].map(([date, count]) => ({ date, deploys: count }));
}
function utcDate(time) {
    return new Date(time).toISOString().slice(0, 10);
}
const UNIT_MS = { m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS };
/**
 * The longest report window: ten years of daily counts is already more than a summary can show,
 * and the window sizes every per-day loop, so it is bounded before anything is computed.
 */
const MAX_REPORT_WINDOW_DAYS = 3660;
/**
 * The start of the report window from the `since` input: a duration back from `now`
 * (`30d`, `12h`, `2w`, `90m`) or an ISO 8601 date or date-time (`2026-10-01`,
 * `2026-10-01T12:00:00Z`; a date alone is midnight UTC), at most `maxDays` before `now`.
 */
function parseSince(value, now, input = 'since', options = {}) {
    const maxDays = options.maxDays ?? MAX_REPORT_WINDOW_DAYS;
    const trimmed = value.trim();
    const tooLong = () => new errors/* ConfigurationError */.j1(`Input "${input}" reaches back more than ${maxDays} days, the longest report window, got "${value}".`);
    const duration = /^(\d+)\s*([mhdw])$/.exec(trimmed);
    if (duration) {
        const amount = Number(duration[1]);
        if (amount === 0)
            throw new errors/* ConfigurationError */.j1(`Input "${input}" must be a duration greater than zero.`);
        const span = amount * UNIT_MS[duration[2]];
        if (span > maxDays * DAY_MS)
            throw tooLong();
        return new Date(now.getTime() - span);
    }
    const time = parseIsoTime(trimmed);
    if (Number.isNaN(time)) {
        throw new errors/* ConfigurationError */.j1(`Input "${input}" must be a duration like 30d, 12h, 2w or 90m, or an ISO date like 2026-10-01, got "${value}".`);
    }
    if (time >= now.getTime()) {
        const until = options.untilInput;
        throw new errors/* ConfigurationError */.j1(until
            ? `Input "${input}" (${value}) must be before input "${until.name}" (${until.value}).`
            : `Input "${input}" must be in the past, got "${value}".`);
    }
    if (now.getTime() - time > maxDays * DAY_MS)
        throw tooLong();
    return new Date(time);
}
/** The end of the report window from the `until` input: an ISO 8601 date or date-time. */
function parseUntil(value, input = 'until') {
    const time = parseIsoTime(value.trim());
    if (Number.isNaN(time)) {
        throw new ConfigurationError(`Input "${input}" must be an ISO date like 2026-11-01 or date-time, got "${value}".`);
    }
    return new Date(time);
}
/** Milliseconds of an ISO 8601 date (midnight UTC) or date-time with a zone; NaN otherwise. */
function parseIsoTime(value) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value))
        return Date.parse(`${value}T00:00:00Z`);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value))
        return Date.parse(value);
    return Number.NaN;
}
/** Writes the report as pretty JSON, creating the directory. */
async function writeDeploymentReport(report, file) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
}
/**
 * Reads the app's deployment trail (commits only: a treeless partial fetch, once for all
 * environments), builds the report and writes it as JSON to `reportFile`.
 */
async function generateDeploymentReport(options) {
    // Every app's trail (the fetch is commits only either way), so a misspelt name can be told apart.
    const everyApp = await readDeployments({ ...repositoryAccess(options), exec: options.exec });
    for (const warning of unknownNameWarnings(everyApp, options.app, options.environments))
        options.log.warning(warning);
    const all = everyApp.filter((d) => d.app === options.app);
    const histories = new Map(options.environments.map((environment) => [environment, all.filter((d) => d.environment === environment)]));
    for (const [environment, history] of histories) {
        options.log.info(`${options.app} in ${environment}: ${history.length} deploy and rollback commit(s) in the history.`);
    }
    const report = buildDeploymentReport({
        app: options.app,
        since: options.since,
        until: options.until,
        histories,
        ...(options.verification ? { verification: options.verification } : {}),
        ...(options.verificationNotCounted ? { verificationNotCounted: options.verificationNotCounted } : {}),
    });
    await writeDeploymentReport(report, options.reportFile);
    return report;
}
/**
 * A warning for an app, or an environment of it, with no deploy in the history while others have
 * some: most likely a misspelt input, so the warning names the ones that exist.
 */
function unknownNameWarnings(deployments, app, environments) {
    const apps = [...new Set(deployments.map((d) => d.app))].sort();
    if (apps.length === 0)
        return [];
    if (!apps.includes(app)) {
        return [
            `Input "app" names "${app}", which has no deploys in this repository; the apps deployed are ${apps.join(', ')}.`,
        ];
    }
    const deployedTo = [...new Set(deployments.filter((d) => d.app === app).map((d) => d.environment))].sort();
    return environments
        .filter((environment) => !deployedTo.includes(environment))
        .map((environment) => `Input "environments" names "${environment}", where ${app} has no deploys; ${app} is deployed to ${deployedTo.join(', ')}.`);
}

;// CONCATENATED MODULE: ./packages/verify/src/range.ts


/** A commit or branch name, with `~n`/`^n` suffixes; never an option (`-…`) or a `...` range. */
const REVISION = /^[A-Za-z0-9][A-Za-z0-9._/~^-]*$/;
/**
 * `a..b` (commits or branch names), a pull request (`123` or `#123`), `since:<date or duration>`
 * (`since:2026-11-01`, `since:30d`), or empty for the whole branch.
 */
function parseRange(value, now, inputName = 'range') {
    const text = value.trim();
    if (!text)
        return { kind: 'branch' };
    const pull = /^#?(\d+)$/.exec(text);
    if (pull)
        return { kind: 'pull-request', number: Number(pull[1]) };
    const since = /^since[:=\s]\s*(.+)$/i.exec(text);
    if (since)
        return { kind: 'since', since: parseSince(since[1], now, inputName) };
    const commits = /^(\S+?)\.\.(\S+)$/.exec(text);
    if (commits && !text.includes('...') && REVISION.test(commits[1]) && REVISION.test(commits[2])) {
        return { kind: 'commits', from: commits[1], to: commits[2] };
    }
    throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be a commit range like main~10..main, a pull request number like 42, or since:<date or duration> like since:30d, got "${text}".`);
}
/** Where a fetched pull request's head is kept in the verifier's clone. */
const PULL_HEAD_REF = 'refs/shipgate-verify/pull-head';
/** The revisions `git log` walks for a range, in a clone with the remote's branches fetched. */
function logRevisions(range, branch) {
    const remote = (name) => (/^[0-9a-f]{7,64}([~^][0-9]*)*$/.test(name) ? name : `refs/remotes/origin/${name}`);
    switch (range.kind) {
        case 'branch':
            return [remote(branch)];
        case 'commits':
            return [`${remote(range.from)}..${remote(range.to)}`];
        case 'pull-request':
            return [`${remote(branch)}..${PULL_HEAD_REF}`];
        case 'since':
            return [`--since=${range.since.toISOString()}`, remote(branch)];
    }
}
function describeRange(range, branch) {
    switch (range.kind) {
        case 'branch':
            return `every commit of ${branch}`;
        case 'commits':
            return `${range.from}..${range.to}`;
        case 'pull-request':
            return `pull request #${range.number} into ${branch}`;
        case 'since':
            return `${branch} since ${range.since.toISOString()}`;
    }
}
/**
 * The range a workflow event names, for an empty `range` input: a pull request's number, a merge
 * group's `base_sha..head_sha` (judged at merge time, when a merge queue runs the check), a push's
 * `before..after`; `''` (the whole branch, push by push) for a schedule or a manual run.
 */
function rangeFromEvent(eventName, payload) {
    const event = payload;
    if ((eventName === 'pull_request' || eventName === 'pull_request_target') && event.pull_request?.number) {
        return String(event.pull_request.number);
    }
    if (eventName === 'merge_group' && event.merge_group?.base_sha && event.merge_group.head_sha) {
        return `${event.merge_group.base_sha}..${event.merge_group.head_sha}`;
    }
    if (eventName === 'push' && event.before && event.after)
        return `${event.before}..${event.after}`;
    return '';
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./packages/attest/src/sign.ts




/** The public-good Sigstore instance; GitHub's own is `https://fulcio.githubapp.com` with a TSA. */
const sign_PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
const sign_PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';
const GITHUB_FULCIO_URL = 'https://fulcio.githubapp.com';
const GITHUB_TSA_URL = 'https://timestamp.githubapp.com/api/v1/timestamp';
/** A PEM private key from an input, refused with one sentence naming the input when it is not one. */
function sign_parseSigningKey(pem, passphrase, input = 'signing-key') {
    try {
        const key = createPrivateKey({ key: pem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
        if (key.asymmetricKeyType !== 'ec' && key.asymmetricKeyType !== 'ed25519' && key.asymmetricKeyType !== 'rsa') {
            throw new Error('unsupported');
        }
        return key;
    }
    catch {
        throw new ConfigurationError(`Input "${input}" is not a PEM private key (ECDSA, Ed25519 or RSA${passphrase ? ', with the given passphrase' : ''}).`);
    }
}
/** The hint a key-signed bundle carries: the hex sha256 of the public key (SPKI DER). */
function publicKeyHint(key) {
    const publicKey = key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key;
    return (0,external_node_crypto_.createHash)('sha256')
        .update(publicKey.export({ format: 'der', type: 'spki' }))
        .digest('hex');
}
/** Signs over DSSE PAE with a local key; no witnesses, so the bundle holds only the key hint. */
class LocalKeySigner {
    key;
    constructor(key) {
        this.key = key;
    }
    async sign(data) {
        const algorithm = this.key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
        const publicKey = createPublicKey(this.key).export({ format: 'pem', type: 'spki' }).toString();
        return {
            signature: sign(algorithm, data, this.key),
            key: { $case: 'publicKey', publicKey, hint: publicKeyHint(this.key) },
        };
    }
}
/** The statement as a DSSE envelope in a Sigstore bundle (v0.3), as JSON. */
async function sign_signStatement(statement, settings) {
    // Loaded here, not with the module: @sigstore/sign and its HTTP stack are most of a bundle's
    // start-up time, and most runs sign nothing.
    const sigstore = await Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(463), __nccwpck_require__.e(179)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15179));
    const { bundleToJSON } = await __nccwpck_require__.e(/* import() */ 40).then(__nccwpck_require__.bind(__nccwpck_require__, 61040));
    const builder = settings.mode === 'key'
        ? new sigstore.DSSEBundleBuilder({ signer: new LocalKeySigner(settings.privateKey), witnesses: [] })
        : new sigstore.DSSEBundleBuilder({
            signer: fulcioSigner(sigstore, settings),
            witnesses: witnesses(sigstore, settings),
        });
    try {
        const bundle = await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: IN_TOTO_PAYLOAD_TYPE });
        return bundleToJSON(bundle);
    }
    catch (error) {
        throw new AttestationError(`Signing the ${statement.predicateType} statement failed: ${signingFailure(error)}.`);
    }
}
/** @sigstore/sign quotes a refused identity token in its message; no token leaves here. */
function signingFailure(error) {
    const parts = [];
    for (let current = error; current && parts.length < 3;) {
        if (current.message)
            parts.push(current.message);
        current = current.cause;
    }
    return redactTokens(parts.join(': ') || String(error));
}
/** Anything shaped like a JWT (three base64url parts, the first a JSON header) becomes `***`. */
function redactTokens(text) {
    return text.replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '***');
}
function fulcioSigner({ FulcioSigner }, settings) {
    return new FulcioSigner({
        fulcioBaseURL: settings.fulcioUrl,
        identityProvider: { getToken: settings.identityToken },
        retry: settings.retries ?? 2,
        timeout: 30_000,
    });
}
function witnesses({ RekorWitness, TSAWitness }, settings) {
    const list = [];
    const retry = settings.retries ?? 2;
    // `intoto` entries verify the same with every Rekor; the mock used in tests mangles `dsse` ones.
    if (settings.rekorUrl)
        list.push(new RekorWitness({ rekorBaseURL: settings.rekorUrl, entryType: 'intoto', retry }));
    if (settings.tsaUrl)
        list.push(new TSAWitness({ tsaBaseURL: settings.tsaUrl, retry }));
    if (list.length === 0) {
        throw new ConfigurationError('Keyless signing needs "rekor-url" or "tsa-url": a signature must be timestamped.');
    }
    return list;
}

;// CONCATENATED MODULE: ./packages/attest/src/trust.ts



const AUTHORITY_LISTS = ['tlogs', 'certificateAuthorities', 'ctlogs', 'timestampAuthorities'];
/** The entries of one of the root's lists; a list that is not an array counts as empty, as protobuf-specs reads it. */
function listed(root, list) {
    const value = root[list];
    return Array.isArray(value) ? value : [];
}
/**
 * A trusted root (the protobuf-specs JSON that `cosign trusted-root create` and the Sigstore TUF
 * repositories publish). Every kind of authority the root lists is demanded once: a root with
 * transparency logs requires a log entry, one with CT logs an SCT, and a timestamp is always needed.
 */
function keylessTrust(trustedRootJson, input = 'trusted-root') {
    const notARoot = () => new errors/* ConfigurationError */.j1(`Input "${input}" is not a Sigstore trusted root (JSON).`);
    let root;
    try {
        root = JSON.parse(trustedRootJson);
    }
    catch {
        throw notARoot();
    }
    // What protobuf-specs' TrustedRoot.fromJSON refuses at the top: null, or a listed authority that is null.
    if (root === null || root === undefined)
        throw notARoot();
    if (AUTHORITY_LISTS.some((list) => listed(root, list).some((entry) => entry === null || entry === undefined))) {
        throw notARoot();
    }
    if (listed(root, 'certificateAuthorities').length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input "${input}" lists no certificate authority, so no certificate could verify.`);
    }
    return {
        mode: 'keyless',
        trustedRoot: root,
        input,
        thresholds: {
            tlogThreshold: listed(root, 'tlogs').length > 0 ? 1 : 0,
            ctlogThreshold: listed(root, 'ctlogs').length > 0 ? 1 : 0,
            timestampThreshold: 1,
        },
    };
}
/** Trust in one public key (PEM): bundles signed with `signing-key` carry its hint and no timestamp. */
function keyTrust(publicKeyPem, input = 'verify-key') {
    let publicKey;
    try {
        publicKey = (0,external_node_crypto_.createPublicKey)({ key: publicKeyPem, format: 'pem' });
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Input "${input}" is not a PEM public key.`);
    }
    return {
        mode: 'key',
        publicKey,
        hint: publicKeyHint(publicKey),
        thresholds: { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 },
    };
}

;// CONCATENATED MODULE: ./packages/attest/src/settings.ts







/**
 * The signing inputs build-image and scan-image share: `attest` (`auto`: on when the job has an
 * OIDC token or a signing-key is given), `signing-key` (+ `signing-key-passphrase`), `fulcio-url`,
 * `rekor-url`, `tsa-url`. The key is masked line by line before anything else reads it.
 */
function readAttestSettings({ inputs, env, context, setSecret, idToken, }) {
    const key = inputs.optional('signing-key');
    // The runner masks one line per value: each line of a PEM body is masked on its own.
    for (const line of key?.split(/\r?\n/) ?? [])
        if (line.trim().length > 8 && !line.startsWith('-----'))
            setSecret(line.trim());
    setSecret(key);
    const passphrase = inputs.optional('signing-key-passphrase');
    setSecret(passphrase);
    const mode = inputs.string('attest', 'auto');
    if (!['auto', 'true', 'false'].includes(mode)) {
        throw new ConfigurationError(`Input "attest" must be auto, true or false, got "${mode}".`);
    }
    const hasIdToken = Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    setSecret(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    const githubToken = inputs.optional('github-token');
    setSecret(githubToken);
    if (mode === 'false' || (mode === 'auto' && !key && !hasIdToken))
        return undefined;
    // GitHub's attestations API too, when there is a token and a repository to store them in.
    const github = githubToken && context.repository
        ? { github: { token: githubToken, apiUrl: context.apiUrl, repository: context.repository } }
        : {};
    if (key) {
        return {
            signing: 'key',
            privateKey: parseSigningKey(key, passphrase),
            run: runFromContext(context, env),
            ...github,
        };
    }
    if (!hasIdToken) {
        throw new ConfigurationError('Input "attest" is true, but the job has no OIDC token (grant "permissions: id-token: write") and no "signing-key" is set.');
    }
    const url = (name, fallback) => {
        const value = inputs.string(name, fallback);
        if (value && !/^https?:\/\/[^\s/]+/.test(value))
            throw new ConfigurationError(`Input "${name}" must be an http(s) URL, got "${value}".`);
        return value || undefined;
    };
    return {
        signing: 'keyless',
        fulcioUrl: url('fulcio-url', PUBLIC_GOOD_FULCIO_URL),
        rekorUrl: url('rekor-url', PUBLIC_GOOD_REKOR_URL),
        tsaUrl: url('tsa-url', ''),
        idToken,
        serverUrl: context.serverUrl,
        ...github,
    };
}
/**
 * gitops-commit's deploy statement signing (keyless only: the certificate must name the run):
 * `deploy-statement` (`auto`: sign the deploys that count an environment review, when the job has
 * an OIDC token; `true`: sign every deploy, and require a token; `false`: never), `fulcio-url`,
 * `rekor-url`, `tsa-url`. The token is requested only when a statement is signed, and masked.
 */
function readDeployStatementSigning({ inputs, env, setSecret, idToken, }) {
    const mode = inputs.string('deploy-statement', 'auto');
    if (!['auto', 'true', 'false'].includes(mode)) {
        throw new ConfigurationError(`Input "deploy-statement" must be auto, true or false, got "${mode}".`);
    }
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    setSecret(requestToken);
    if (mode === 'false' || (mode === 'auto' && !(requestUrl && requestToken)))
        return undefined;
    if (!requestUrl || !requestToken) {
        throw new ConfigurationError('Input "deploy-statement" is true, but the job has no OIDC token (grant "permissions: id-token: write").');
    }
    const url = (name, fallback) => {
        const value = inputs.string(name, fallback);
        if (value && !/^https?:\/\/[^\s/]+/.test(value))
            throw new ConfigurationError(`Input "${name}" must be an http(s) URL, got "${value}".`);
        return value || undefined;
    };
    const rekorUrl = url('rekor-url', PUBLIC_GOOD_REKOR_URL);
    const tsaUrl = url('tsa-url', '');
    let token;
    return {
        always: mode === 'true',
        signing: {
            mode: 'keyless',
            fulcioUrl: url('fulcio-url', PUBLIC_GOOD_FULCIO_URL),
            ...(rekorUrl ? { rekorUrl } : {}),
            ...(tsaUrl ? { tsaUrl } : {}),
            identityToken: () => {
                token ??= idToken('sigstore').then((value) => {
                    setSecret(value);
                    return value;
                });
                return token;
            },
        },
    };
}
function runFromContext(context, env) {
    return {
        serverUrl: context.serverUrl,
        repository: context.repository,
        repositoryId: env.GITHUB_REPOSITORY_ID ?? '',
        repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID ?? '',
        ref: context.ref,
        sha: context.sha,
        eventName: context.eventName,
        workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
        runnerEnvironment: env.RUNNER_ENVIRONMENT ?? '',
        runId: context.runId,
        runAttempt: context.runAttempt,
    };
}
/**
 * Who must have signed: `attestation-identity` (the signer workflow: exact, or a regular expression
 * when it starts with `^`) and `attestation-repository` (owner/name), each checked for its form.
 */
function readSignerInputs(inputs) {
    const identity = inputs.optional('attestation-identity');
    if (identity?.startsWith('^')) {
        try {
            new RegExp(identity);
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`Input "attestation-identity" is not a valid regular expression: ${identity}`);
        }
    }
    const repository = inputs.optional('attestation-repository');
    if (repository && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
        throw new errors/* ConfigurationError */.j1(`Input "attestation-repository" must be owner/name, got "${repository}".`);
    }
    return { ...(identity ? { identity } : {}), ...(repository ? { repository } : {}) };
}
/**
 * promote's verification inputs: `verify-attestations` (provenance, scan; empty = off),
 * `trusted-root` (a file, or the JSON) or `verify-key` (a PEM public key), `attestation-identity`
 * (the signer workflow: exact, or a regex when it starts with `^`), `attestation-issuer`,
 * `attestation-repository` (owner/name; its owner is required too) and `scan-max-age`.
 */
function readVerifySettings({ inputs, context, }) {
    const kinds = inputs.list('verify-attestations');
    if (kinds.length === 0)
        return undefined;
    for (const kind of kinds) {
        if (!(kind in PREDICATE_TYPES)) {
            throw new ConfigurationError(`Input "verify-attestations" lists "${kind}"; it takes provenance, scan and sbom.`);
        }
    }
    const trust = readTrust(inputs);
    if (!trust) {
        throw new ConfigurationError('Input "verify-attestations" needs "trusted-root" (keyless bundles) or "verify-key" (key-signed ones).');
    }
    const { identity, repository } = readSignerInputs(inputs);
    if (trust.mode === 'keyless' && !identity) {
        throw new ConfigurationError('Input "attestation-identity" is required with "trusted-root": name the workflow that must have signed.');
    }
    const maxAge = inputs.optional('scan-max-age');
    const from = inputs.string('attestations-from', 'registry');
    if (from !== 'registry' && from !== 'github') {
        throw new ConfigurationError(`Input "attestations-from" must be registry or github, got "${from}".`);
    }
    const githubToken = inputs.optional('github-token');
    if (from === 'github' && (!githubToken || !repository)) {
        throw new ConfigurationError('Input "attestations-from" is github, which needs "github-token" and "attestation-repository" (the repository holding them).');
    }
    return {
        ...(from === 'github' ? { github: { token: githubToken, apiUrl: context.apiUrl, repository: repository } } : {}),
        trust,
        requirements: {
            require: kinds,
            identity: identity ? (identity.startsWith('^') ? { pattern: identity } : { exact: identity }) : undefined,
            issuer: inputs.string('attestation-issuer', 'https://token.actions.githubusercontent.com'),
            sourceRepository: repository,
            sourceOwner: repository?.split('/')[0],
            serverUrl: context.serverUrl,
            scanMaxAgeMs: maxAge ? parseMaxAge(maxAge, 'scan-max-age') : undefined,
        },
    };
}
/**
 * The verifier of the GitOps policy's `attestations` and `scan: {require: pass}` rules for a
 * writer (gitops-commit, rollback): `trusted-root` or `verify-key`, and the registry the bundles
 * are read from (`registry-username`, `registry-password`, `tls-verify`). Undefined without trust:
 * a deploy the policy asks evidence of is then refused, naming these inputs.
 */
function readPolicyAttestationVerifier({ inputs, setSecret, log, serverUrl, }) {
    const username = inputs.optional('registry-username');
    const password = inputs.optional('registry-password');
    setSecret(password);
    if (Boolean(username) !== Boolean(password)) {
        throw new ConfigurationError('Inputs "registry-username" and "registry-password" must be given together.');
    }
    const credentials = username && password ? { username, password } : undefined;
    const trust = readTrust(inputs);
    if (!trust)
        return undefined;
    const registry = new RegistryClient({
        log,
        insecure: !inputs.boolean('tls-verify', true),
        credentials: () => credentials,
    });
    return policyAttestationVerifier(trust, { registry, credentials, log, serverUrl });
}
/** `verify-key` (a PEM public key) or `trusted-root` (a file or the JSON); undefined when neither is set. */
function readTrust(inputs) {
    const key = inputs.optional('verify-key');
    const root = inputs.optional('trusted-root');
    if (key && root)
        throw new errors/* ConfigurationError */.j1('Inputs "verify-key" and "trusted-root" exclude each other; give one.');
    if (key)
        return keyTrust(key);
    return root ? keylessTrust(readJsonOrFile(root, 'trusted-root'), 'trusted-root') : undefined;
}
function readJsonOrFile(value, input) {
    if (value.trimStart().startsWith('{'))
        return value;
    try {
        return (0,external_node_fs_.readFileSync)(value, 'utf8');
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Input "${input}" is neither JSON nor a readable file: ${value}`);
    }
}
const settings_UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90m`, `24h`, `7d` → milliseconds. */
function parseMaxAge(value, input) {
    const match = /^(\d+)\s*([mhd])$/.exec(value.trim());
    if (!match || Number(match[1]) === 0) {
        throw new ConfigurationError(`Input "${input}" must be a duration like 90m, 24h or 7d, got "${value}".`);
    }
    return Number(match[1]) * settings_UNIT_MS[match[2]];
}

;// CONCATENATED MODULE: ./packages/verify/src/trust-inputs.ts

/**
 * verify-deployments' trust inputs, as promote reads them (@shipgate/attest's readTrust):
 * `trusted-root` / `verify-key`, `attestation-identity`, `attestation-repository`,
 * `attestation-issuer`. Build the verifiers with `scanEvidenceVerifier({ client, ...trust, serverUrl })`
 * and, in the clone, `deployStatementVerifier({ git, trust: trust.trust, issuer: trust.issuer })`.
 */
function readVerifierTrust(inputs) {
    const trust = readTrust(inputs);
    const { identity, repository } = readSignerInputs(inputs);
    const issuer = inputs.optional('attestation-issuer');
    return {
        trust,
        ...(identity ? { identity } : {}),
        ...(repository ? { repository } : {}),
        ...(issuer ? { issuer } : {}),
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/retry.ts
var retry = __nccwpck_require__(59899);
// EXTERNAL MODULE: ./packages/core/src/proxy.ts + 1 modules
var proxy = __nccwpck_require__(38432);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(37067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./packages/git/src/node-http.ts


/**
 * A request over node:http(s) with one keep-alive connection per remote: the advertisement and the
 * push share it. (Node's fetch costs a fresh process about 150 ms of CPU to compile undici.) A
 * redirect is not followed: the header must not go along, and git decides whether to follow one.
 */
function nodeHttpSend() {
    const agents = {
        http: new external_node_http_.Agent({ keepAlive: true, maxSockets: 4 }),
        https: new external_node_https_namespaceObject.Agent({ keepAlive: true, maxSockets: 4 }),
    };
    return (url, init) => new Promise((resolve, reject) => {
        const secure = /^https:/i.test(url);
        const send = secure ? external_node_https_namespaceObject.request : external_node_http_.request;
        const request = send(url, {
            method: init.method ?? 'GET',
            headers: { ...init.headers, ...(init.body ? { 'Content-Length': String(init.body.length) } : {}) },
            agent: secure ? agents.https : agents.http,
        }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
                resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) });
            });
        });
        request.on('error', reject);
        request.end(init.body);
    });
}
/** Whether the server answered with success (2xx); anything else is git's to read and word. */
function succeeded(answer) {
    return answer.status >= 200 && answer.status < 300;
}
/** The repository's URL without a trailing slash: the base of its smart HTTP services. */
function serviceUrl(remote) {
    return remote.url.replace(/\/+$/, '');
}
/** The headers every request to the remote carries: git's agent form, and git's own auth header. */
function remoteHeaders(remote) {
    return { 'User-Agent': 'git/shipgate', Authorization: remote.authorization };
}

;// CONCATENATED MODULE: ./packages/git/src/receive-pack.ts
/**
 * The receive-pack side of git's smart HTTP protocol, as pure functions: the pkt-line framing, the
 * ref advertisement of `GET info/refs?service=git-receive-pack`, the request body of `POST
 * git-receive-pack` and the report the server sends back (gitprotocol-pack(5),
 * gitprotocol-http(5)). Written here because no maintained Node library speaks it for a pack built
 * elsewhere (isomorphic-git builds its own packs and cannot push to a partial clone's remote).
 */
const ZERO_ID = /^0+$/;
const FLUSH = Buffer.from('0000');
/** One pkt-line: four hex digits of length (its own four included), then the payload. */
function receive_pack_pktLine(payload) {
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    return Buffer.concat([Buffer.from((body.length + 4).toString(16).padStart(4, '0')), body]);
}
/** A pkt-line stream's packets in order: a payload, or `flush` for `0000` (`0001`/`0002` too). */
function receive_pack_readPktLines(stream) {
    const packets = [];
    let at = 0;
    while (at + 4 <= stream.length) {
        const length = Number.parseInt(stream.toString('latin1', at, at + 4), 16);
        if (Number.isNaN(length))
            throw new Error(`malformed pkt-line length at byte ${at}`);
        if (length < 4) {
            packets.push('flush');
            at += 4;
            continue;
        }
        if (at + length > stream.length)
            throw new Error(`truncated pkt-line at byte ${at}`);
        packets.push(stream.subarray(at + 4, at + length));
        at += length;
    }
    return packets;
}
/**
 * The body of `GET info/refs?service=git-receive-pack`: `# service=…`, a flush, then one ref a
 * line, the first carrying the capabilities after a NUL (an empty repository sends
 * `capabilities^{}` with the null id instead).
 */
function parseReceivePackAdvertisement(body) {
    const refs = new Map();
    let capabilities = new Set();
    let sawService = false;
    for (const packet of receive_pack_readPktLines(body)) {
        if (packet === 'flush')
            continue;
        const text = packet.toString('utf8').replace(/\n$/, '');
        if (!sawService && text.startsWith('# service=')) {
            sawService = true;
            continue;
        }
        const [line = '', caps] = text.split('\u0000', 2);
        if (caps !== undefined)
            capabilities = new Set(caps.split(' ').filter(Boolean));
        const match = line.match(/^([0-9a-f]{40,64}) (\S+)$/);
        if (!match?.[1] || !match[2])
            throw new Error(`unexpected line in the ref advertisement: ${JSON.stringify(text)}`);
        if (match[2] !== 'capabilities^{}' && !ZERO_ID.test(match[1]))
            refs.set(match[2], match[1]);
    }
    if (!sawService)
        throw new Error('the server did not answer as a smart HTTP git server (no "# service=" line)');
    return { refs, capabilities };
}
/** The `POST git-receive-pack` body: the commands (capabilities after a NUL on the first), a flush, the pack. */
function receivePackRequest(commands, capabilities, pack, zeroId) {
    const lines = commands.map((command, index) => {
        const text = `${command.old ?? zeroId} ${command.new ?? zeroId} ${command.ref}`;
        return receive_pack_pktLine(index === 0 ? `${text}\u0000${capabilities.join(' ')}` : text);
    });
    return Buffer.concat([...lines, FLUSH, ...(pack ? [pack] : [])]);
}
/**
 * The body of the `POST git-receive-pack` answer: the report-status pkt-lines (`unpack ok`, `ok
 * <ref>`, `ng <ref> <reason>`); with `side-band-64k` they come on band 1, the server's messages on
 * band 2 and a fatal error on band 3.
 */
function parseReceivePackReport(body, options) {
    const status = [];
    const progress = [];
    let fatal;
    // Without side-band the body is the report itself.
    if (!options.sideband)
        status.push(body);
    for (const packet of options.sideband ? receive_pack_readPktLines(body) : []) {
        if (packet === 'flush' || packet.length === 0)
            continue;
        const band = packet[0];
        const data = packet.subarray(1);
        if (band === 1)
            status.push(data);
        else if (band === 2)
            progress.push(data);
        else if (band === 3)
            fatal = data.toString('utf8').trim();
        else
            throw new Error(`unexpected side-band ${band} in the receive-pack report`);
    }
    const report = { unpack: '', refs: new Map(), messages: splitMessages(progress) };
    if (fatal !== undefined)
        report.fatal = fatal;
    for (const packet of receive_pack_readPktLines(Buffer.concat(status))) {
        if (packet === 'flush')
            continue;
        const line = packet.toString('utf8').replace(/\n$/, '');
        if (line.startsWith('unpack '))
            report.unpack = line.slice('unpack '.length);
        else if (line.startsWith('ok '))
            report.refs.set(line.slice(3), undefined);
        else if (line.startsWith('ng ')) {
            const [ref = '', ...reason] = line.slice(3).split(' ');
            report.refs.set(ref, reason.join(' ') || 'rejected');
        }
    }
    return report;
}
/** The progress band's bytes as lines: git separates them with `\n` or `\r` (a progress meter). */
function splitMessages(chunks) {
    return Buffer.concat(chunks)
        .toString('utf8')
        .split(/\r?\n|\r/)
        .map((line) => line.trimEnd())
        .filter(Boolean);
}

;// CONCATENATED MODULE: ./packages/git/src/http-push.ts


/** The id that stands for "no object" in a command (`planPush` takes SHA-1 repositories only). */
const SHA1_ZERO_ID = '0'.repeat(40);
/**
 * A push over smart HTTP from this process: one `git pack-objects` for the pack, the two requests
 * `git push` would send (the ref advertisement, then the commands and the pack), and its answer
 * given back as `git push --porcelain` would give it, so one classifier reads both. `git push`
 * runs five processes for the same (push, the helper's dispatcher, git-remote-http with its
 * thirty-odd libraries, send-pack, pack-objects); most of a deploy's CPU went to starting them.
 *
 * It takes only pushes whose every outcome it can decide from the advertisement alone: each update
 * says what the server must hold (`base` or `lease`) and none is forced. `undefined` hands the
 * push to `git push`: another kind of update, a server without report-status, or an advertisement
 * that could not be read (nothing was sent yet).
 */
async function pushOverHttp(git, remote, updates, options) {
    if (!decidableOverHttp(updates))
        return undefined;
    // The pack first, as git's push has its objects before it asks the server anything: whatever
    // happens on the server until the advertisement is read is decided as git would decide it. A
    // pack the caller made holds whole objects only, which any server takes.
    const packed = !options.pack && updates.some((update) => update.from) ? await packFor(git, updates) : undefined;
    const pack = options.pack ?? packed;
    const advertised = await readAdvertisement(remote);
    if (!advertised)
        return undefined;
    if (packed && (!advertised.capabilities.has('ofs-delta') || advertised.capabilities.has('no-thin')))
        return undefined;
    const plan = planPush(updates, advertised, options);
    if (!plan)
        return undefined;
    if (plan.commands.length === 0)
        return porcelainResult(remote.url, plan, undefined);
    const body = receivePackRequest(plan.commands, plan.capabilities, plan.commands.some((command) => command.new) ? pack : undefined, SHA1_ZERO_ID);
    let response;
    try {
        response = await remote.send(`${serviceUrl(remote)}/git-receive-pack`, {
            method: 'POST',
            headers: {
                ...remoteHeaders(remote),
                'Content-Type': 'application/x-git-receive-pack-request',
                Accept: 'application/x-git-receive-pack-result',
            },
            body,
        });
    }
    catch (error) {
        return unanswered(error);
    }
    if (!succeeded(response))
        return failed(httpFailure(remote.url, response.status));
    let report;
    try {
        report = parseReceivePackReport(response.body, {
            sideband: plan.capabilities.includes('side-band-64k'),
        });
    }
    catch (error) {
        return unanswered(error);
    }
    return porcelainResult(remote.url, plan, report);
}
/** Whether `pushOverHttp` takes these updates (the server's answer may still send them to git). */
function decidableOverHttp(updates) {
    return updates.every(decidable);
}
/** An update this path can take: a set with the value it builds on, or a leased set or delete. */
function decidable(update) {
    if (update.force)
        return false;
    return update.lease !== undefined || (update.from !== undefined && update.base !== undefined);
}
async function readAdvertisement(remote) {
    try {
        // Any other answer (a refused token, a redirect, a server error) is git's to read and word.
        const response = await remote.send(`${serviceUrl(remote)}/info/refs?service=git-receive-pack`, {
            headers: remoteHeaders(remote),
        });
        if (!succeeded(response))
            return undefined;
        return parseReceivePackAdvertisement(response.body);
    }
    catch {
        return undefined;
    }
}
/**
 * What git's push would decide from the advertisement: an update whose ref already holds the new
 * value is up to date; one whose ref holds other than it expects is rejected (`stale info` for a
 * lease, `fetch first` for a base: git, too, refuses a push that is not a fast-forward of what
 * the server has); with `atomic`, one rejection fails them all and nothing is sent.
 */
function planPush(updates, advertised, options) {
    const { capabilities } = advertised;
    // A SHA-256 repository wants its object format named back; git's push does that.
    if ([...capabilities].some((capability) => capability.startsWith('object-format=') && capability !== 'object-format=sha1'))
        return undefined;
    const wanted = ['report-status', ...(options.atomic ? ['atomic'] : [])];
    if (updates.some((update) => update.from === undefined))
        wanted.push('delete-refs');
    if (!wanted.every((capability) => capabilities.has(capability)))
        return undefined;
    const decisions = updates.map((update) => {
        const current = advertised.refs.get(update.ref);
        if (update.from !== undefined && current === update.from)
            return { update, kind: 'up to date' };
        const expected = update.lease ?? update.base ?? '';
        if ((current ?? '') !== expected) {
            return { update, kind: 'rejected', reason: update.lease !== undefined ? 'stale info' : 'fetch first' };
        }
        return { update, kind: 'send', command: { ref: update.ref, old: current, new: update.from } };
    });
    const rejected = decisions.some((decision) => decision.kind === 'rejected');
    if (rejected && options.atomic) {
        return {
            decisions: decisions.map((decision) => decision.kind === 'send'
                ? { update: decision.update, kind: 'rejected', reason: 'atomic push failed' }
                : decision),
            commands: [],
            capabilities: [],
        };
    }
    const commands = decisions.flatMap((decision) => (decision.kind === 'send' ? [decision.command] : []));
    const optional = ['side-band-64k', 'quiet', 'ofs-delta'].filter((capability) => capabilities.has(capability));
    return { decisions, commands, capabilities: [...wanted, ...optional, 'agent=git/shipgate'] };
}
/**
 * The pack of what the new values bring: `git pack-objects --revs` from them, less what the server
 * holds if the push is to succeed (each value an update was built on or is leased on: every one is
 * in this clone, the tip a commit was built on, the tags a landing read). Thin, with offset
 * deltas, as git's push sends it to a server that takes them (checked against the advertisement).
 */
async function packFor(git, updates) {
    const wants = updates.flatMap((update) => (update.from ? [update.from] : []));
    const haves = updates.flatMap((update) => {
        const held = update.lease ?? update.base;
        return held ? [`^${held}`] : [];
    });
    const { stdoutBytes } = await git(['pack-objects', '--revs', '--stdout', '-q', '--thin', '--delta-base-offset'], {
        input: `${[...wants, ...haves].join('\n')}\n`,
        bytes: true,
    });
    if (!stdoutBytes)
        throw new Error('git pack-objects gave no pack');
    return stdoutBytes;
}
/** The result `git push --porcelain` gives for the same push: the lines `classifyPush` reads. */
function porcelainResult(url, plan, report) {
    const lines = [];
    let failedRefs = false;
    for (const decision of plan.decisions) {
        const { update } = decision;
        const spec = `${update.from ?? (decision.kind === 'rejected' ? '(delete)' : '')}:${update.ref}`;
        if (decision.kind === 'up to date')
            lines.push(`=\t${spec}\t[up to date]`);
        else if (decision.kind === 'rejected') {
            failedRefs = true;
            lines.push(`!\t${spec}\t[rejected] (${decision.reason})`);
        }
        else {
            const refused = serverRefusal(report, decision.command.ref);
            if (refused !== undefined) {
                failedRefs = true;
                lines.push(`!\t${spec}\t[remote rejected] (${refused})`);
            }
            else
                lines.push(`${flagOf(decision.command)}\t${spec}\t${summaryOf(decision.command)}`);
        }
    }
    const stderr = [
        ...(report?.messages ?? []).map((line) => `remote: ${line}`),
        ...(report && report.unpack !== 'ok' ? [`error: remote unpack failed: ${report.unpack}`] : []),
        ...(report?.fatal ? [`fatal: ${report.fatal}`] : []),
        ...(failedRefs ? [`error: failed to push some refs to '${url}'`] : []),
    ];
    return {
        exitCode: report?.fatal ? 128 : failedRefs ? 1 : 0,
        stdout: `To ${url}\n${lines.map((line) => `${line}\n`).join('')}Done\n`,
        stderr: stderr.map((line) => `${line}\n`).join(''),
    };
}
/** Why the server did not take `ref`; `undefined` when it did. */
function serverRefusal(report, ref) {
    if (!report)
        return undefined;
    if (report.fatal !== undefined)
        return report.fatal || 'remote error';
    if (report.unpack !== 'ok')
        return 'unpacker error';
    if (!report.refs.has(ref))
        return 'remote did not report status';
    return report.refs.get(ref);
}
function flagOf(command) {
    if (!command.new)
        return '-';
    return command.old ? ' ' : '*';
}
function summaryOf(command) {
    if (!command.new)
        return '[deleted]';
    if (!command.old)
        return command.ref.startsWith('refs/heads/') ? '[new branch]' : '[new reference]';
    return `${command.old.slice(0, 7)}..${command.new.slice(0, 7)}`;
}
/** A request that got no usable answer, as git words it (read as a failure on the way). */
function unanswered(error) {
    return failed(`error: RPC failed; ${causeOf(error)}\nfatal: the remote end hung up unexpectedly\n`);
}
function failed(stderr) {
    return { exitCode: 128, stdout: '', stderr };
}
/** As git words it, so the failure is read as git's would be (auth, or worth retrying). */
function httpFailure(url, status) {
    return `fatal: unable to access '${url}/': The requested URL returned error: ${status}\n`;
}
function causeOf(error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
    const message = error instanceof Error ? error.message : String(error);
    return cause ? `${message} (${cause})` : message;
}

// EXTERNAL MODULE: ./packages/core/src/secrets.ts
var secrets = __nccwpck_require__(87620);
;// CONCATENATED MODULE: ./packages/git/src/repository.ts


const GIT_TOKEN_USERNAME = 'x-access-token';
/** Masks the token in every form git or a server may echo: itself, `user:token`, and its base64. */
function maskToken(token, setSecret) {
    if (!token || !setSecret)
        return;
    for (const form of (0,secrets/* basicAuthForms */.oq)(GIT_TOKEN_USERNAME, token))
        setSecret(form);
}
/** Just the repository-access fields of a larger options object, to pass on to another reader or writer. */
function repository_repositoryAccess(options) {
    const { repository, branch, token, setSecret, serverUrl, workspace, tempDir } = options;
    return { repository, branch, token, setSecret, serverUrl, workspace, tempDir };
}
/**
 * The URL git is to use for `options.repository`, after the token's forms are registered with the
 * step's masker: how every reader and writer starts, before git first runs.
 */
function resolveRepositoryAccess(options) {
    maskToken(options.token, options.setSecret);
    return resolveRepositoryUrl(options.repository, {
        serverUrl: options.serverUrl ?? 'https://github.com',
        workspace: options.workspace ?? process.cwd(),
    });
}
/**
 * Where the GitOps repository is: an http(s) or file URL, a local path, or `owner/name` on the
 * GitHub server the workflow runs on. URLs carrying credentials are refused: the token has its own
 * input and must not end up in `.git/config` or a log line.
 */
function resolveRepositoryUrl(repository, options) {
    const inputName = options.inputName ?? 'repository';
    const value = repository.trim();
    if (!value)
        throw new errors/* ConfigurationError */.j1(`Input "${inputName}" is required.`);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" is not a valid URL: "${value}".`);
        }
        if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be an http, https or file URL, got "${url.protocol}".`);
        }
        if (url.username || url.password) {
            throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must not contain credentials; pass the token in "token".`);
        }
        return value;
    }
    if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value) && !value.startsWith('.')) {
        const name = value.endsWith('.git') ? value : `${value}.git`;
        return `${options.serverUrl.replace(/\/+$/, '')}/${name}`;
    }
    if (value.startsWith('/') || value.startsWith('.'))
        return (0,external_node_path_.resolve)(options.workspace, value);
    throw new errors/* ConfigurationError */.j1(`Input "${inputName}" must be a URL, a local path or owner/name, got "${value}".`);
}
/** The GitHub `owner/name` a repository URL points at, for the pull-request API. */
function ownerAndName(url) {
    const match = url.match(/^[a-z]+:\/\/[^/]+\/(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?\/?$/i);
    return match?.[1] && match[2] ? { owner: match[1], name: match[2] } : undefined;
}
/**
 * The environment that gives git the token: an `http.<origin>/.extraHeader` set through
 * `GIT_CONFIG_COUNT`, so it is scoped to the GitOps server, never on a command line, in the URL or
 * in `.git/config`. Nothing for file URLs and local paths.
 */
function gitAuthEnvironment(url, token) {
    if (!token || !/^https?:\/\//i.test(url))
        return {};
    const origin = new URL(url).origin;
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${origin}/.extraHeader`,
        GIT_CONFIG_VALUE_0: `Authorization: ${gitAuthorization(token)}`,
    };
}
/** The `Authorization` value git sends for `token`. */
function gitAuthorization(token) {
    return `Basic ${Buffer.from(`${GIT_TOKEN_USERNAME}:${token}`).toString('base64')}`;
}

;// CONCATENATED MODULE: ./packages/git/src/git.ts




const READ_RETRY = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4_000 };
/**
 * Failures on the way to the server or back, worth trying again (an auth answer never is). Over
 * HTTP a fetch lists the refs in one request and asks for their objects in the next; a ref
 * deleted in between (a landing push takes the queue's refs away) can come back as a want of an
 * object the server cannot give, `not our ref` (git 2.39's server was seen listing such a ref with
 * the null id). The next attempt lists the refs again.
 */
const TRANSIENT_GIT_FAILURE = /(RPC failed|The requested URL returned error: (5\d\d|408|429)|Connection reset|Connection refused|Could not resolve host|timed out|early EOF|remote end hung up unexpectedly|unexpected disconnect|Empty reply from server|upload-pack: not our ref)/i;
function isTransientGitFailure(stderr) {
    return TRANSIENT_GIT_FAILURE.test(stderr) && !/returned error: (401|403|404)/.test(stderr);
}
/** The git subcommands that only read from the server, and so may be repeated freely. */
const RETRIED_READS = new Set(['fetch', 'ls-remote']);
/**
 * Variables of the caller's environment that git must not see: tokens and other secrets the CLI or
 * the runner holds (`SHIPGATE_TOKEN`, `INPUT_TOKEN`, `GITHUB_TOKEN`, …). git gets its credential
 * from the header below and nothing else; a child that inherits them could echo them in a trace,
 * pass them to a credential helper or a hook.
 */
const SECRET_VARIABLE = /(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE|(^|_)KEY$|^INPUT_)/i;
function withheldEnvironment(inherited) {
    const withheld = {};
    for (const key of Object.keys(inherited))
        if (SECRET_VARIABLE.test(key))
            withheld[key] = undefined;
    return withheld;
}
/**
 * The one way this package runs git: through the Exec seam (argument array, masked command line)
 * with the token in the environment only, no secret of the caller's environment, prompts off and
 * messages in English. Reads are retried with jittered backoff when they fail on the way; a failure
 * names git's own first `fatal:`/`error:` line.
 */
function createGit(options) {
    const baseEnv = {
        ...withheldEnvironment({ ...process.env, ...options.inherited }),
        GIT_TERMINAL_PROMPT: '0',
        GIT_ASKPASS: undefined,
        SSH_ASKPASS: undefined,
        LC_ALL: 'C',
        LANGUAGE: 'C',
        // Whatever the caller's environment configured must not add or shadow our header.
        GIT_CONFIG_COUNT: undefined,
        GIT_CONFIG_PARAMETERS: undefined,
        ...(options.url === undefined ? {} : gitAuthEnvironment(options.url, options.token)),
        ...options.env,
    };
    const readRetry = options.readRetry ?? READ_RETRY;
    const once = async (args, execOptions) => {
        const result = await options.exec('git', args, {
            quiet: true,
            ...execOptions,
            ignoreReturnCode: true,
            cwd: options.cwd,
            env: { ...baseEnv, ...execOptions.env },
        });
        if (result.exitCode !== 0 && options.url !== undefined)
            throwIfAuthFailure(result.stderr, options.url);
        return result;
    };
    const run = async (args, execOptions = {}) => {
        const attempts = RETRIED_READS.has(args[0] ?? '') ? Math.max(1, readRetry.attempts) : 1;
        const result = await (0,retry/* retry */.L5)(async () => {
            const attempt = await once(args, execOptions);
            if (attempt.exitCode !== 0 && isTransientGitFailure(attempt.stderr))
                throw new TransientGitFailure(attempt);
            return attempt;
        }, { ...readRetry, attempts, isRetryable: (error) => error instanceof TransientGitFailure }).catch((error) => {
            // The last attempt's failure is git's answer, reported like any other.
            if (error instanceof TransientGitFailure)
                return error.result;
            throw error;
        });
        if (result.exitCode !== 0 && !execOptions.ignoreReturnCode) {
            throw new git_GitCommandError({ command: 'git', args, exitCode: result.exitCode, stderr: result.stderr });
        }
        return result;
    };
    const remote = httpRemote(options);
    return remote ? Object.assign(run, { remote }) : run;
}
/**
 * `origin` as this process reaches it over HTTP(S), with git's header. `undefined` (every push by
 * git) for other URLs (a path, file://), without a URL, without a token (git's credential helper
 * has the credentials) and behind a proxy (git honours HTTP(S)_PROXY and NO_PROXY itself). A
 * server this process cannot reach as git does (a CA only git is told of) fails the
 * advertisement, and git pushes instead: nothing was sent yet.
 */
function httpRemote(options) {
    if (options.url === undefined || !/^https?:\/\//i.test(options.url) || !options.token)
        return undefined;
    if ((0,proxy/* proxyConfigured */.$)({ ...process.env, ...options.inherited }))
        return undefined;
    return {
        url: options.url,
        authorization: gitAuthorization(options.token),
        send: nodeHttpSend(),
        push: options.pushFromProcess ?? pushOverHttp,
    };
}
/** A read that failed on the way: carried through `retry` so the next attempt runs. */
class TransientGitFailure extends Error {
    result;
    constructor(result) {
        super('transient git failure');
        this.result = result;
    }
}
/** git's own account of a failure: its first `fatal:` or `error:` line (the later ones are hints). */
function gitFailureLine(stderr) {
    const lines = stderr.split(/\r?\n/).map((line) => line.trim());
    return lines.find((line) => /^(fatal|error):/.test(line)) ?? (0,errors/* lastNonEmptyLine */.z8)(stderr);
}
/** A git command that failed, described by git's first `fatal:`/`error:` line. */
class git_GitCommandError extends errors/* CommandError */.Qd {
    constructor(failure) {
        super(failure);
        const line = gitFailureLine(failure.stderr);
        const commandLine = ['git', ...failure.args].join(' ');
        this.message = line
            ? `\`${commandLine}\` exited with code ${failure.exitCode}: ${line}`
            : `\`${commandLine}\` exited with code ${failure.exitCode}.`;
    }
}
const AUTH_FAILURE = /could not read Username|Authentication failed|returned error: (401|403)|terminal prompts disabled/i;
/**
 * git turns a 401 into "could not read Username … terminal prompts disabled" (it wanted to prompt
 * for a password); say what happened instead, naming the input, with git's own line.
 */
function throwIfAuthFailure(stderr, url) {
    if (!AUTH_FAILURE.test(stderr))
        return;
    const status = stderr.match(/returned error: (40[13])/)?.[1] ?? '401';
    const origin = /^https?:\/\//i.test(url) ? new URL(url).origin : url;
    throw new errors/* ConfigurationError */.j1(`${origin} refused the credentials (HTTP ${status}): check input "token" and its access to the repository (git: ${gitFailureLine(stderr)}).`);
}

;// CONCATENATED MODULE: ./packages/git/src/clone.ts





/**
 * The one way a reader or writer starts: the token's forms are masked, the URL resolved, and an
 * empty bare repository made (`initBareRepository`) with `origin` set. No reader or writer needs a
 * working tree: writers build their commits with `git fast-import`. The clone keeps no credential:
 * the token travels in git's environment only.
 */
async function openScratchClone(access, options) {
    const url = resolveRepositoryAccess(access);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(access.tempDir ?? (0,external_node_os_.tmpdir)(), `shipgate-${options.purpose}-`));
    try {
        const repoDir = options.subdir ? (0,external_node_path_.join)(dir, options.subdir) : dir;
        if (options.subdir)
            await (0,promises_.mkdir)(repoDir);
        const identity = options.identity;
        const git = createGit({
            exec: access.exec,
            url,
            token: access.token,
            cwd: repoDir,
            ...(access.pushFromProcess ? { pushFromProcess: access.pushFromProcess } : {}),
            ...(access.inherited ? { inherited: access.inherited } : {}),
            ...(options.readRetry ? { readRetry: options.readRetry } : {}),
            ...(identity
                ? {
                    env: {
                        GIT_AUTHOR_NAME: identity.name,
                        GIT_AUTHOR_EMAIL: identity.email,
                        GIT_COMMITTER_NAME: identity.name,
                        GIT_COMMITTER_EMAIL: identity.email,
                    },
                }
                : {}),
        });
        await initBareRepository(repoDir, url, { promisor: options.wholeHistory !== true });
        return { dir, repoDir, url, git };
    }
    catch (error) {
        await removeScratchClone(dir);
        throw error;
    }
}
/**
 * What `git init --bare --template=` and `git remote add origin <url>` make (gitrepository-layout(5)),
 * written here: two git processes fewer on every deploy, which spends most of its CPU starting
 * processes. No template: nothing of the machine's git setup, sample or global hooks, belongs in
 * a throwaway clone. Beyond git's defaults:
 * - `pack.window=0`: a push deltas nothing. With deltas, pack-objects reads the server's old blob of
 *   each changed file as a base, and in a partial clone that is one more fetch (four processes and
 *   a round trip) to save a few hundred bytes.
 * - `maintenance.auto=false`, `gc.auto=0`: the fetches git makes for missing objects run no
 *   maintenance in a clone that is thrown away.
 * - `fastimport.unpackLimit=0`: fast-import keeps what it wrote as the pack it is. Below the limit
 *   (100 objects by default, more than a deploy writes) it starts `unpack-objects` to turn the
 *   pack into loose objects: one process more on every deploy, for nothing.
 * - `promisor`: `remote.origin.promisor=true`, with repository format 1, what `git fetch --filter`
 *   writes after its first partial fetch, written before any fetch. Readers and writers fetch part
 *   of the history, and a deploy's first fetch is the process's own (`http-fetch.ts`): without it, a
 *   command that meets an object not fetched yet fails ("not a tree object") where git would fetch
 *   it from origin. Not for the verifier (`wholeHistory`), which judges only what the refs reach.
 */
async function initBareRepository(repoDir, url, options) {
    const origin = originSection(url);
    await Promise.all(['objects/info', 'objects/pack', 'refs/heads', 'refs/tags'].map((sub) => (0,promises_.mkdir)((0,external_node_path_.join)(repoDir, sub), { recursive: true })));
    await (0,promises_.writeFile)((0,external_node_path_.join)(repoDir, 'HEAD'), 'ref: refs/heads/main\n');
    await (0,promises_.writeFile)((0,external_node_path_.join)(repoDir, 'config'), `[core]\n\trepositoryformatversion = ${options.promisor ? 1 : 0}\n\tfilemode = true\n\tbare = true\n[pack]\n\twindow = 0\n[maintenance]\n\tauto = false\n[gc]\n\tauto = 0\n[fastimport]\n\tunpackLimit = 0\n${origin}${options.promisor ? '\tpromisor = true\n' : ''}`);
}
/** The `[remote "origin"]` section `git remote add` writes, the URL quoted as git-config(1) reads it. */
function originSection(url) {
    if (/[\n\r\0]/.test(url))
        throw new Error('A repository URL cannot hold a line break.');
    const quoted = `"${url.replace(/[\\"]/g, '\\$&')}"`;
    return `[remote "origin"]\n\turl = ${quoted}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`;
}
async function removeScratchClone(dir) {
    await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 3 });
}
/** Runs `use` in a new scratch clone and removes the clone afterwards, whatever happened. */
async function clone_withScratchClone(access, options, use) {
    const clone = await openScratchClone(access, options);
    try {
        return await use(clone);
    }
    finally {
        await removeScratchClone(clone.dir);
    }
}

;// CONCATENATED MODULE: ./packages/git/src/upload-pack.ts

/**
 * The upload-pack side of git's protocol v2 over smart HTTP (`POST git-upload-pack` with
 * `Git-Protocol: version=2`), as pure functions: the body of an `ls-refs` command and the refs in
 * its answer, the body of a `fetch` command that asks for objects by id under a filter, and the
 * pack in its answer (gitprotocol-v2(5), gitprotocol-http(5)). Written here for the reason
 * receive-pack.ts gives: no maintained Node library fetches into a partial clone that git then reads.
 */
const DELIMITER = Buffer.from('0001');
const upload_pack_FLUSH = Buffer.from('0000');
/**
 * A `fetch` command for `wants` (any object ids) under `filter`: the answer is a whole pack at once
 * (`done`), without progress, in offset deltas, never thin. `haves`: commits the clone holds, so
 * that the pack leaves out what they reach (the server ignores one it does not know). `deepen: 1`:
 * the wanted commits alone, without their history (the answer then opens with a `shallow-info`
 * section, which a caller that fetches the history beside it ignores).
 */
function upload_pack_fetchObjectsRequest(options) {
    return Buffer.concat([
        ...commandHeader('fetch', options.agent),
        pktLine('no-progress\n'),
        pktLine('ofs-delta\n'),
        pktLine(`filter ${options.filter}\n`),
        ...(options.deepen ? [pktLine(`deepen ${options.deepen}\n`)] : []),
        ...options.wants.map((id) => pktLine(`want ${id}\n`)),
        ...(options.haves ?? []).map((id) => pktLine(`have ${id}\n`)),
        pktLine('done\n'),
        upload_pack_FLUSH,
    ]);
}
/**
 * An `ls-refs` command for the refs that start with any of `prefixes` (`HEAD` names the remote's
 * HEAD), without peeling; `symrefs`: a symbolic ref says what it points at.
 */
function lsRefsRequest(options) {
    return Buffer.concat([
        ...commandHeader('ls-refs', options.agent),
        ...(options.symrefs ? [receive_pack_pktLine('symrefs\n')] : []),
        ...options.prefixes.map((prefix) => receive_pack_pktLine(`ref-prefix ${prefix}\n`)),
        upload_pack_FLUSH,
    ]);
}
/**
 * The answer to `lsRefsRequest`: ref name → what it is, for every ref the server listed (a prefix
 * also matches longer names; the caller picks the exact ones). Throws with the server's own words
 * on an `ERR` line, and on anything else that is not a complete listing, so that an answer this
 * process cannot read is never taken for "no such ref".
 */
function parseLsRefsAnswer(body) {
    const refs = new Map();
    const packets = receive_pack_readPktLines(body);
    for (const [index, packet] of packets.entries()) {
        if (packet === 'flush') {
            if (index !== packets.length - 1)
                break;
            return refs;
        }
        const line = packet.toString('utf8').replace(/\n$/, '');
        if (line.startsWith('ERR '))
            throw new Error(line.slice(4).trim());
        const [id = '', name = '', ...attributes] = line.split(' ');
        if (!/^[0-9a-f]{40}$/.test(id) || !name) {
            throw new Error(`unexpected ls-refs line ${JSON.stringify(line.slice(0, 80))}`);
        }
        const target = attributes.find((attribute) => attribute.startsWith('symref-target:'));
        refs.set(name, target ? { id, symrefTarget: target.slice('symref-target:'.length) } : { id });
    }
    throw new Error('the ref listing did not end with its one flush');
}
/** The lines every v2 command opens with: its name, our agent, SHA-1, and the delimiter. */
function commandHeader(command, agent) {
    return [receive_pack_pktLine(`command=${command}\n`), receive_pack_pktLine(`agent=${agent}\n`), receive_pack_pktLine('object-format=sha1\n'), DELIMITER];
}
/**
 * The pack in the answer to `fetchObjectsRequest`: the `packfile` section's band 1, in order.
 * Throws with the server's own words on an `ERR` line or a band-3 message, and when the answer
 * holds no pack (or ends early).
 */
function upload_pack_packFromFetchAnswer(body) {
    const packets = readPktLines(body);
    const first = packets[0];
    if (first !== 'flush' && first?.subarray(0, 4).toString('latin1') === 'ERR ') {
        throw new Error(first.subarray(4).toString('utf8').trim());
    }
    const start = packets.findIndex((packet) => packet !== 'flush' && packet.toString('latin1') === 'packfile\n');
    if (start < 0)
        throw new Error('the answer holds no packfile section');
    const chunks = [];
    for (const packet of packets.slice(start + 1)) {
        if (packet === 'flush')
            return Buffer.concat(chunks);
        const band = packet[0];
        if (band === 1)
            chunks.push(packet.subarray(1));
        else if (band === 3)
            throw new Error(packet.subarray(1).toString('utf8').trim());
    }
    throw new Error('the packfile section ended early');
}

;// CONCATENATED MODULE: ./packages/git/src/http-fetch.ts




const AGENT = 'git/shipgate';
/**
 * Objects by id from this process, into the clone as a promisor pack: the `fetch` request git's
 * lazy fetch of a missing object sends, and one `git index-pack` for what comes back. git's lazy
 * fetch runs four processes for the same (fetch, git-remote-http, index-pack under the command
 * that missed the object) and asks for the advertisement first.
 *
 * Returns false, with nothing written, when this process cannot ask: a v0 server, no filter
 * support, another object format, a refused token, or no usable answer. git then fetches the
 * objects lazily when a command misses them, and reports whatever fails there in its own words.
 */
async function http_fetch_fetchObjectsOverHttp(git, remote, wants, filter) {
    if (wants.length === 0)
        return true;
    const pack = await askForPack(remote, fetchObjectsRequest({ wants, filter, agent: AGENT }));
    return pack !== undefined && (await indexPack(git, pack));
}
/**
 * `branch` from this process, as a deploy reads it: its tip from one `ls-refs`, then the commits up
 * to it (`tree:0`) and the tip's own trees (`blob:none` at depth 1) in two `fetch`es side by side,
 * each into its own promisor pack, and the tracking ref set to the tip. `git fetch` followed by the
 * lazy fetch of the trees takes six requests one after another and seven processes for the same.
 *
 * Settles once the history is in: the trees may still be on their way, and `trees` settles (never
 * rejects) with whether they came, so that the history's reader starts before the larger pack has
 * arrived. `undefined`, with the tracking ref untouched, when this process cannot do it: the branch
 * is not listed (git decides whether it exists), or any answer this process cannot use (see
 * `fetchObjectsOverHttp`); when only the trees cannot be had, git fetches them when a command
 * misses them.
 */
async function http_fetch_fetchBranchOverHttp(git, remote, branch) {
    const tip = await listBranchTip(remote, branch);
    if (!tip)
        return undefined;
    const trees = askForPack(remote, fetchObjectsRequest({ wants: [tip], filter: 'blob:none', deepen: 1, agent: AGENT }))
        .then((pack) => pack !== undefined && indexPack(git, pack))
        .catch(() => false);
    if (await fetchCommitsOverHttp(git, remote, branch, tip, []))
        return { tip, trees };
    // Nothing of ours may still be writing into the clone when the caller turns to git.
    await trees;
    return undefined;
}
/**
 * The commits up to `tip` (an id the caller read from the server) into `branch`'s tracking ref,
 * from this process: `fetchHistoryOverHttp`, then one `update-ref`, where `git fetch` starts four
 * processes and negotiates first. False, with the ref untouched, when it cannot be done so.
 */
async function fetchCommitsOverHttp(git, remote, branch, tip, haves) {
    if (!(await http_fetch_fetchHistoryOverHttp(git, remote, tip, haves)))
        return false;
    return (await git(['update-ref', remoteTrackingRef(branch), tip], { ignoreReturnCode: true })).exitCode === 0;
}
/**
 * The commits up to `tip` into the clone, no ref set: one `fetch` that names what the clone holds
 * (`haves`), so only the new commits come, and one `index-pack`. False when it cannot be done so.
 */
async function http_fetch_fetchHistoryOverHttp(git, remote, tip, haves) {
    const pack = await askForPack(remote, fetchObjectsRequest({ wants: [tip], haves, filter: 'tree:0', agent: AGENT }));
    return pack !== undefined && (await indexPack(git, pack));
}
/**
 * The commits up to `tip` that `haves` do not reach, read in this process from one `fetch` and
 * stored nowhere (see `readPack`), for a caller that reads them once; `fetchHistoryOverHttp` and
 * a `git log` were two processes more. `undefined` when they cannot be had so (the caller asks git).
 */
async function readHistoryOverHttp(remote, tip, haves) {
    const pack = await askForPack(remote, fetchObjectsRequest({ wants: [tip], haves, filter: 'tree:0', agent: AGENT }));
    if (!pack)
        return undefined;
    try {
        return readPack(pack);
    }
    catch (error) {
        if (error instanceof UnreadablePack)
            return undefined;
        throw error;
    }
}
/**
 * The refs the server lists under `prefixes` (`HEAD`: the remote's HEAD, with its target when
 * `symrefs`), from this process in one `ls-refs`, where `git ls-remote` starts three processes;
 * `undefined` when the answer cannot be used (the caller asks git).
 */
async function http_fetch_listRefsOverHttp(remote, prefixes, options = {}) {
    const answer = await ask(remote, lsRefsRequest({ prefixes, agent: AGENT, ...options }));
    try {
        return answer ? parseLsRefsAnswer(answer) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The server's refs under `mirrors` into the clone from this process, as `git fetch --prune` of
 * `+<remote>:<local>` would leave them: one `ls-refs`, one `fetch` of the objects the clone lacks
 * (naming what its refs hold now, `local`, as haves), one `index-pack`, and one `update-ref`
 * transaction that moves, adds and deletes the clone's refs all at once, each leased on what
 * `local` says. `git fetch` starts five processes and makes three requests for the same.
 *
 * Returns the refs as the server listed them, under their local names, and whether any moved
 * (`changed: false`: nothing was asked for or written). A ref of the clone that `local` left out
 * and the server no longer lists is not deleted: it is not among `refs`. `undefined`, with no ref
 * moved, when it cannot be done so: a single ref the server does not list (git decides whether it
 * exists), an answer this process cannot use (a ref deleted between the listing and the fetch is
 * one), or a transaction git refuses (a ref in the clone `local` did not name as it is, a name
 * git rejects).
 */
async function http_fetch_mirrorRefsOverHttp(git, remote, mirrors, local, filter) {
    const listed = await http_fetch_listRefsOverHttp(remote, mirrors.map((mirror) => mirror.remote));
    const wanted = listed && mirroredNames(listed, mirrors);
    if (!wanted)
        return undefined;
    const moved = [...wanted].filter(([ref, id]) => local.get(ref) !== id);
    const gone = [...local.keys()].filter((ref) => !wanted.has(ref) && mirrors.some((mirror) => covers(mirror, ref)));
    if (moved.length === 0 && gone.length === 0)
        return { refs: wanted, changed: false };
    const held = [...new Set(local.values())];
    const wants = [...new Set(moved.map(([, id]) => id))].filter((id) => !held.includes(id));
    if (wants.length > 0) {
        const pack = await askForPack(remote, fetchObjectsRequest({ wants, haves: held, filter, agent: AGENT }));
        if (!pack || !(await indexPack(git, pack)))
            return undefined;
    }
    // `-z`: names and ids NUL-terminated, nothing for git to unquote; an old id of zeros leases
    // "does not exist yet". One transaction: every ref moves, or none does.
    const zero = (id) => '0'.repeat(id.length);
    const commands = [
        ...moved.map(([ref, id]) => `update ${ref}\0${id}\0${local.get(ref) ?? zero(id)}\0`),
        ...gone.map((ref) => `delete ${ref}\0${local.get(ref)}\0`),
    ];
    const updated = await git(['update-ref', '--stdin', '-z'], { input: commands.join(''), ignoreReturnCode: true });
    return updated.exitCode === 0 ? { refs: wanted, changed: true } : undefined;
}
/** Whether `localRef` is where `mirror` keeps a ref. */
function covers(mirror, localRef) {
    return mirror.local.endsWith('/') ? localRef.startsWith(mirror.local) : localRef === mirror.local;
}
/**
 * The local name → id of each listed ref a mirror takes (ls-refs matches prefixes loosely: only a
 * single ref's exact name, or a name below a prefix, counts); `undefined` when a single ref is not
 * listed.
 */
function mirroredNames(listed, mirrors) {
    const names = new Map();
    for (const mirror of mirrors) {
        if (!mirror.remote.endsWith('/')) {
            const ref = listed.get(mirror.remote);
            if (!ref)
                return undefined;
            names.set(mirror.local, ref.id);
            continue;
        }
        for (const [name, ref] of listed) {
            if (name.startsWith(mirror.remote))
                names.set(`${mirror.local}${name.slice(mirror.remote.length)}`, ref.id);
        }
    }
    return names;
}
/** `refs/heads/<branch>`'s id as the server lists it; `undefined` when not listed or not readable. */
async function listBranchTip(remote, branch) {
    const ref = `refs/heads/${branch}`;
    return (await http_fetch_listRefsOverHttp(remote, [ref]))?.get(ref)?.id;
}
/** The pack the server sends for a `fetch` request; `undefined` when it cannot be had this way. */
async function askForPack(remote, request) {
    const answer = await ask(remote, request);
    try {
        return answer ? packFromFetchAnswer(answer) : undefined;
    }
    catch {
        // An ERR line, or an answer cut short: git asks again when it misses the objects.
        return undefined;
    }
}
/**
 * One v2 command to `git-upload-pack`, sent without the advertisement first: each command is
 * stateless over HTTP, and a server that does not speak v2, or lacks what the command asks for,
 * answers with something the readers above refuse. `undefined` for no answer or no success.
 */
async function ask(remote, request) {
    try {
        const answer = await remote.send(`${serviceUrl(remote)}/git-upload-pack`, {
            method: 'POST',
            headers: {
                ...remoteHeaders(remote),
                'Git-Protocol': 'version=2',
                'Content-Type': 'application/x-git-upload-pack-request',
                Accept: 'application/x-git-upload-pack-result',
            },
            body: request,
        });
        return succeeded(answer) ? answer.body : undefined;
    }
    catch {
        return undefined;
    }
}
/** A pack into the clone, as a promisor pack (what is missing from it, the server has). */
async function indexPack(git, pack) {
    const indexed = await git(['index-pack', '--stdin', '--promisor'], { input: pack, ignoreReturnCode: true });
    return indexed.exitCode === 0;
}

;// CONCATENATED MODULE: ./packages/git/src/refs.ts

/** Where a clone keeps what it fetched of `branch`. */
function refs_remoteTrackingRef(branch) {
    return `refs/remotes/origin/${branch}`;
}
/** The fetched tip and its tree. */
async function tipOf(git, branch) {
    const ref = refs_remoteTrackingRef(branch);
    const [commit = '', tree = ''] = (await git(['rev-parse', ref, `${ref}^{tree}`])).stdout.trim().split('\n');
    return { commit, tree };
}
/** Whether `commit` is `tip` or one of its ancestors: how a writer finds its own push landed. */
async function isOnBranch(git, commit, tip) {
    const result = await git(['merge-base', '--is-ancestor', commit, tip], { ignoreReturnCode: true });
    return result.exitCode === 0;
}
/**
 * The branch the remote's HEAD points at, or `undefined` for an empty repository: asked from the
 * process when it speaks to `origin` itself, else by `git ls-remote --symref`.
 */
async function refs_remoteDefaultBranch(git) {
    const listed = git.remote ? await http_fetch_listRefsOverHttp(git.remote, ['HEAD'], { symrefs: true }) : undefined;
    if (listed)
        return listed.get('HEAD')?.symrefTarget?.match(/^refs\/heads\/(\S+)$/)?.[1];
    const { stdout } = await git(['ls-remote', '--symref', 'origin', 'HEAD']);
    return parseSymref(stdout);
}
/**
 * Which of `refs` (full names) the server has, and their ids, in one listing: from the process when
 * it speaks to `origin` itself, else one `git ls-remote`. Only exact names count (both match
 * their patterns more loosely).
 */
async function listRemoteRefs(git, refs) {
    const listed = git.remote ? await listRefsOverHttp(git.remote, refs) : undefined;
    const found = listed
        ? [...listed].map(([name, ref]) => [name, ref.id])
        : (await git(['ls-remote', 'origin', ...refs])).stdout.split('\n').map((line) => {
            const [id = '', name = ''] = line.split('\t');
            return [name, id];
        });
    return new Map(found.filter(([name]) => refs.includes(name)));
}
/** `ref: refs/heads/main\tHEAD` from `git ls-remote --symref` → `main`. */
function parseSymref(output) {
    const match = output.match(/^ref: refs\/heads\/(\S+)\tHEAD$/m);
    return match?.[1];
}
async function refs_remoteBranchExists(git, branch) {
    return (await listRemoteRefs(git, [`refs/heads/${branch}`])).has(`refs/heads/${branch}`);
}

;// CONCATENATED MODULE: ./packages/git/src/objects.ts
/**
 * `<id> <type> <size>` per request, in request order; `undefined` for a name that names no object
 * (`<name> missing`, or ambiguous).
 */
function parseBatchCheck(output, count) {
    const lines = output.split('\n').slice(0, count);
    return lines.map((line) => {
        const match = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(line);
        return match ? { id: match[1], type: match[2], size: Number(match[3]) } : undefined;
    });
}
/**
 * The contents of `git cat-file --batch` output, in request order: `<id> <type> <size>\n`, then
 * exactly `size` bytes and `\n`. A name that names no object (`<name> missing\n`) is `undefined`
 * in its place and the rest are still read. Sizes count bytes, so the output is walked as bytes.
 */
function parseBatch(output) {
    const contents = [];
    let offset = 0;
    while (offset < output.length) {
        const end = output.indexOf(0x0a, offset);
        if (end < 0)
            break;
        const header = output.subarray(offset, end).toString('latin1');
        offset = end + 1;
        const match = /^[0-9a-f]{40,64} \w+ (\d+)$/.exec(header);
        if (!match) {
            contents.push(undefined);
            continue;
        }
        const size = Number(match[1]);
        contents.push(output.subarray(offset, offset + size));
        offset += size + 1;
    }
    return contents;
}
/** What each name is (`<rev>:<path>`, an id), in one `cat-file --batch-check`; `undefined` for none. */
async function batchCheck(git, names) {
    if (names.length === 0)
        return [];
    const { stdout } = await git(['cat-file', '--batch-check'], { input: `${names.join('\n')}\n` });
    return parseBatchCheck(stdout, names.length);
}
/**
 * The content of each named object, in request order, in one `cat-file --batch`: bytes as stored
 * (a file need not be UTF-8), `undefined` for a name that names no object. Objects not in a
 * partial clone are fetched lazily by git.
 */
async function batch(git, names) {
    if (names.length === 0)
        return [];
    const result = await git(['cat-file', '--batch'], { input: `${names.join('\n')}\n`, bytes: true });
    const contents = parseBatch(result.stdoutBytes ?? Buffer.from(result.stdout, 'utf8'));
    return names.map((_, index) => contents[index]);
}
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/**
 * Parses `git diff-tree --stdin -r -z` fed `<empty tree> <tree>` lines: git echoes each line,
 * then lists every blob of `<tree>` as added (`:000000 <mode> <zeros> <blob> A`, NUL, path, NUL).
 */
function parseTreeListings(output) {
    const listings = new Map();
    let current;
    let pending;
    for (const token of output.split('\u0000')) {
        if (pending !== undefined) {
            current?.push({ path: token, ...pending });
            pending = undefined;
            continue;
        }
        let meta = token;
        const echo = /^[0-9a-f]{40,64} ([0-9a-f]{40,64})\n/.exec(token);
        if (echo) {
            current = [];
            listings.set(echo[1], current);
            meta = token.slice(echo[0].length);
        }
        const entry = /^:\d+ (\d+) [0-9a-f]+ ([0-9a-f]{40,64}) A$/.exec(meta);
        if (entry)
            pending = { mode: entry[1], blob: entry[2] };
    }
    return listings;
}
/** Every blob below each tree id, recursively, in one `diff-tree --stdin`. */
async function listTrees(git, treeIds) {
    if (treeIds.length === 0)
        return new Map();
    const input = treeIds.map((id) => `${EMPTY_TREE} ${id}\n`).join('');
    const { stdout } = await git(['diff-tree', '--stdin', '-r', '-z', '--no-renames'], { input });
    const listings = parseTreeListings(stdout);
    for (const id of treeIds)
        if (!listings.has(id))
            listings.set(id, []);
    return listings;
}
/**
 * Batched object reads in one clone: a handful of git processes for a whole range, never one per
 * commit or per file.
 */
class ObjectReader {
    #git;
    constructor(git) {
        this.#git = git;
    }
    /** The object each `<rev>:<path>` names, or `undefined` when there is none. */
    resolve(names) {
        return batchCheck(this.#git, names);
    }
    /** The text of each blob id, in order. */
    async blobs(ids) {
        return (await batch(this.#git, ids)).map((content) => content?.toString('utf8'));
    }
    /** Every blob below each tree id, recursively. */
    listTrees(treeIds) {
        return listTrees(this.#git, treeIds);
    }
}

;// CONCATENATED MODULE: ./packages/git/src/fetch.ts



/**
 * The one fetch: `refspecs` from `origin`, never tags, FETCH_HEAD or maintenance (every clone is
 * thrown away, and under a race every process counts). Retries of transient failures are
 * `createGit`'s.
 */
function fetch(git, options) {
    return git(fetchArgs(options), { ignoreReturnCode: options.ignoreReturnCode === true });
}
function fetchArgs(options) {
    return [
        'fetch',
        '--quiet',
        '--no-tags',
        ...(options.prune ? ['--prune'] : []),
        '--no-auto-maintenance',
        '--no-write-fetch-head',
        ...(options.filter ? [`--filter=${options.filter}`] : []),
        'origin',
        ...options.refspecs,
    ];
}
/**
 * `branch` into its tracking ref, with `extra` refspecs beside it (the landing queue). Returns
 * false when the branch does not exist (yet).
 */
async function fetch_fetchBranch(git, branch, options) {
    const args = fetchArgs({
        refspecs: [`+refs/heads/${branch}:${remoteTrackingRef(branch)}`, ...(options.extra ?? [])],
        filter: options.filter,
        ...(options.prune ? { prune: true } : {}),
    });
    const fetched = await git(args, { ignoreReturnCode: true });
    if (fetched.exitCode === 0)
        return true;
    if (/couldn't find remote ref/i.test(fetched.stderr) && !options.extra?.length)
        return false;
    throw new GitCommandError({ command: 'git', args, exitCode: fetched.exitCode, stderr: fetched.stderr });
}
/**
 * `git fetch --prune` of `+<remote>:<local>` for each of `mirrors`: from this process when it speaks
 * to `origin` itself (`mirrorRefsOverHttp`, given `local`, the clone's refs under the mirrors'
 * local names as the caller last saw them), otherwise, or when that cannot be done, by git.
 * `changed: false` when the server listed just what `local` holds, so nothing moved. `refs`, when
 * the process mirrored them: the refs under the mirrors as the server listed them; a ref of the
 * clone not among them is stale (`local` missed it). Absent when git fetched: nothing stale is left.
 */
async function fetchMirrors(git, mirrors, options) {
    const mirrored = git.remote
        ? await mirrorRefsOverHttp(git, git.remote, mirrors, options.local, options.filter)
        : undefined;
    if (mirrored)
        return mirrored;
    const refspecs = mirrors.map((mirror) => `+${mirror.remote}${mirror.remote.endsWith('/') ? '*' : ''}:${mirror.local}${mirror.local.endsWith('/') ? '*' : ''}`);
    await fetch(git, { refspecs, filter: options.filter, prune: true });
    return { changed: true };
}
/**
 * `branch` as a deploy first reads it: the commits into its tracking ref (`tree:0`), and, when this
 * process speaks to `origin` itself, the tip's trees beside them (`fetchBranchOverHttp`: three
 * requests, two `index-pack`s side by side). Otherwise, or when that cannot be done, one `git fetch`
 * of the commits, as `fetchBranch`. `undefined` when the branch does not exist (yet). Settles when
 * the commits are in; `tipTrees` settles (never rejects) with whether the tip's trees came too.
 */
async function fetchBranchWithTipTrees(git, branch) {
    const fetched = git.remote ? await fetchBranchOverHttp(git, git.remote, branch) : undefined;
    if (fetched)
        return { tipTrees: fetched.trees };
    return (await fetch_fetchBranch(git, branch, { filter: 'tree:0' })) ? { tipTrees: Promise.resolve(false) } : undefined;
}
/**
 * The commits up to `commit`, an id the caller read from the server (a listing of refs), into the
 * clone, for a reader that names the id itself. Naming the commit instead of the branch spares the
 * ref listing, and gives the same tip whatever moved meanwhile. From the process when it speaks to
 * `origin` itself, naming `haves` (commits the clone holds) so that only the new ones come, and
 * leaving the tracking ref where it is (`fetchHistoryOverHttp`: one request, one `index-pack`);
 * otherwise `git fetch` of the commit into `branch`'s tracking ref.
 */
async function fetchCommitsAt(git, branch, commit, options) {
    if (!/^[0-9a-f]{40,64}$/.test(commit))
        throw new Error(`Not a commit id: ${JSON.stringify(commit)}`);
    const fromProcess = git.remote !== undefined && (await fetchHistoryOverHttp(git, git.remote, commit, options.haves ?? []));
    if (!fromProcess)
        await fetch(git, { refspecs: [`+${commit}:${remoteTrackingRef(branch)}`], filter: 'tree:0' });
}
/**
 * The trees of `ref`'s tip (no blobs), ahead of the first command that reads one, after a fetch
 * that took commits only (`tree:0`): from this process when it speaks to `origin` itself (one
 * `git log` for the tree id, one `index-pack`), where git's lazy fetch would start four processes
 * inside that command. Without a remote of its own, or when the server cannot be asked so,
 * nothing happens here and git fetches them lazily as before.
 */
async function fetchTipTrees(git, ref) {
    if (!git.remote)
        return;
    // `log` reads the commit only; `rev-parse <ref>^{tree}` would look the tree up and fetch it lazily.
    const tree = (await git(['log', '-1', '--format=%T', ref])).stdout.trim();
    if (/^[0-9a-f]{40}$/.test(tree))
        await fetchObjectsOverHttp(git, git.remote, [tree], 'blob:none');
}

;// CONCATENATED MODULE: ./packages/gitops/src/repository-identity.ts

/**
 * The GitOps repository as an approval request names it and a deploy is bound to: `owner/name`
 * (lower case) for a repository on the GitHub server the workflow runs on, else its resolved URL or
 * path without `.git`. approval-gate (`policy-repository`) and gitops-commit (`repository`) reach
 * the same identity from the same repository however each input spells it.
 */
function gitopsRepositoryIdentity(repository, options = {}) {
    const serverUrl = options.serverUrl || 'https://github.com';
    const url = resolveRepositoryUrl(repository, {
        serverUrl,
        workspace: options.workspace ?? process.cwd(),
        ...(options.inputName ? { inputName: options.inputName } : {}),
    }).replace(/(?:\.git)?\/*$/, '');
    if (/^https?:\/\//i.test(url)) {
        const parsed = new URL(url);
        const parts = parsed.pathname.split('/').filter(Boolean);
        if (parts.length === 2 && parsed.origin.toLowerCase() === new URL(serverUrl).origin.toLowerCase()) {
            return parts.join('/').toLowerCase();
        }
    }
    return url;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __nccwpck_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(38815);
;// CONCATENATED MODULE: ./packages/policy/policy.schema.json
const policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://shipgate.dev/schemas/policy.schema.json","title":"Shipgate GitOps policy (.shipgate/policy.yaml)","description":"Per-environment rules that gitops-commit, promote, rollback and approval-gate apply. Kept in the GitOps repository, owned by the platform team.","type":"object","additionalProperties":false,"required":["version","environments"],"properties":{"$schema":{"type":"string"},"version":{"const":1,"description":"The policy format version."},"environments":{"type":"object","description":"Rules per environment name.","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"additionalProperties":{"$ref":"#/definitions/environment"}}},"definitions":{"duration":{"type":"string","pattern":"^([0-9]+[smhdw])+$","description":"A duration such as 30m, 24h, 7d or 1h30m."},"approver":{"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(/[A-Za-z0-9][A-Za-z0-9._-]*)?$","description":"A GitHub user (alice) or a team (org/team-slug)."},"approvers":{"type":"array","items":{"$ref":"#/definitions/approver"},"uniqueItems":true},"environment":{"type":"object","additionalProperties":false,"properties":{"paths":{"type":"array","minItems":1,"items":{"type":"string","minLength":1,"pattern":"^[^/\\\\s][^\\\\s]*$"},"description":"Globs of the repository paths that are this environment; default apps/*/<environment>."},"approvals":{"type":"object","additionalProperties":false,"properties":{"min":{"type":"integer","minimum":0,"description":"Approvals needed; default 1."},"approvers":{"$ref":"#/definitions/approvers"},"image-approvers":{"$ref":"#/definitions/approvers"},"config-approvers":{"$ref":"#/definitions/approvers"},"allow-self-approval":{"type":"boolean","default":false},"max-age":{"$ref":"#/definitions/duration"}}},"scan":{"type":"object","additionalProperties":false,"properties":{"require":{"const":"pass"},"max-age":{"$ref":"#/definitions/duration"}}},"promote-from":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"soak":{"$ref":"#/definitions/duration"},"freeze":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["schedule","duration"],"properties":{"schedule":{"type":"string","minLength":9,"description":"Cron expression of each window\'s start."},"duration":{"$ref":"#/definitions/duration"},"timezone":{"type":"string","minLength":1,"description":"IANA time zone; default UTC."},"reason":{"type":"string"}}}},"break-glass":{"$ref":"#/definitions/approvers"},"signed":{"type":"boolean"},"attestations":{"type":"object","additionalProperties":false,"required":["require"],"properties":{"require":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["provenance","scan","sbom"]}},"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$","description":"owner/name of the repository the build ran in: the certificate\'s Source Repository URI, exactly."},"owner":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","description":"The owner of that repository (Source Repository Owner URI), exactly; implied by repository."},"signer-workflow":{"type":"string","pattern":"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/)?\\\\.github/workflows/[^@\\\\s]+\\\\.ya?ml$","description":"The workflow that signed (Build Signer URI without its @ref), exactly: .github/workflows/ci.yml in repository, or owner/name/.github/workflows/build.yml for a reusable workflow."},"ref":{"type":"string","pattern":"^refs/[^\\\\s]+$","description":"The ref the build ran on (Source Repository Ref), exactly, e.g. refs/heads/main."},"identity":{"type":"string","minLength":1,"description":"Legacy: the certificate SAN, exactly; a value starting with ^ is a regular expression, anchored at both ends."}}}}}}}');
;// CONCATENATED MODULE: ./packages/policy/src/duration.ts

const duration_UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** `30m`, `24h`, `7d`, `1h30m` → milliseconds; `what` names the field in the error. */
function parseDuration(text, what) {
    if (!/^(\d+[smhdw])+$/.test(text)) {
        throw new errors/* ConfigurationError */.j1(`${what} must be a duration such as 30m, 24h or 7d, got "${text}".`);
    }
    let total = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+)([smhdw])/g)) {
        total += Number(amount) * duration_UNIT_MS[unit];
    }
    return total;
}

;// CONCATENATED MODULE: ./node_modules/croner/dist/croner.js
function g(s,e,t,n=0,r=0,a=0,i=0){let o=s>=0&&s<100,u=Date.UTC(o?s+400:s,e,t,n,r,a,i);return o?u-126227808e5:u}function D(s){return g(s.y,s.m-1,s.d,s.h,s.i,s.s)}function w(s,e){return s.y===e.y&&s.m===e.m&&s.d===e.d&&s.h===e.h&&s.i===e.i&&s.s===e.s}function O(s){let e=s.substring(9);return e.includes("Z")||e.includes("+")||e.includes("-")}function Z(s,e){let t=new Date(Date.parse(s));if(isNaN(t))throw new Error("Invalid ISO8601 passed to timezone parser.");return O(s)?{tp:T(t.getUTCFullYear(),t.getUTCMonth()+1,t.getUTCDate(),t.getUTCHours(),t.getUTCMinutes(),t.getUTCSeconds(),"Etc/UTC"),ms:t.getUTCMilliseconds()}:{tp:T(t.getFullYear(),t.getMonth()+1,t.getDate(),t.getHours(),t.getMinutes(),t.getSeconds(),e),ms:t.getMilliseconds()}}function v(s,e,t){let{tp:n,ms:r}=Z(s,e);return new Date(N(n,t).getTime()+r)}function N(s,e){let t=_(s);if(t.kind==="single")return t.date;if(t.kind==="ambiguous")return t.earlier;if(e)throw new Error("Invalid date passed to fromTZ()");return t.after}function _(s){let e=D(s),t=i=>R(new Date(i),s.tz),n=e-t(e),r=y(new Date(n),s.tz);if(w(r,s)){let i=D(r)-n,o=n-(t(n-E)-i);if(o<n&&w(y(new Date(o),s.tz),s))return{kind:"ambiguous",earlier:new Date(o),later:new Date(n)};let u=n+(i-t(n+E));return u>n&&w(y(new Date(u),s.tz),s)?{kind:"ambiguous",earlier:new Date(n),later:new Date(u)}:{kind:"single",date:new Date(n)}}let a=e-(D(r)-n);return w(y(new Date(a),s.tz),s)?{kind:"single",date:new Date(a)}:{kind:"gap",before:new Date(Math.min(n,a)),after:new Date(Math.max(n,a))}}var E=3*36e5;function R(s,e){return D(y(s,e))-(s.getTime()-s.getUTCMilliseconds())}function k(s,e,t){let n=R(new Date(s),t);for(;e-s>1e3;){let r=s+Math.floor((e-s)/2e3)*1e3;R(new Date(r),t)===n?s=r:e=r}return e}function U(s,e){let t=_(y(new Date(s),e));if(t.kind==="ambiguous")return s<t.later.getTime()?"earlier":"later"}var H=g(1,0,1),S=864e5,W=new Map;function y(s,e){if(e===void 0)return T(s.getFullYear(),s.getMonth()+1,s.getDate(),s.getHours(),s.getMinutes(),s.getSeconds());let t=W.get(e),n;try{t||(t=new Intl.DateTimeFormat("en-US",{timeZone:e,year:"numeric",month:"numeric",day:"numeric",hour:"numeric",minute:"numeric",second:"numeric",hour12:!1}),W.set(e,t)),n=t.formatToParts(s)}catch(i){let o=i instanceof Error?i.message:String(i);throw new RangeError(`toTZ: Invalid timezone '${e}' or date. Please provide a valid IANA timezone (e.g., 'America/New_York', 'Europe/Stockholm'). Original error: ${o}`)}let r={year:0,month:0,day:0,hour:0,minute:0,second:0};for(let i of n)(i.type==="year"||i.type==="month"||i.type==="day"||i.type==="hour"||i.type==="minute"||i.type==="second")&&(r[i.type]=parseInt(i.value,10));if(isNaN(r.year)||isNaN(r.month)||isNaN(r.day)||isNaN(r.hour)||isNaN(r.minute)||isNaN(r.second))throw new Error(`toTZ: Failed to parse all date components from timezone '${e}'. This may indicate an invalid date or timezone configuration. Parsed components: ${JSON.stringify(r)}`);let a=s.getTime()-H;return(a<-S||a<S&&r.month===12)&&(r.year=1-r.year),r.hour===24&&(r.hour=0),{y:r.year,m:r.month,d:r.day,h:r.hour,i:r.minute,s:r.second,tz:e}}function T(s,e,t,n,r,a,i){return{y:s,m:e,d:t,h:n,i:r,s:a,tz:i}}var x=[1,2,4,8,16],C=class s{pattern;timezone;mode;alternativeWeekdays;sloppyRanges;fixedTimeRule;second;minute;hour;day;month;dayOfWeek;year;lastDayOfMonth;lastWeekday;nearestWeekdays;starDOM;starDOW;starYear;useAndLogic;isFixedTime;constructor(e,t,n){this.pattern=e,this.timezone=t,this.mode=n?.mode??"auto",this.alternativeWeekdays=n?.alternativeWeekdays??!1,this.sloppyRanges=n?.sloppyRanges??!1,this.fixedTimeRule=n?.fixedTimeRule??"single-value",this.second=Array(60).fill(0),this.minute=Array(60).fill(0),this.hour=Array(24).fill(0),this.day=Array(31).fill(0),this.month=Array(12).fill(0),this.dayOfWeek=Array(7).fill(0),this.year=[],this.lastDayOfMonth=!1,this.lastWeekday=!1,this.nearestWeekdays=Array(31).fill(0),this.starDOM=!1,this.starDOW=!1,this.starYear=!1,this.useAndLogic=!1,this.isFixedTime=!1,this.parse()}parse(){if(!(typeof this.pattern=="string"||this.pattern instanceof String))throw new TypeError("CronPattern: Pattern has to be of type string.");this.pattern.indexOf("@")>=0&&(this.pattern=this.handleNicknames(this.pattern).trim());let e=this.pattern.match(/\S+/g)||[""],t=e.length;if(e.length<5||e.length>7)throw new TypeError("CronPattern: invalid configuration format ('"+this.pattern+"'), exactly five, six, or seven space separated parts are required.");if(this.mode!=="auto"){let i;switch(this.mode){case"5-part":i=5;break;case"6-part":i=6;break;case"7-part":i=7;break;case"5-or-6-parts":i=[5,6];break;case"6-or-7-parts":i=[6,7];break;default:i=0}if(!(Array.isArray(i)?i.includes(t):t===i)){let u=Array.isArray(i)?i.join(" or "):i.toString();throw new TypeError(`CronPattern: mode '${this.mode}' requires exactly ${u} parts, but pattern '${this.pattern}' has ${t} parts.`)}}if(e.length===5&&e.unshift("0"),e.length===6&&e.push("*"),this.pattern.indexOf("?")>=0)for(let i=0;i<e.length;i++)e[i]=e[i].replace(/\?/g,"*");if(e[3].toUpperCase()==="LW")this.lastWeekday=!0,e[3]="";else if(e[3].toUpperCase().indexOf("L")>=0){let i=e[3].split(",");if(i.length>1&&i.some(o=>o.toUpperCase()==="LW"))throw new TypeError(`CronPattern: Syntax error, LW can not be in a list in day-of-month ('${e[3]}').`);if(i.some(o=>o===""||o.toUpperCase()!=="L"&&/l/i.test(o)))throw new TypeError("CronPattern: Syntax error, L has to be a value of its own in day-of-month ('"+e[3]+"').");e[3]=i.filter(o=>o.toUpperCase()!=="L").join(","),this.lastDayOfMonth=!0}if(e[3]=="*"&&(this.starDOM=!0),e[6]=="*"&&(this.starYear=!0),e[4].length>=3&&(e[4]=this.replaceAlpha(e[4],s.MONTH_NAMES)),e[5].length>=3&&(e[5]=this.alternativeWeekdays?this.replaceAlpha(e[5],s.DAY_NAMES_QUARTZ):this.replaceAlpha(e[5],s.DAY_NAMES)),e[5].startsWith("+")&&(this.useAndLogic=!0,e[5]=e[5].substring(1),e[5]===""))throw new TypeError("CronPattern: Day-of-week field cannot be empty after '+' modifier.");switch(e[5]=="*"&&(this.starDOW=!0),this.mode){case"5-part":e[0]="0",e[6]="*";break;case"6-part":e[6]="*";break;case"5-or-6-parts":e[6]="*";break;case"6-or-7-parts":break;case"7-part":case"auto":break}this.throwAtIllegalCharacters(e),this.partToArray("second",e[0],0,1),this.partToArray("minute",e[1],0,1),this.partToArray("hour",e[2],0,1),this.partToArray("day",e[3],-1,1),this.partToArray("month",e[4],-1,1);let n=this.alternativeWeekdays?-1:0;this.partToArray("dayOfWeek",e[5],n,63),e[6]==="*"?this.year=Array(1e4).fill(1):(this.year=Array(1e4).fill(0),this.partToArray("year",e[6],0,1)),!this.alternativeWeekdays&&this.dayOfWeek[7]&&(this.dayOfWeek[0]=this.dayOfWeek[7]);let r=this.fixedTimeRule==="single-value",a=(i,o)=>!i.includes("*")&&!i.includes("/")&&(!r||o.filter(u=>u).length===1);this.isFixedTime=a(e[0],this.second)&&a(e[1],this.minute)&&a(e[2],this.hour)}partToArray(e,t,n,r){let a=this[e];if(t===""&&!(e==="day"&&(this.lastDayOfMonth||this.lastWeekday)))throw new TypeError("CronPattern: configuration entry "+e+" ("+t+") is empty, check for trailing spaces.");if(t==="*")return a.fill(r);let i=t.split(",");if(i.length>1)for(let o of i)this.partToArray(e,o,n,r);else t.includes("-")&&t.includes("/")?this.handleRangeWithStepping(t,e,n,r):t.includes("-")?this.handleRange(t,e,n,r):t.includes("/")?this.handleStepping(t,e,n,r):t!==""&&this.handleNumber(t,e,n,r)}throwAtIllegalCharacters(e){for(let t=0;t<e.length;t++)if((t===3?/[^/*0-9,\-WwLl]+/:t===5?/[^/*0-9,\-#Ll]+/:/[^/*0-9,\-]+/).test(e[t]))throw new TypeError("CronPattern: configuration entry "+t+" ("+e[t]+") contains illegal characters.")}handleNumber(e,t,n,r){let a=this.extractNth(e,t),i=e.toUpperCase().includes("W");if(t!=="day"&&i)throw new TypeError("CronPattern: Nearest weekday modifier (W) only allowed in day-of-month.");i&&(t="nearestWeekdays");let o=i?a[0].replace(/W$/i,""):a[0],u=s.toNumber(o)+n;if(isNaN(u))throw new TypeError("CronPattern: "+t+" is not a number: '"+e+"'");this.setPart(t,u,a[1]||r)}setPart(e,t,n){if(!Object.prototype.hasOwnProperty.call(this,e))throw new TypeError("CronPattern: Invalid part specified: "+e);if(e==="dayOfWeek"){if(t===7&&(t=0),t<0||t>6)throw new RangeError("CronPattern: Invalid value for dayOfWeek: "+t);this.setNthWeekdayOfMonth(t,n);return}if(e==="second"||e==="minute"){if(t<0||t>=60)throw new RangeError("CronPattern: Invalid value for "+e+": "+t)}else if(e==="hour"){if(t<0||t>=24)throw new RangeError("CronPattern: Invalid value for "+e+": "+t)}else if(e==="day"||e==="nearestWeekdays"){if(t<0||t>=31)throw new RangeError("CronPattern: Invalid value for "+e+": "+t)}else if(e==="month"){if(t<0||t>=12)throw new RangeError("CronPattern: Invalid value for "+e+": "+t)}else if(e==="year"&&(t<1||t>=1e4))throw new RangeError("CronPattern: Invalid value for "+e+": "+t+" (supported range: 1-9999)");this[e][t]=n}static toNumber(e){return/^\d+$/.test(e)?parseInt(e,10):NaN}validateNotNaN(e,t){if(isNaN(e))throw new TypeError(t)}validateRange(e,t,n,r,a){if(e>t)throw new TypeError("CronPattern: From value is larger than to value: '"+a+"'");if(n!==void 0){if(n===0)throw new TypeError("CronPattern: Syntax error, illegal stepping: 0");if(n>this[r].length)throw new TypeError("CronPattern: Syntax error, steps cannot be greater than maximum value of part ("+this[r].length+")")}}handleRangeWithStepping(e,t,n,r){if(e.toUpperCase().includes("W"))throw new TypeError("CronPattern: Syntax error, W is not allowed in ranges with stepping.");let a=this.extractNth(e,t),i=a[0].match(/^(\d+)-(\d+)\/(\d+)$/);if(i===null)throw new TypeError("CronPattern: Syntax error, illegal range with stepping: '"+e+"'");let[,o,u,l]=i,h=parseInt(o,10)+n,m=parseInt(u,10)+n,d=parseInt(l,10);this.validateNotNaN(h,"CronPattern: Syntax error, illegal lower range (NaN)"),this.validateNotNaN(m,"CronPattern: Syntax error, illegal upper range (NaN)"),this.validateNotNaN(d,"CronPattern: Syntax error, illegal stepping: (NaN)"),this.validateRange(h,m,d,t,e);for(let p=h;p<=m;p+=d)this.setPart(t,p,a[1]||r)}extractNth(e,t){let n=e,r;if(n.includes("#")){if(t!=="dayOfWeek")throw new Error("CronPattern: nth (#) only allowed in day-of-week field");let a=n.split("#");if(a.length!==2||a[1]==="")throw new TypeError("CronPattern: Syntax error, illegal nth weekday: '"+e+"'");n=a[0],r=a[1]}else if(n.toUpperCase().endsWith("L")){if(t!=="dayOfWeek")throw new Error("CronPattern: L modifier only allowed in day-of-week field (use L alone for day-of-month)");r="L",n=n.slice(0,-1)}return[n,r]}handleRange(e,t,n,r){if(e.toUpperCase().includes("W"))throw new TypeError("CronPattern: Syntax error, W is not allowed in a range.");let a=this.extractNth(e,t),i=a[0].split("-");if(i.length!==2)throw new TypeError("CronPattern: Syntax error, illegal range: '"+e+"'");let o=s.toNumber(i[0])+n,u=s.toNumber(i[1])+n;this.validateNotNaN(o,"CronPattern: Syntax error, illegal lower range (NaN)"),this.validateNotNaN(u,"CronPattern: Syntax error, illegal upper range (NaN)"),this.validateRange(o,u,void 0,t,e);for(let l=o;l<=u;l++)this.setPart(t,l,a[1]||r)}handleStepping(e,t,n,r){if(e.toUpperCase().includes("W"))throw new TypeError("CronPattern: Syntax error, W is not allowed in parts with stepping.");let a=this.extractNth(e,t),i=a[0].split("/");if(i.length!==2)throw new TypeError("CronPattern: Syntax error, illegal stepping: '"+e+"'");if(this.sloppyRanges)i[0]===""&&(i[0]="*");else{if(i[0]==="")throw new TypeError("CronPattern: Syntax error, stepping with missing prefix ('"+e+"') is not allowed. Use wildcard (*/step) or range (min-max/step) instead.");if(i[0]!=="*")throw new TypeError("CronPattern: Syntax error, stepping with numeric prefix ('"+e+"') is not allowed. Use wildcard (*/step) or range (min-max/step) instead.")}let o=0;i[0]!=="*"&&(o=s.toNumber(i[0])+n,this.validateNotNaN(o,"CronPattern: Syntax error, illegal stepping start (NaN)"));let u=s.toNumber(i[1]);this.validateNotNaN(u,"CronPattern: Syntax error, illegal stepping: (NaN)"),this.validateRange(0,this[t].length-1,u,t,e);for(let l=o;l<this[t].length;l+=u)t==="year"&&l===0||this.setPart(t,l,a[1]||r)}replaceAlpha(e,t){let n=e;for(let[r,a]of Object.entries(t))n=n.replace(new RegExp(r,"gi"),(i,o,u)=>{let l=o+i.length-3,h=u.charAt(l-1),m=u.charAt(l+3);if(/[a-z\d/#]/i.test(h)||/[a-km-z\d]/i.test(m))throw new TypeError(`CronPattern: Syntax error, a month or day name has to stand alone ('${e}').`);return a});return n}static DAY_NAMES={"-sun":"-7",sun:"0",mon:"1",tue:"2",wed:"3",thu:"4",fri:"5",sat:"6"};static DAY_NAMES_QUARTZ={sun:"1",mon:"2",tue:"3",wed:"4",thu:"5",fri:"6",sat:"7"};static MONTH_NAMES={jan:"1",feb:"2",mar:"3",apr:"4",may:"5",jun:"6",jul:"7",aug:"8",sep:"9",oct:"10",nov:"11",dec:"12"};static NICKNAME_MAP={"@yearly":"0 0 1 1 *","@annually":"0 0 1 1 *","@monthly":"0 0 1 * *","@weekly":"0 0 * * SUN","@daily":"0 0 * * *","@midnight":"0 0 * * *","@hourly":"0 * * * *"};handleNicknames(e){let t=e.trim().toLowerCase();if(t==="@reboot")throw new TypeError("CronPattern: @reboot is not supported in this environment. This is an event-based trigger that requires system startup detection.");return s.NICKNAME_MAP[t]||e}setNthWeekdayOfMonth(e,t){if(typeof t!="number"&&t.toUpperCase()==="L")this.dayOfWeek[e]=this.dayOfWeek[e]|32;else if(t===63)this.dayOfWeek[e]=63;else if(t<6&&t>0)this.dayOfWeek[e]=this.dayOfWeek[e]|x[t-1];else throw new TypeError(`CronPattern: nth weekday out of range, should be 1-5 or L. Value: ${t}, Type: ${typeof t}`)}};var B=[31,28,31,30,31,30,31,31,30,31,30,31],f=[["month","year",0],["day","month",-1],["hour","day",0],["minute","hour",0],["second","minute",0]],c=class s{tz;instantMs;instantFields;ms;second;minute;hour;day;month;year;constructor(e,t){if(this.tz=t,e&&e instanceof Date)if(!isNaN(e))this.fromDate(e);else throw new TypeError("CronDate: Invalid date passed to CronDate constructor");else if(e==null)this.fromDate(new Date);else if(e&&typeof e=="string")this.fromString(e);else if(e instanceof s)this.fromCronDate(e);else throw new TypeError("CronDate: Invalid type ("+typeof e+") passed to CronDate constructor")}getLastDayOfMonth(e,t){return t!==1?B[t]:new Date(g(e,t+1,0)).getUTCDate()}getLastWeekday(e,t){let n=this.getLastDayOfMonth(e,t),a=new Date(g(e,t,n)).getUTCDay();return a===0?n-2:a===6?n-1:n}getNearestWeekday(e,t,n){let r=this.getLastDayOfMonth(e,t);if(n>r)return-1;let i=new Date(g(e,t,n)).getUTCDay();return i===0?n===r?n-2:n+1:i===6?n===1?n+2:n-1:n}isNthWeekdayOfMonth(e,t,n,r){let i=new Date(g(e,t,n)).getUTCDay(),o=0;for(let u=1;u<=n;u++)new Date(g(e,t,u)).getUTCDay()===i&&o++;if(r&63&&x[o-1]&r)return!0;if(r&32){let u=this.getLastDayOfMonth(e,t);for(let l=n+1;l<=u;l++)if(new Date(g(e,t,l)).getUTCDay()===i)return!1;return!0}return!1}fromDate(e){if(this.tz!==void 0)if(typeof this.tz=="number")this.ms=e.getUTCMilliseconds(),this.second=e.getUTCSeconds(),this.minute=e.getUTCMinutes()+this.tz,this.hour=e.getUTCHours(),this.day=e.getUTCDate(),this.month=e.getUTCMonth(),this.year=e.getUTCFullYear(),this.apply();else try{let t=y(e,this.tz);this.ms=e.getMilliseconds(),this.second=t.s,this.minute=t.i,this.hour=t.h,this.day=t.d,this.month=t.m-1,this.year=t.y,this.cacheInstant(e.getTime()-this.ms)}catch(t){let n=t instanceof Error?t.message:String(t);throw new TypeError(`CronDate: Failed to convert date to timezone '${this.tz}'. This may happen with invalid timezone names or dates. Original error: ${n}`)}else this.ms=e.getMilliseconds(),this.second=e.getSeconds(),this.minute=e.getMinutes(),this.hour=e.getHours(),this.day=e.getDate(),this.month=e.getMonth(),this.year=e.getFullYear(),this.cacheInstant(e.getTime()-this.ms)}cacheInstant(e){this.instantMs=e;let{year:t,month:n,day:r,hour:a,minute:i,second:o}=this;this.instantFields=[t,n,r,a,i,o,this.tz]}cachedInstant(){let e=this.instantFields;if(!(e===void 0||e[6]!==this.tz)&&!(e[5]!==this.second||e[4]!==this.minute||e[3]!==this.hour)&&!(e[2]!==this.day||e[1]!==this.month||e[0]!==this.year))return this.instantMs}fromCronDate(e){this.tz=e.tz,this.year=e.year,this.month=e.month,this.day=e.day,this.hour=e.hour,this.minute=e.minute,this.second=e.second,this.ms=e.ms,this.instantMs=e.instantMs,this.instantFields=e.instantFields}apply(){if(this.month>11||this.month<0||this.day>this.getLastDayOfMonth(this.year,this.month)||this.day<1||this.hour>23||this.minute>59||this.second>59||this.hour<0||this.minute<0||this.second<0){let e=new Date(0);return e.setUTCFullYear(this.year,this.month,this.day),e.setUTCHours(this.hour,this.minute,this.second,this.ms),this.ms=e.getUTCMilliseconds(),this.second=e.getUTCSeconds(),this.minute=e.getUTCMinutes(),this.hour=e.getUTCHours(),this.day=e.getUTCDate(),this.month=e.getUTCMonth(),this.year=e.getUTCFullYear(),!0}else return!1}fromString(e){if(typeof this.tz=="number"){if(O(e))return this.fromDate(v(e));let t=v(e,"Etc/UTC");this.ms=t.getUTCMilliseconds(),this.second=t.getUTCSeconds(),this.minute=t.getUTCMinutes(),this.hour=t.getUTCHours(),this.day=t.getUTCDate(),this.month=t.getUTCMonth(),this.year=t.getUTCFullYear(),this.apply()}else return this.fromDate(v(e,this.tz))}findNext(e,t,n,r){return this._findMatch(e,t,n,r,1)}_matchDayValue(e,t,n,r){let a=e;if(!a){for(let i=0;i<n.nearestWeekdays.length;i++)if(n.nearestWeekdays[i]){let o=this.getNearestWeekday(this.year,this.month,i+1);if(o!==-1&&o===t){a=1;break}}}if(n.lastWeekday){let i=this.getLastWeekday(this.year,this.month);t===i&&(a=1)}if(n.lastDayOfMonth){let i=this.getLastDayOfMonth(this.year,this.month);t===i&&(a=1)}if(!n.starDOW){let i=new Date(g(this.year,this.month,1,0,0,0,0)).getUTCDay(),o=n.dayOfWeek[(i+(t-1))%7];o&&o&63&&(o=this.isNthWeekdayOfMonth(this.year,this.month,t,o)?1:0),n.useAndLogic?a=a&&o:!r.domAndDow&&!n.starDOM?a=a||o:a=a&&o}return a}_findMatch(e,t,n,r,a){let i=this[t],o=t==="day"?this.getLastDayOfMonth(this.year,this.month):0,u=this[t]+r,l=a===1?h=>h<n[t].length:h=>h>=0;for(let h=u;l(h);h+=a){let m=n[t][h];if(t==="day"){if(h-r>o)continue;m=this._matchDayValue(m,h-r,n,e)}if(m)return this[t]=h-r,i!==this[t]?2:1}return 3}recurse(e,t,n){let r=this.year,a=n;for(;typeof a=="number";){if(e.starYear&&Math.abs(this.year-r)>400)return null;a=this.recurseStep(e,t,a)}return a}recurseStep(e,t,n){if(n===0&&!e.starYear){if(this.year>=0&&this.year<e.year.length&&e.year[this.year]===0){let a=-1;for(let i=this.year+1;i<e.year.length&&i<1e4;i++)if(e.year[i]===1){a=i;break}if(a===-1)return null;this.year=a,this.month=0,this.day=1,this.hour=0,this.minute=0,this.second=0,this.ms=0}if(this.year>=1e4)return null}let r=this.findNext(t,f[n][0],e,f[n][2]);if(r>1){let a=n+1;for(;a<f.length;)this[f[a][0]]=-f[a][2],a++;if(r===3){if(this[f[n][1]]++,this[f[n][0]]=-f[n][2],this.apply(),n===0&&!e.starYear){for(;this.year>=0&&this.year<e.year.length&&e.year[this.year]===0&&this.year<1e4;)this.year++;if(this.year>=1e4||this.year>=e.year.length)return null}return 0}else if(this.apply())return n-1}return n+=1,n>=f.length?this:(e.starYear?this.year>=3e3:this.year>=1e4)?null:n}increment(e,t,n){return this.instantMs=void 0,this.instantFields=void 0,this.second+=t.interval!==void 0&&t.interval>1&&n?t.interval:1,this.ms=0,this.apply(),this.recurse(e,t,0)}decrement(e,t,n=!0){this.instantMs=void 0,this.instantFields=void 0;let r=t.interval!==void 0&&t.interval>=1;return(this.ms===0||r)&&(this.second-=r&&n?t.interval:1),this.ms=0,this.apply(),this.year<1?null:this.recurseBackward(e,t,0)}recurseBackward(e,t,n){let r=this.year,a=n;for(;typeof a=="number";){if(e.starYear&&Math.abs(this.year-r)>400)return null;a=this.recurseBackwardStep(e,t,a)}return a}recurseBackwardStep(e,t,n){if(n===0&&!e.starYear){if(this.year>=0&&this.year<e.year.length&&e.year[this.year]===0){let a=-1;for(let i=this.year-1;i>=0;i--)if(e.year[i]===1){a=i;break}if(a===-1)return null;this.year=a,this.month=11,this.day=31,this.hour=23,this.minute=59,this.second=59,this.ms=0}if(this.year<1)return null}let r=this.findPrevious(t,f[n][0],e,f[n][2]);if(r>1){let a=n+1;for(;a<f.length;){let i=f[a][0],o=f[a][2],u=this.getMaxPatternValue(i,e,o);this[i]=u,a++}if(r===3){if(this[f[n][1]]--,n===0){let u=this.getLastDayOfMonth(this.year,this.month);this.day>u&&(this.day=u)}if(n===1)if(this.day<=0)this.day=1;else{let u=this.year,l=this.month;for(;l<0;)l+=12,u--;for(;l>11;)l-=12,u++;let h=this.getLastDayOfMonth(u,l);this.day>h&&(this.day=h)}this.apply();let i=f[n][0],o=f[n][2];if(this[i]=this.getMaxPatternValue(i,e,o),this.apply(),n===0){let u=f[1][2],l=this.getMaxPatternValue("day",e,u);l!==this.day&&(this.day=l,this.hour=this.getMaxPatternValue("hour",e,f[2][2]),this.minute=this.getMaxPatternValue("minute",e,f[3][2]),this.second=this.getMaxPatternValue("second",e,f[4][2]))}if(n===0&&!e.starYear){for(;this.year>=0&&this.year<e.year.length&&e.year[this.year]===0;)this.year--;if(this.year<1)return null}return 0}else if(this.apply())return n-1}return n+=1,n>=f.length?this:this.year<1?null:n}getMaxPatternValue(e,t,n){let r=t[e].length-1-n;for(let a=t[e].length-1;a>=0;a--)if(t[e][a]){r=a-n;break}if(e==="day"){let a=this.getLastDayOfMonth(this.year,this.month);return t.lastWeekday||t.nearestWeekdays.some(i=>i)||t.lastDayOfMonth||!t.starDOW?a:Math.min(r,a)}return r}findPrevious(e,t,n,r){return this._findMatch(e,t,n,r,-1)}getDate(e){if(!e&&typeof this.tz!="number"){let t=this.cachedInstant();if(t!==void 0)return new Date(t+(this.tz===void 0?this.ms:0))}if(e||this.tz===void 0){if(this.year>=0&&this.year<100){let t=new Date(0);return t.setFullYear(this.year,this.month,this.day),t.setHours(this.hour,this.minute,this.second,this.ms),t}return new Date(this.year,this.month,this.day,this.hour,this.minute,this.second,this.ms)}else return typeof this.tz=="number"?new Date(g(this.year,this.month,this.day,this.hour,this.minute-this.tz,this.second,this.ms)):N(T(this.year,this.month+1,this.day,this.hour,this.minute,this.second,this.tz),!1)}getTime(){return this.getDate(!1).getTime()}match(e,t){if(!e.starYear&&(this.year<0||this.year>=e.year.length||e.year[this.year]===0))return!1;for(let n=0;n<f.length;n++){let r=f[n][0],a=f[n][2],i=this[r];if(i+a<0||i+a>=e[r].length)return!1;let o=e[r][i+a];if(r==="day"&&(o=this._matchDayValue(o,i,e,t)),!o)return!1}return!0}};function F(s){s===void 0&&(s={}),delete s.name,s.legacyMode!==void 0&&s.domAndDow===void 0?s.domAndDow=!s.legacyMode:s.domAndDow===void 0&&(s.domAndDow=!1),s.legacyMode=!s.domAndDow;let e=(n,r)=>n===void 0?r:n;if(s.paused=e(s.paused,!1),s.maxRuns=e(s.maxRuns,1/0),s.catch=e(s.catch,!1),s.unref=e(s.unref,!1),s.mode=e(s.mode,"auto"),s.alternativeWeekdays=e(s.alternativeWeekdays,!1),s.sloppyRanges=e(s.sloppyRanges,!1),s.fixedTimeRule=e(s.fixedTimeRule,"single-value"),s.allowPast=e(s.allowPast,!1),s.interval=s.interval===void 0?0:parseInt(s.interval.toString(),10),s.utcOffset=s.utcOffset===void 0?void 0:parseInt(s.utcOffset.toString(),10),s.dayOffset=s.dayOffset===void 0?0:parseInt(s.dayOffset.toString(),10),!["auto","5-part","6-part","7-part","5-or-6-parts","6-or-7-parts"].includes(s.mode))throw new Error("CronOptions: mode must be one of 'auto', '5-part', '6-part', '7-part', '5-or-6-parts', or '6-or-7-parts'.");if(!["single-value","no-wildcard"].includes(s.fixedTimeRule))throw new Error("CronOptions: fixedTimeRule must be one of 'single-value' or 'no-wildcard'.");s.timezone===""&&(s.timezone=void 0);let t=s.timezone??s.utcOffset;if(s.startAt&&(s.startAt=I(new c(s.startAt,t))),s.stopAt&&(s.stopAt=I(new c(s.stopAt,t))),s.interval!==null){if(isNaN(s.interval))throw new Error("CronOptions: Supplied value for interval is not a number");if(s.interval<0)throw new Error("CronOptions: Supplied value for interval can not be negative")}if(s.utcOffset!==void 0){if(isNaN(s.utcOffset))throw new Error("CronOptions: Invalid value passed for utcOffset, should be number representing minutes offset from UTC.");if(s.utcOffset<-870||s.utcOffset>870)throw new Error("CronOptions: utcOffset out of bounds.");if(s.utcOffset!==void 0&&s.timezone)throw new Error("CronOptions: Combining 'utcOffset' with 'timezone' is not allowed.")}if(s.unref!==!0&&s.unref!==!1)throw new Error("CronOptions: Unref should be either true, false or undefined(false).");if(s.dayOffset!==void 0&&s.dayOffset!==0&&isNaN(s.dayOffset))throw new Error("CronOptions: Invalid value passed for dayOffset, should be a number representing days to offset.");return s}function I(s){return s.ms?(s.ms=0,new c(new Date(s.getTime()+1e3),s.tz)):s}function b(s){return typeof s=="function"}function L(s){return b(s)}function Y(s){typeof Deno<"u"&&typeof Deno.unrefTimer<"u"?Deno.unrefTimer(s):s&&typeof s.unref<"u"&&s.unref()}var P=1440*60*1e3,$=30*1e3,M=[],j=class{name;options;_states;fn;_startAtRoundingMs=0;getTz(){return this.options.timezone??this.options.utcOffset}applyDayOffset(e){let t=this._offsetMs();return t?new Date(e.getTime()+t):e}_offsetMs(){return(this.options.dayOffset??0)*P}get _startAt(){return this.options.startAt}get _stopAt(){return this.options.stopAt}_nextTarget(e,t){let n=this._offsetMs(),r=this._next(this._shift(e),new Date(t.getTime()-n),{startAt:this._shift(this._startAt),stopAt:this._shift(this._stopAt)});return r?this.applyDayOffset(r.getDate(!1)):null}_previousTarget(e,t){let n=this._toMs(e??t)-this._offsetMs(),r=this._previous(new Date(n),{startAt:this._shift(this._startAt),stopAt:this._shift(this._stopAt)});return r?this.applyDayOffset(r.getDate(!1)):null}_shift(e){if(e!=null)return new c(new Date(this._toMs(e)-this._offsetMs()),this.getTz())}constructor(e,t,n){let r,a;if(b(t))a=t;else if(typeof t=="object")r=t;else if(t!==void 0)throw new Error("Cron: Invalid argument passed for optionsIn. Should be one of function, or object (options).");if(b(n))a=n;else if(typeof n=="object")r=n;else if(n!==void 0)throw new Error("Cron: Invalid argument passed for funcIn. Should be one of function, or object (options).");this.name=r?.name;let i=r?.startAt;this.options=F(r),i&&this._startAt&&(this._startAtRoundingMs=this._startAt.getTime()-new c(i,this.getTz()).getTime());let o=!!e&&(e instanceof Date||typeof e=="string"&&e.indexOf(":")>0);if(this._states={kill:!1,blocking:!1,previousRun:void 0,currentRun:void 0,once:void 0,currentTimeout:void 0,maxRuns:r?r.maxRuns:void 0,paused:r?r.paused:!1,pattern:o?new C("* * * * *",void 0,{mode:"auto"}):new C(e,this.options.timezone,{mode:this.options.mode,alternativeWeekdays:this.options.alternativeWeekdays,sloppyRanges:this.options.sloppyRanges,fixedTimeRule:this.options.fixedTimeRule})},o&&(this._states.once=new c(e,this.getTz())),this.name){if(M.find(l=>l.name===this.name))throw new Error("Cron: Tried to initialize new named job '"+this.name+"', but name already taken.");M.push(this)}return a!==void 0&&L(a)&&(this.fn=a,this.schedule()),this}nextRun(e){return this._nextTarget(e,new Date)}nextRuns(e,t){this._states.maxRuns!==void 0&&e>this._states.maxRuns&&(e=this._states.maxRuns);let n=t||this._states.currentRun||void 0;return this._enumerateRuns(e,n,"next")}previousRuns(e,t){return this._enumerateRuns(e,t||void 0,"previous")}enumerate(e){return new A(this,e)}_enumerateRuns(e,t,n){let r=[],a=new Date,i=t;for(;e-- >0;){let o=n==="next"?this._nextTarget(i,a):this._previousTarget(i,a);if(!o)break;r.push(o),i=o}return r}match(e){if(this._states.once){let n=new c(e,this.getTz());n.ms=0;let r=new c(this._states.once,this.getTz());return r.ms=0,n.getTime()===r.getTime()}let t=new c(e,this.getTz());return t.ms=0,t.match(this._states.pattern,this.options)}getPattern(){if(!this._states.once)return this._states.pattern?this._states.pattern.pattern:void 0}getOnce(){return this._states.once?this._states.once.getDate():null}isRunning(){return!this._states.paused&&!this._states.kill&&this.fn!==void 0&&this._nextTarget(this._states.currentRun,new Date)!==null}isStopped(){return this._states.kill}isBusy(){return this._states.blocking}currentRun(){return this._states.currentRun?this._states.currentRun.getDate():null}previousRun(){return this._states.previousRun?this._states.previousRun.getDate():null}msToNext(e){let t=new Date,n=this._nextTarget(e,t);return n?n.getTime()-this._toMs(e??t):null}stop(){this._states.kill=!0,this._states.currentTimeout&&clearTimeout(this._states.currentTimeout);let e=M.indexOf(this);e>=0&&M.splice(e,1)}pause(){return this._states.paused=!0,!this._states.kill}resume(){return this._states.paused=!1,!this._states.kill}schedule(e){return this._schedule(e)}_schedule(e,t){if(e&&this.fn)throw new Error("Cron: It is not allowed to schedule two functions using the same Croner instance.");e&&(this.fn=e);let n=t??new Date,r=this._nextTarget(void 0,n),a=r?r.getTime()-n.getTime():null,i=this._states.currentRun;i&&i.getTime()>n.getTime()&&(i=void 0);let o=this._nextTarget(i,n);return a===null||isNaN(a)||o===null?this:(a>$&&(a=$),a<0&&(a=this._states.paused?1e3:0),this._states.currentTimeout=setTimeout(()=>this._checkTrigger(o),a),this._states.currentTimeout&&this.options.unref&&Y(this._states.currentTimeout),this)}async _trigger(e=new Date){this._states.blocking=!0,this._states.currentRun=new c(e,this.getTz());try{if(this.options.catch)try{this.fn!==void 0&&await this.fn(this,this.options.context)}catch(t){if(b(this.options.catch))try{Promise.resolve(this.options.catch(t,this)).catch(()=>{})}catch{}}else this.fn!==void 0&&await this.fn(this,this.options.context)}finally{this._states.previousRun=new c(e,this.getTz()),this._states.blocking=!1}}async trigger(){await this._trigger()}runsLeft(){return this._states.maxRuns}_checkTrigger(e){let t=new Date,n=!this._states.paused&&t.getTime()>=e.getTime(),r=this._states.blocking&&this.options.protect;n&&!r?(this._states.maxRuns!==void 0&&this._states.maxRuns--,this._trigger(t)):n&&r&&b(this.options.protect)&&setTimeout(()=>this.options.protect(this),0),this._schedule(void 0,n?void 0:t)}_next(e,t,n){let r=n?n.startAt:this._startAt,a=n?n.stopAt:this._stopAt,i=!!e,o=!!(e||this._states.currentRun),u=!1;!e&&r&&this.options.interval&&(e=this._calculatePreviousRun(r,t),e&&(o=!0),u=!e);let l=e??t??new Date,h=this._toMs(l);e=new c(l,this.getTz()),r&&h<r.getTime()&&(e=u?r:new c(new Date(r.getTime()-1e3),this.getTz()),h=e.getTime());let m=this._states.once||new c(e,this.getTz());if(!u&&m!==this._states.once&&(m=this._findOccurrence(e,h,1,o)),this._states.once){let d=this._states.once.getTime(),p=h-d;if(r&&d<r.getTime()-this._startAtRoundingMs||this._states.currentRun&&this.applyDayOffset(this._states.once.getDate()).getTime()<=this._states.currentRun.getTime()||(i?p>=0:p>1e3&&!this.options.allowPast))return null}return m===null||this._states.maxRuns!==void 0&&this._states.maxRuns<=0||this._states.kill||a&&m.getTime()>=a.getTime()?null:m}_previous(e,t){let n=this._toMs(e??new Date);if(t.stopAt&&n>t.stopAt.getTime()&&(n=t.stopAt.getTime()),this._states.once)return this._states.once.getTime()<n?this._states.once:null;let r=this._findOccurrence(new c(new Date(n),this.getTz()),n,-1);return r===null||t.startAt&&r.getTime()<t.startAt.getTime()?null:r}_toMs(e){if(e instanceof Date)return e.getTime();let t=new c(e,this.getTz());return t.getTime()+(typeof t.tz=="string"?t.ms:0)}_findOccurrence(e,t,n,r=!1){let a=this.options.interval??0;if(a>1&&(n===-1||r)){t+=(a-1)*1e3*n;let m=new Date(t);if(isNaN(m.getTime())||(e=new c(m,this.getTz()),!(e.year>=1&&e.year<=9999)))return null;r=!1}let i=this._walk(e,t,n,r),o=this.getTz();if(this._states.pattern.isFixedTime&&n===1||typeof o=="number"||U(t,o)!==(n===1?"earlier":"later"))return i;let u=Math.floor(t/1e3)*1e3,l=n===1?k(u,u+P,o):k(u-P,u,o)-1e3;if(i&&(l-i.getTime())*n>0)return i;let h=this._walk(new c(new Date(l),o),l-n,n,!1,!0);return!i||!h?i??h:(i.getTime()-h.getTime())*n>0?h:i}_walk(e,t,n,r,a=!1){let i=this._states.pattern,o=(l,h)=>n===1?l.increment(i,this.options,h):l.decrement(i,this.options,h),u=new c(e,this.getTz());for((!a||!u.match(i,this.options))&&(u=o(u,r));u;){let l=this._runAt(u,t,n);if(l)return new c(l,this.getTz());u=o(u,!1)}return null}_runAt(e,t,n){let r=d=>(d.getTime()-t)*n>0,a=e.tz;if(typeof a=="number"){let d=e.getDate();return r(d)?d:null}let i=T(e.year,e.month+1,e.day,e.hour,e.minute,e.second,a),o=_(i),u=this._states.pattern.isFixedTime;if(o.kind==="single")return r(o.date)?o.date:null;if(o.kind==="ambiguous"){let{earlier:d,later:p}=o;return(u?[d]:n===1?[d,p]:[p,d]).find(r)??null}if(!u)return null;let l=new Date(k(o.before.getTime(),o.after.getTime(),a)),h=y(l,a);return h.y===i.y&&h.m===i.m&&h.d===i.d&&r(l)?l:null}_calculatePreviousRun(e,t){let n=new c(t,this.getTz()).getTime();if(e.getTime()>n)return;let r=this.options.interval*1e3,a=e;for(;a.getTime()+r<=n;){let i=this._findOccurrence(a,a.getTime(),1,!0);if(i===null)break;a=i}return a}},A=class{cron;cursor;now;done;initialMaxRuns;remainingRuns;constructor(e,t){this.cron=e,this.initialMaxRuns=e.runsLeft()??1/0,this.reset(t)}next(){if(this.done||this.remainingRuns<=0)return this.done=!0,{value:void 0,done:!0};let e=this.cron._nextTarget(this.cursor,this.now);return e===null?(this.done=!0,{value:void 0,done:!0}):(this.cursor=e,this.remainingRuns--,{value:e,done:!1})}peek(){return this.done||this.remainingRuns<=0?null:this.cron._nextTarget(this.cursor,this.now)}reset(e){this.cursor=e instanceof Date?new Date(e.getTime()):e??void 0,this.now=new Date,this.done=!1,this.remainingRuns=this.initialMaxRuns}[Symbol.iterator](){return this}};

;// CONCATENATED MODULE: ./packages/policy/src/freeze.ts


/** A croner schedule for a window; a bad cron expression or time zone is a ConfigurationError. */
function scheduleOf(window, where) {
    try {
        return new j(window.schedule, { timezone: window.timezone, paused: true });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${where}: "${window.schedule}" (timezone ${window.timezone}) is not a valid cron schedule: ${error.message}.`);
    }
}
/** Checks a window's cron expression and time zone, so a bad one fails when the policy is read; `where` names it. */
function checkFreezeWindow(window, where) {
    scheduleOf(window, where).stop();
}
/**
 * The freeze window in force at `at`, if any: a window is in force from each start its cron
 * schedule gives (in its time zone) for its duration, as Argo CD's sync windows are.
 */
function activeFreeze(rules, at) {
    for (const window of rules.freeze) {
        const cron = scheduleOf(window, `environments.${rules.name}.freeze`);
        // The latest start at or before `at` (a start exactly at `at` counts: croner's previous runs are strictly before).
        const startsAtNow = cron.match(at) && at.getUTCSeconds() === 0 && at.getUTCMilliseconds() === 0;
        const previous = startsAtNow ? at : cron.previousRuns(1, new Date(at.getTime()))[0];
        cron.stop();
        if (!previous)
            continue;
        const end = new Date(previous.getTime() + window.durationMs);
        if (at.getTime() < end.getTime())
            return { window, start: previous, end };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/policy/src/load.ts






/** Where the policy lives in the GitOps repository. */
const POLICY_PATH = '.shipgate/policy.yaml';
let validator;
function compiledSchema() {
    if (!validator) {
        // `default` and `description` are annotations; strict mode would reject nothing else we use.
        validator = new ajv.Ajv({ allErrors: false, strict: true }).compile(policy_schema_namespaceObject);
    }
    return validator;
}
/**
 * Parses and validates a policy file. Any problem is one `ConfigurationError` naming the file,
 * the line and the key, e.g. `.shipgate/policy.yaml line 7 (environments.production.approvals.min):
 * must be integer.`, located at that line of `.shipgate/policy.yaml` (so a failed step is annotated
 * there). `source` names the file in messages, e.g. `.shipgate/policy.yaml (blob 1a2b3c)`.
 */
function parsePolicy(text, source = POLICY_PATH) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const [syntax] = document.errors;
    if (syntax) {
        const { line, col } = syntax.linePos?.[0] ?? lines.linePos(syntax.pos[0]);
        throw new errors/* ConfigurationError */.j1(`${source} line ${line}: ${syntax.message.split('\n')[0]}`, {
            file: POLICY_PATH,
            line,
            column: col,
        });
    }
    const value = document.toJS({ maxAliasCount: 50 });
    const locate = (path, atKey = false) => {
        const node = nodeAt(document.contents, path, atKey);
        if (!node?.range)
            return { file: POLICY_PATH, line: 1 };
        const { line, col } = lines.linePos(node.range[0]);
        return { file: POLICY_PATH, line, column: col };
    };
    const validate = compiledSchema();
    if (!validate(value)) {
        const error = (validate.errors ?? [])[0];
        const path = instancePath(error);
        // An unknown key is the key's mistake, not its value's.
        const location = locate(path, error.keyword === 'additionalProperties');
        const key = path.length > 0 ? ` (${path.join('.')})` : '';
        throw new errors/* ConfigurationError */.j1(`${source} line ${location.line}${key}: ${describeError(error)}.`, location);
    }
    return normalize(value, policyKeys(source, locate));
}
function policyKeys(source, locate) {
    const at = (path) => `${source} line ${locate(path.split('.')).line} (${path})`;
    return {
        source,
        at,
        error: (path, problem) => new errors/* ConfigurationError */.j1(`${at(path)}: ${problem}`, locate(path.split('.'))),
        read: (path, read) => {
            try {
                return read();
            }
            catch (error) {
                throw error instanceof errors/* ConfigurationError */.j1 ? error.locatedAt(locate(path.split('.'))) : error;
            }
        },
    };
}
function instancePath(error) {
    const path = error.instancePath
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (error.keyword === 'additionalProperties')
        path.push(String(error.params.additionalProperty));
    return path;
}
function describeError(error) {
    if (error.keyword === 'additionalProperties')
        return `unknown key "${error.params.additionalProperty}"`;
    if (error.keyword === 'required')
        return `missing key "${error.params.missingProperty}"`;
    if (error.keyword === 'enum')
        return `${error.message} (${error.params.allowedValues.join(', ')})`;
    if (error.keyword === 'const')
        return `must be ${JSON.stringify(error.params.allowedValue)}`;
    return error.message ?? error.keyword;
}
/**
 * The YAML node at a path of keys and indexes (the key itself when `atKey`, or when it has no
 * value), else the deepest node found on the way.
 */
function nodeAt(root, path, atKey = false) {
    let node = root;
    let found = (0,dist/* isNode */.Ll)(root) ? root : undefined;
    for (const [index, part] of path.entries()) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isNode */.Ll)(item.key) && String(item.key.value) === part);
            if (!pair)
                return found;
            if (atKey && index === path.length - 1)
                return pair.key;
            found = ((0,dist/* isNode */.Ll)(pair.value) ? pair.value : pair.key) ?? found;
            if (!(0,dist/* isNode */.Ll)(pair.value))
                return pair.key;
            node = pair.value;
        }
        else if (node && typeof node === 'object' && 'items' in node) {
            const item = node.items[Number(part)];
            if (!(0,dist/* isNode */.Ll)(item))
                return found;
            found = item;
            node = item;
        }
        else {
            return found;
        }
    }
    return found;
}
function normalize(raw, keys) {
    const environments = Object.entries(raw.environments).map(([name, env]) => {
        const key = (path) => `environments.${name}.${path}`;
        const duration = (text, path) => keys.read(key(path), () => parseDuration(text, keys.at(key(path))));
        const approvals = env.approvals;
        return {
            name,
            paths: env.paths ?? [`apps/*/${name}`],
            ...(approvals
                ? {
                    approvals: {
                        min: approvals.min ?? 1,
                        approvers: approvals.approvers ?? [],
                        imageApprovers: approvals['image-approvers'] ?? [],
                        configApprovers: approvals['config-approvers'] ?? [],
                        allowSelfApproval: approvals['allow-self-approval'] ?? false,
                        ...(approvals['max-age'] ? { maxAgeMs: duration(approvals['max-age'], 'approvals.max-age') } : {}),
                    },
                }
                : {}),
            ...(env.scan?.require
                ? {
                    scan: {
                        require: 'pass',
                        ...(env.scan['max-age'] ? { maxAgeMs: duration(env.scan['max-age'], 'scan.max-age') } : {}),
                    },
                }
                : {}),
            ...(env['promote-from'] ? { promoteFrom: env['promote-from'] } : {}),
            ...(env.soak ? { soakMs: duration(env.soak, 'soak') } : {}),
            freeze: (env.freeze ?? []).map((window, index) => ({
                schedule: window.schedule,
                duration: window.duration,
                durationMs: duration(window.duration, `freeze.${index}.duration`),
                timezone: window.timezone ?? 'UTC',
                ...(window.reason ? { reason: window.reason } : {}),
            })),
            breakGlass: env['break-glass'] ?? [],
            signed: env.signed ?? false,
            ...(env.attestations
                ? { attestations: attestationRules(env.attestations, (path, problem) => keys.error(key(path), problem)) }
                : {}),
        };
    });
    for (const env of environments) {
        if (env.promoteFrom && !environments.some((other) => other.name === env.promoteFrom)) {
            throw keys.error(`environments.${env.name}.promote-from`, `names "${env.promoteFrom}", which is not an environment of the policy.`);
        }
        env.freeze.forEach((window, index) => {
            const path = `environments.${env.name}.freeze.${index}.schedule`;
            keys.read(path, () => checkFreezeWindow(window, keys.at(path)));
        });
    }
    return { version: 1, environments, source: keys.source };
}
function attestationRules(raw, problem) {
    const { repository, identity, ref } = raw;
    const owner = raw.owner ?? repository?.split('/')[0];
    if (raw.owner && repository && !repository.startsWith(`${raw.owner}/`)) {
        throw problem('attestations.owner', `is ${raw.owner}, but repository ${repository} has another owner.`);
    }
    let signerWorkflow = raw['signer-workflow'];
    if (signerWorkflow?.startsWith('.github/')) {
        if (!repository) {
            throw problem('attestations.signer-workflow', `${signerWorkflow} is relative, so "repository" must name the repository it is in.`);
        }
        signerWorkflow = `${repository}/${signerWorkflow}`;
    }
    if (identity?.startsWith('^')) {
        try {
            new RegExp(identity);
        }
        catch {
            throw problem('attestations.identity', 'is not a valid regular expression.');
        }
    }
    return {
        require: raw.require,
        ...(repository ? { repository } : {}),
        ...(owner ? { owner } : {}),
        ...(signerWorkflow ? { signerWorkflow } : {}),
        ...(ref ? { ref } : {}),
        ...(identity ? { identity } : {}),
    };
}
/** Whether deploys to this environment need approval evidence. */
function requiresApproval(rules) {
    return (rules?.approvals?.min ?? 0) > 0;
}

;// CONCATENATED MODULE: ./packages/trail/src/deployment.ts
/**
 * The deployment trail: the git trailers a deploy commit carries (../shared/DESIGN.md), and the
 * deployment read back from one commit. Writers and readers both go through these names.
 */
const deployment_TRAILER_KEYS = {
    app: 'Shipgate-App',
    environment: 'Shipgate-Environment',
    image: 'Shipgate-Image',
    source: 'Shipgate-Source',
    /** Committer time of the source commit (ISO 8601): orders deploys and gives DORA lead time. */
    sourceTime: 'Shipgate-Source-Time',
    run: 'Shipgate-Run',
    scan: 'Shipgate-Scan',
    configHash: 'Shipgate-Config-Hash',
    rollbackOf: 'Shipgate-Rollback-Of',
    rollbackTo: 'Shipgate-Rollback-To',
    reason: 'Shipgate-Reason',
    /** `true` on a deploy that removed the path's files on purpose (`allow-empty`). */
    removal: 'Shipgate-Removal',
    /** The landing-queue request a replayed deploy came from: its nonce, single-use. */
    request: 'Shipgate-Request',
    /** `true` on a deploy marked as a hotfix: unplanned, for an incident (DORA's rework rate). */
    hotfix: 'Shipgate-Hotfix',
    approvedBy: 'Approved-by',
    /** The evidence of one approval: an issue comment URL or a run URL. */
    approval: 'Shipgate-Approval',
    /** The blob id of the `.shipgate/policy.yaml` that was applied. */
    policy: 'Shipgate-Policy',
    breakGlass: 'Shipgate-Break-Glass',
    /** What was verified of an image's signed attestations (one per image), when the policy requires them. */
    attestations: 'Shipgate-Attestations',
};

;// CONCATENATED MODULE: ./packages/trail/src/trailers.ts


/**
 * A trailer value as one safe line: control characters (newlines above all, which would start a
 * forged trailer or paragraph) become spaces, runs of whitespace collapse.
 */
function sanitizeTrailerValue(value) {
    return value
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
const MAX_SCAN_TRAILER_LENGTH = 500;
/**
 * A `Shipgate-Scan` value handed over as text rather than as a scan record: promote's `scan`
 * output, or the trailer of the deploy a rollback restores. It carries a verdict already recorded
 * in the trail, so it is checked for shape only: one sanitised line that starts with `pass` or
 * `fail`, the verdict promote and the report read back.
 */
function normalizeScanTrailer(value, inputName = 'scan') {
    const clean = sanitizeTrailerValue(value);
    const verdict = clean.split(';')[0]?.trim().toLowerCase();
    if (verdict !== 'pass' && verdict !== 'fail') {
        throw new ConfigurationError(`Input "${inputName}" must be a Shipgate-Scan value starting with "pass" or "fail" (e.g. "pass; trivy 0.58.1; critical=0 high=2"), got "${clean.slice(0, 80)}".`);
    }
    if (clean.length > MAX_SCAN_TRAILER_LENGTH) {
        throw new ConfigurationError(`Input "${inputName}" must be at most ${MAX_SCAN_TRAILER_LENGTH} characters, got ${clean.length}.`);
    }
    return clean;
}
const SINGLE_VALUED = [
    ['app', deployment_TRAILER_KEYS.app],
    ['environment', deployment_TRAILER_KEYS.environment],
];
const OPTIONAL_SINGLE = [
    ['source', deployment_TRAILER_KEYS.source],
    ['sourceTime', deployment_TRAILER_KEYS.sourceTime],
    ['run', deployment_TRAILER_KEYS.run],
    ['scan', deployment_TRAILER_KEYS.scan],
    ['configHash', deployment_TRAILER_KEYS.configHash],
    ['rollbackOf', deployment_TRAILER_KEYS.rollbackOf],
    ['rollbackTo', deployment_TRAILER_KEYS.rollbackTo],
    ['reason', deployment_TRAILER_KEYS.reason],
    ['request', deployment_TRAILER_KEYS.request],
    ['policy', deployment_TRAILER_KEYS.policy],
    ['breakGlass', deployment_TRAILER_KEYS.breakGlass],
];
/** The trailer lines of a deploy commit, in DESIGN.md's order; empty values are left out. */
function formatTrailers(trail) {
    const lines = [];
    const add = (key, value) => {
        const clean = value === undefined ? '' : sanitizeTrailerValue(value);
        if (clean)
            lines.push(`${key}: ${clean}`);
    };
    for (const [field, key] of SINGLE_VALUED)
        add(key, trail[field]);
    for (const ref of trail.imageRefs)
        add(TRAILER_KEYS.image, ref);
    for (const [field, key] of OPTIONAL_SINGLE)
        add(key, trail[field]);
    if (trail.removal)
        add(TRAILER_KEYS.removal, 'true');
    if (trail.hotfix)
        add(TRAILER_KEYS.hotfix, 'true');
    for (const approver of trail.approvedBy)
        add(TRAILER_KEYS.approvedBy, approver);
    for (const url of trail.approvals ?? [])
        add(TRAILER_KEYS.approval, url);
    for (const verified of trail.attestations ?? [])
        add(TRAILER_KEYS.attestations, verified);
    return lines;
}
const TRAILER_LIKE = /^\s*(shipgate-[a-z0-9-]*|approved-by)\s*[:=]/i;
/**
 * The full commit message: the rendered template with any line that looks like one of our
 * trailers removed (a template or placeholder value must not forge the trail), then a blank line
 * and the trailer block as the last paragraph, where git looks for trailers.
 */
function buildCommitMessage(message, trail) {
    const kept = message
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .filter((line) => !TRAILER_LIKE.test(line))
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    const subject = kept || `Deploy ${sanitizeTrailerValue(trail.app)} to ${sanitizeTrailerValue(trail.environment)}`;
    return `${subject}\n\n${formatTrailers(trail).join('\n')}\n`;
}
function parseTrailerLines(lines) {
    const trailers = [];
    for (const line of lines) {
        const match = line.match(/^([A-Za-z0-9][A-Za-z0-9-]*)\s*:\s*(.*)$/);
        if (match?.[1] && match[2] !== undefined)
            trailers.push({ key: match[1], value: match[2].trim() });
    }
    return trailers;
}
const LIST_VALUED = [
    ['imageRefs', deployment_TRAILER_KEYS.image],
    ['approvedBy', deployment_TRAILER_KEYS.approvedBy],
    ['approvals', deployment_TRAILER_KEYS.approval],
    ['attestations', deployment_TRAILER_KEYS.attestations],
];
const FLAGS = [
    ['removal', deployment_TRAILER_KEYS.removal],
    ['hotfix', deployment_TRAILER_KEYS.hotfix],
];
/** Trailer key, lowercased (git matches keys in any case) → the slot it fills. */
const TRAIL_SLOTS = new Map([
    ...[...SINGLE_VALUED, ...OPTIONAL_SINGLE].map(slotEntry('single')),
    ...LIST_VALUED.map(slotEntry('list')),
    ...FLAGS.map(slotEntry('flag')),
]);
function slotEntry(kind) {
    return ([field, key]) => [
        key.toLowerCase(),
        { field, kind },
    ];
}
/**
 * The deployment trail a commit's trailers describe, or `undefined` when it has no
 * `Shipgate-App` and `Shipgate-Environment` (not a deploy commit). Keys match case-insensitively,
 * as git's do; a repeated single-valued key keeps its first value, empty values count for nothing.
 */
function trailFromTrailers(trailers) {
    // One pass, one lookup a trailer: a writer reads every commit of a branch's history through here.
    const firsts = new Map();
    const lists = {
        imageRefs: [],
        approvedBy: [],
        approvals: [],
        attestations: [],
    };
    for (const { key, value } of trailers) {
        if (value === '')
            continue;
        const slot = TRAIL_SLOTS.get(key.toLowerCase());
        if (!slot)
            continue;
        if (slot.kind === 'list')
            lists[slot.field].push(value);
        else if (!firsts.has(slot.field))
            firsts.set(slot.field, value);
    }
    const app = firsts.get('app');
    const environment = firsts.get('environment');
    if (!app || !environment)
        return undefined;
    const trail = { app, environment, imageRefs: lists.imageRefs, approvedBy: lists.approvedBy };
    if (lists.approvals.length > 0)
        trail.approvals = lists.approvals;
    if (lists.attestations.length > 0)
        trail.attestations = lists.attestations;
    for (const [field] of OPTIONAL_SINGLE) {
        const value = firsts.get(field);
        if (value !== undefined)
            trail[field] = value;
    }
    if (firsts.get('removal')?.toLowerCase() === 'true')
        trail.removal = true;
    if (firsts.get('hotfix')?.toLowerCase() === 'true')
        trail.hotfix = true;
    return trail;
}

;// CONCATENATED MODULE: ./packages/verify/src/commit-log.ts

const FIELD = '\u001f';
const TRAILER_SEPARATOR = '\u001e';
/**
 * One header per commit for `git log -z --name-only --no-renames`: sha, parents, committer time,
 * author and committer (`name <email>`), subject, then the trailers of the last paragraph, unfolded.
 * The header is followed by the paths the commit changed against its first parent.
 */
const VERIFY_LOG_FORMAT = [
    '%H',
    '%P',
    '%cI',
    '%an <%ae>',
    '%cn <%ce>',
    '%s',
    '%(trailers:only=true,unfold=true,separator=%x1e)',
].join('%x1f');
/**
 * Parses `git log -z --name-only --format=VERIFY_LOG_FORMAT`: each header is NUL-terminated and
 * followed by `\n` and NUL-terminated paths. A header is the token holding the field separator,
 * which git never puts in a path it prints with -z unless the path itself holds one; such a path
 * would not start with a 40- or 64-hex sha and a separator, so it stays a path.
 */
function parseCommitLog(output) {
    const commits = [];
    for (const raw of output.split('\u0000')) {
        const token = raw.replace(/^\n/, '');
        if (!token)
            continue;
        const header = /^([0-9a-f]{40}|[0-9a-f]{64})\u001f/.test(token) ? token.split(FIELD) : undefined;
        if (header && header.length >= 7) {
            const [sha = '', parents = '', committedAt = '', author = '', committer = '', subject = ''] = header;
            const trailerText = header.slice(6).join(FIELD);
            commits.push({
                sha,
                parents: parents.split(' ').filter(Boolean),
                committedAt,
                author,
                committer,
                subject,
                trailers: parseTrailerLines(trailerText.split(TRAILER_SEPARATOR).map((line) => line.trim())),
                files: [],
            });
            continue;
        }
        commits.at(-1)?.files.push(token);
    }
    return commits;
}

// EXTERNAL MODULE: ./packages/attest/src/deploy-statement.ts
var deploy_statement = __nccwpck_require__(36644);
;// CONCATENATED MODULE: ./packages/attest/src/github-store.ts
/**
 * GitHub's artifact attestations API: where `actions/attest` stores bundles and `gh attestation
 * verify` reads them by default. Shipgate posts there in addition to the registry when the token
 * allows (`attestations: write`); a refusal is a warning, since the registry copy is what the
 * cluster and promote read.
 */

/** Posts one bundle; returns the attestation id, or undefined (with a warning) when GitHub refuses. */
async function github_store_postGitHubAttestation(client, repository, bundle, log) {
    const [owner, repo] = repository.split('/');
    try {
        const response = await client.request('POST /repos/{owner}/{repo}/attestations', {
            params: { owner: owner ?? '', repo: repo ?? '' },
            body: { bundle },
        });
        return response.data.id;
    }
    catch (error) {
        if (error instanceof GitHubApiError && [401, 403, 404, 422].includes(error.status ?? 0)) {
            log.warning(`GitHub did not store the attestation in ${repository} (${error.status}); the job's token needs "permissions: attestations: write". It is in the registry.`);
            return undefined;
        }
        throw error;
    }
}
/** The bundles GitHub holds for `digest` in `repository` (at most 100: the newest page). */
async function github_store_readGitHubAttestations(client, repository, digest) {
    const [owner, repo] = repository.split('/');
    let response;
    try {
        response = await client.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
            params: { owner: owner ?? '', repo: repo ?? '', subject_digest: digest },
            query: { per_page: 100 },
        });
    }
    catch (error) {
        // GitHub answers 404 for a digest it holds no attestation of; verification names what is missing.
        if (error instanceof github_client/* GitHubApiError */.O && error.status === 404)
            return [];
        throw error;
    }
    return (response.data.attestations ?? [])
        .filter((entry) => Boolean(entry.bundle))
        .map((entry, index) => ({ bundle: entry.bundle, source: `${repository} attestation ${index + 1} for ${digest}` }));
}

;// CONCATENATED MODULE: ./packages/attest/src/oidc.ts

class oidc_AttestationError extends errors/* ShipgateError */.Yu {
    name = 'AttestationError';
}
/** The claims of a JWT, unverified: used only to describe the run in the provenance Fulcio will certify. */
function oidc_tokenClaims(token) {
    const payload = token.split('.')[1] ?? '';
    try {
        return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        throw new oidc_AttestationError("The job's OIDC token is not a JWT.");
    }
}

;// CONCATENATED MODULE: ./packages/attest/src/pipeline.ts







/** Gets the token (keyless) once, so the statement's run and Fulcio's certificate say the same. */
async function prepareSigning(settings, setSecret) {
    if (settings.signing === 'key')
        return { settings: { mode: 'key', privateKey: settings.privateKey }, run: settings.run };
    const token = await settings.idToken('sigstore');
    setSecret(token);
    return {
        run: workflowRunFromClaims(tokenClaims(token), settings.serverUrl),
        settings: {
            mode: 'keyless',
            fulcioUrl: settings.fulcioUrl,
            rekorUrl: settings.rekorUrl,
            tsaUrl: settings.tsaUrl,
            retries: settings.retries,
            identityToken: async () => token,
        },
    };
}
/** Signs each statement and attaches the bundle to the image; nothing is attached unless all are signed. */
async function attestImage(options) {
    const bundles = [];
    for (const statement of options.statements)
        bundles.push(await signStatement(statement, options.signing));
    const name = options.imageRef.slice(0, options.imageRef.indexOf('@'));
    const attached = [];
    for (const [index, bundle] of bundles.entries()) {
        const predicateType = options.statements[index].predicateType;
        const result = await attachBundle({
            imageRef: options.imageRef,
            bundle,
            predicateType,
            registry: options.registry,
            credentials: options.credentials,
            settleMs: options.settleMs,
        });
        options.log.info(`Attached a signed ${predicateType} attestation to ${options.imageRef} (${result.digest}).`);
        attached.push({ predicateType, artifact: `${name}@${result.digest}` });
        if (options.github) {
            const client = createGitHubClient({
                token: options.github.token,
                baseUrl: options.github.apiUrl,
                log: options.log,
            });
            const id = await postGitHubAttestation(client, options.github.repository, bundle, options.log);
            if (id !== undefined)
                options.log.info(`Stored it in ${options.github.repository}'s attestations too (id ${id}).`);
        }
    }
    return attached;
}
/** Reads the digest's bundles from the registry and verifies them; throws AttestationRefusedError. */
async function verifyImageAttestations(options) {
    const digest = options.imageRef.slice(options.imageRef.indexOf('@') + 1);
    const bundles = options.github
        ? await readGitHubAttestations(createGitHubClient({ token: options.github.token, baseUrl: options.github.apiUrl, log: options.log }), options.github.repository, digest)
        : options.registry
            ? await readBundles(options.registry, options.imageRef, {
                predicateTypes: options.requirements.require.map((kind) => PREDICATE_TYPES[kind]),
            })
            : [];
    // @sigstore/verify is loaded by the first verification, not with the module.
    const { verifyAttestations } = await Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(463), __nccwpck_require__.e(187), __nccwpck_require__.e(230)]).then(__nccwpck_require__.bind(__nccwpck_require__, 48230));
    const result = verifyAttestations(digest, bundles, options.trust, options.requirements);
    options.log.info(`Verified the attestations of ${options.imageRef}: ${result.trailer}.`);
    return result;
}
/** build-image: SLSA provenance of the pushed digest, signed and attached. */
async function attestBuild(settings, imageRef, dependencies) {
    const signing = await prepareSigning(settings, dependencies.setSecret);
    return attestImage({
        ...dependencies,
        imageRef,
        statements: [provenanceStatement(imageRef, signing.run)],
        signing: signing.settings,
        github: settings.github,
    });
}
/** scan-image: the verdict (pass or fail) of the scanned digest, signed and attached. */
async function attestScan(settings, imageRef, scan, dependencies, 
/** The scanner's raw report: its package list becomes a CycloneDX SBOM attestation too. */
sbomFrom) {
    if (sbomFrom === '')
        throw new AttestationError('The scan record names no report file to take the SBOM from.');
    const sbom = sbomFrom ? await sbomOf(imageRef, sbomFrom) : undefined;
    const signing = await prepareSigning(settings, dependencies.setSecret);
    const run = signing.run;
    const runUrl = run.repository && run.runId ? `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}` : '';
    return attestImage({
        ...dependencies,
        imageRef,
        statements: [scanStatement(imageRef, { ...scan, runUrl }), ...(sbom ? [sbom] : [])],
        signing: signing.settings,
        github: settings.github,
    });
}
/** The SBOM statement from the scanner's report; CycloneDX is loaded only for it. */
async function sbomOf(imageRef, reportFile) {
    const report = JSON.parse(await readFile(reportFile, 'utf8'));
    const { sbomStatement, trivyPackages } = await Promise.all(/* import() */[__nccwpck_require__.e(761), __nccwpck_require__.e(534)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47534));
    return sbomStatement(imageRef, trivyPackages(report));
}
/**
 * promote's copy to another repository keeps the digest, so the bundles stay valid there; they are
 * re-attached to the copy, so admission policies that look in the target repository find them.
 */
async function copyAttestations(fromRef, toRef, dependencies) {
    const bundles = await readBundles(dependencies.registry, fromRef);
    for (const { bundle } of bundles) {
        const payload = bundle.dsseEnvelope?.payload;
        const predicateType = payload
            ? String(JSON.parse(Buffer.from(payload, 'base64').toString('utf8')).predicateType ?? '')
            : '';
        await attachBundle({
            imageRef: toRef,
            bundle,
            predicateType,
            registry: dependencies.registry,
            credentials: dependencies.credentials,
            settleMs: dependencies.settleMs,
        });
    }
    dependencies.log.info(`Copied ${bundles.length} attestation(s) of ${fromRef} to ${toRef}.`);
    return bundles.length;
}
/**
 * gitops-commit's check of a policy's `attestations` (the scan's max-age is the policy's
 * `scan.max-age`), and of its `scan: {require: pass}` (require `['scan']`): repository, owner,
 * signer-workflow and ref compared exactly with the certificate; a legacy `identity` is the SAN
 * exactly, or, starting with `^`, an anchored regular expression. Keyless, a policy that names no
 * signer at all is refused: any workflow could sign. Bundles come from the registry's referrers,
 * or from GitHub's attestations API when `github` is given.
 */
function pipeline_policyAttestationVerifier(trust, dependencies) {
    return async (imageRef, rules) => {
        const unknown = rules.require.find((kind) => !(kind in PREDICATE_TYPES));
        if (unknown)
            throw new AttestationError(`The policy requires a "${unknown}" attestation, which Shipgate cannot verify.`);
        return verifyImageAttestations({
            imageRef,
            registry: dependencies.registry,
            credentials: dependencies.credentials,
            log: dependencies.log,
            ...(dependencies.github ? { github: dependencies.github } : {}),
            trust,
            requirements: {
                ...policyRequirements(rules, trust),
                ...(dependencies.serverUrl ? { serverUrl: dependencies.serverUrl } : {}),
            },
        });
    };
}
/** The requirements a policy's `attestations` make, every identity field exact. */
function policyRequirements(rules, trust) {
    const { identity } = rules;
    const names = identity || rules.repository || rules.owner || rules.signerWorkflow;
    if (trust.mode === 'keyless' && !names) {
        throw new oidc_AttestationError("The policy's attestations name no signer (repository, owner, signer-workflow or identity), so a signature by any workflow would count.");
    }
    return {
        require: rules.require,
        ...(identity ? { identity: identity.startsWith('^') ? { pattern: identity } : { exact: identity } } : {}),
        ...(rules.repository ? { sourceRepository: rules.repository } : {}),
        ...(rules.owner ? { sourceOwner: rules.owner } : {}),
        ...(rules.signerWorkflow ? { signerWorkflow: rules.signerWorkflow } : {}),
        ...(rules.ref ? { sourceRef: rules.ref } : {}),
        ...(rules.scanMaxAgeMs !== undefined ? { scanMaxAgeMs: rules.scanMaxAgeMs } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/trail/src/source.ts
/**
 * The one reading of `Shipgate-Source` (and of the `source` input it comes from): `undefined` for
 * anything but `owner/repo@<revision>`.
 */
function parseSource(value) {
    const match = /^([^/@\s]+\/[^/@\s]+)@([^@\s]+)$/.exec(value?.trim() ?? '');
    if (!match)
        return undefined;
    const [, repository = '', revision = ''] = match;
    return { repository, revision, ...(/^[0-9A-Fa-f]{7,64}$/.test(revision) ? { sha: revision } : {}) };
}
/** The source repository and commit, when the value names a commit by its id. */
function sourceCommit(value) {
    const source = parseSource(value);
    return source?.sha ? { repository: source.repository, sha: source.sha } : undefined;
}

;// CONCATENATED MODULE: ./packages/verify/src/scan-evidence.ts
/**
 * The verifier's side of "claims are re-derived" for scans: a `Shipgate-Scan: pass` trailer is text
 * anyone with push access can write, so where an environment requires a scan pass, verify-deployments
 * re-reads the signed scan attestations of each deployed digest from GitHub's attestations API and
 * verifies them as gitops-commit did (@shipgate/attest's verifyAttestations: trusted root or key,
 * the signer identity, the subject digest, the newest verdict pass, within the scan max-age).
 *
 * Where the bundles are read: the repository named by verify-deployments' `attestation-repository`
 * input when set, else the deploy's `Shipgate-Source` repository (where build-image and scan-image
 * store them). Where they are read from grants no trust: a bundle counts only when it verifies and
 * its certificate names the configured identity, so a `Shipgate-Source` pointing elsewhere can only
 * make the scan unverifiable, never pass it. Keyless trust without an identity (the policy's
 * `attestations.identity` or the input `attestation-identity`) could be satisfied by any workflow
 * on GitHub, so it gives "could not verify".
 */


/** Every problem a verifier of this module cannot decide starts so: a "could not verify", never a pass. */
const COULD_NOT_VERIFY = 'could not verify';
/** Whether a problem from `scanEvidenceProblem` or `deployStatementProblem` means "could not verify" rather than a violation. */
function isUnverifiable(problem) {
    return problem.startsWith(COULD_NOT_VERIFY);
}
/**
 * The verifier verify-deployments' judge calls for each digest of each deploy whose environment
 * says `scan: {require: pass}`. The bundles of a (repository, digest) are read once for the whole
 * range, however many deploys run the digest.
 */
function scanEvidenceVerifier(options) {
    const reads = new Map();
    const read = (repository, digest) => {
        const key = `${repository.toLowerCase()} ${digest}`;
        let bundles = reads.get(key);
        if (!bundles) {
            bundles = github_store_readGitHubAttestations(options.client, repository, digest);
            reads.set(key, bundles);
        }
        return bundles;
    };
    return async (digest, environment, context = {}) => {
        if (environment.scan?.require !== 'pass')
            return undefined;
        const requires = `${environment.name} requires a signed scan pass`;
        if (!/^sha256:[0-9a-f]{64}$/.test(digest))
            return `its image ${digest} is not pinned by a sha256 digest, and ${requires}`;
        const { trust } = options;
        if (!trust)
            return `${COULD_NOT_VERIFY} its scan: ${requires} and no trusted-root or verify-key is configured`;
        // The policy's identity is a regular expression (as gitops-commit applies it); the input's is
        // exact unless it starts with `^` (as promote's attestation-identity).
        const named = signerOf(environment, options.identity, trust);
        if (trust.mode === 'keyless' && !named) {
            return `${COULD_NOT_VERIFY} its scan: ${requires} and no attestation identity (the policy's attestations or the input attestation-identity) names who may sign it`;
        }
        const repository = options.repository ?? parseSource(context.source)?.repository;
        if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
            return `${COULD_NOT_VERIFY} its scan: ${requires} and no repository to read its attestations from (no attestation-repository input, no Shipgate-Source)`;
        }
        let bundles;
        try {
            bundles = await read(repository, digest);
        }
        catch (error) {
            return `${COULD_NOT_VERIFY} its scan: reading the attestations of ${digest} in ${repository} failed: ${message(error)}`;
        }
        const requirements = {
            require: ['scan'],
            ...named,
            ...(options.issuer ? { issuer: options.issuer } : {}),
            ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
            ...(environment.scan.maxAgeMs !== undefined ? { scanMaxAgeMs: environment.scan.maxAgeMs } : {}),
            ...(context.at ? { now: context.at } : {}),
        };
        // @sigstore/verify is loaded by the first verification, not with the module.
        const { AttestationRefusedError, verifyAttestations } = await Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(463), __nccwpck_require__.e(187), __nccwpck_require__.e(315)]).then(__nccwpck_require__.bind(__nccwpck_require__, 64315));
        try {
            verifyAttestations(digest, bundles, trust, requirements);
            return undefined;
        }
        catch (error) {
            if (error instanceof AttestationRefusedError) {
                return `its image ${digest} has no verified scan pass in ${repository} (${message(error).replace(/\.$/, '')}), and ${requires}`;
            }
            return `${COULD_NOT_VERIFY} its scan: ${message(error)}`;
        }
    };
}
function message(error) {
    return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
/**
 * Who may sign the scan attestation: the policy's `attestations` signer as gitops-commit applies it
 * (repository, owner, signer workflow and ref exactly; a legacy identity exact, or an anchored
 * regular expression when it starts with `^`), else the `attestation-identity` input.
 */
function signerOf(environment, input, trust) {
    const rules = environment.attestations;
    if (rules && (rules.identity || rules.repository || rules.owner || rules.signerWorkflow)) {
        const { require: _scan, ...signer } = policyRequirements({ ...rules, require: ['scan'] }, trust);
        return signer;
    }
    if (!input)
        return undefined;
    return { identity: input.startsWith('^') ? { pattern: input } : { exact: input } };
}

;// CONCATENATED MODULE: ./packages/verify/src/deploy-statement.ts
/**
 * The verifier's side of deploy statements (see @shipgate/attest's deploy-statement.ts): an
 * environment review approves a run, not bytes, so a deploy it approves counts only when the run
 * signed a statement of exactly the content committed. gitops-commit pushes the bundle atomically
 * with the deploy commit under `refs/shipgate/statements/<commit>`; here they are fetched once per
 * range (one `git fetch` of the namespace into the verifier's clone) and each is verified against
 * the trusted root: a certificate whose run invocation URI names the deploy's `Shipgate-Run`, a
 * statement naming this repository, path, tree id, config hash and digests.
 */



const NO_DEPLOY_STATEMENT = 'its content is not bound to the approved run (no signed deploy statement)';
/**
 * `deployStatementProblem(commitSha, expected)`: `undefined` when the commit's deploy statement
 * binds exactly `expected` to its run; a violation clause when it is missing or binds something
 * else; a clause starting "could not verify" (isUnverifiable) when there is no keyless trust or the
 * statements could not be fetched. The statements namespace is fetched once, on first use.
 */
function deployStatementVerifier(options) {
    let fetched;
    const fetchStatements = () => {
        fetched ??= fetch(options.git, {
            refspecs: [`+${deploy_statement/* DEPLOY_STATEMENT_REF_PREFIX */.RX}*:${deploy_statement/* DEPLOY_STATEMENT_REF_PREFIX */.RX}*`],
            ignoreReturnCode: true,
        }).then((result) => result.exitCode === 0
            ? undefined
            : result.stderr.trim().split('\n').at(-1) || `git fetch exited ${result.exitCode}`);
        return fetched;
    };
    return async (commitSha, expected) => {
        const { trust } = options;
        if (trust?.mode !== 'keyless') {
            return `${COULD_NOT_VERIFY} that its content was produced by the approved run: a deploy statement is signed keyless, and no trusted-root is configured`;
        }
        const failure = await fetchStatements();
        if (failure)
            return `${COULD_NOT_VERIFY} its deploy statement: fetching ${deploy_statement/* DEPLOY_STATEMENT_REF_PREFIX */.RX}* failed: ${failure}`;
        const read = await options.git(['cat-file', 'blob', `${(0,deploy_statement/* deployStatementRef */.QT)(commitSha)}:${deploy_statement/* DEPLOY_STATEMENT_FILE */.dH}`], {
            ignoreReturnCode: true,
        });
        if (read.exitCode !== 0)
            return NO_DEPLOY_STATEMENT;
        let bundle;
        try {
            bundle = JSON.parse(read.stdout);
        }
        catch {
            return 'its deploy statement is not a Sigstore bundle (JSON)';
        }
        // @sigstore/verify is loaded by the first verification, not with the module.
        const { deployStatementProblem } = await Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(463), __nccwpck_require__.e(187), __nccwpck_require__.e(315)]).then(__nccwpck_require__.bind(__nccwpck_require__, 64315));
        return deployStatementProblem(bundle, trust, expected, options.issuer ? { issuer: options.issuer } : {});
    };
}

;// CONCATENATED MODULE: ./packages/manifests/src/documents.ts


/**
 * Aliases one document may expand. Real manifests use a handful; a "billion laughs" document
 * needs thousands, and the yaml library refuses it before it exhausts memory.
 */
const MAX_ALIAS_COUNT = 100;
// Kubernetes reads manifests with go-yaml (YAML 1.1), where `yes`, `on` and `0777` are not strings:
// parsing and writing as 1.1 keeps what we write meaning what the cluster will read.
const YAML_VERSION = '1.1';
/**
 * Parses `text` once for every reader of it (the verifier's content rule and its config hash read
 * the same committed files): parsing is most of what reading a long history of deploys costs.
 */
function parseYamlStream(text) {
    const lines = new dist/* LineCounter */.HN();
    return {
        documents: (0,dist/* parseAllDocuments */.hR)(text, { version: YAML_VERSION, prettyErrors: true, lineCounter: lines }),
        lines,
    };
}
/**
 * Parses a multi-document YAML stream into resources. Empty documents are skipped and `kind: List`
 * is expanded. Throws a `ConfigurationError` naming `origin`, the line and the column on a syntax
 * error, and on a document that expands too many aliases.
 */
function parseManifestStream(text, origin, options = {}) {
    const { documents: list, lines } = options.parsed ?? parseYamlStream(text);
    const { file } = options;
    const locate = (offset) => file === undefined ? undefined : { file, line: offset === undefined ? 1 : lines.linePos(offset).line };
    const resources = [];
    const numbered = list.length > 1;
    list.forEach((document, index) => {
        const where = documentOrigin(document, origin, numbered ? index + 1 : undefined, options);
        const error = document.errors[0];
        if (error) {
            const position = error.linePos?.[0];
            const at = position ? ` at line ${position.line}, column ${position.col}` : '';
            throw new errors/* ConfigurationError */.j1(`${origin} has a YAML syntax error${at}: ${firstLine(error.message)}.`, file === undefined ? undefined : { file, ...(position ? { line: position.line, column: position.col } : {}) });
        }
        const location = locate(document.contents?.range?.[0] ?? document.range[0]);
        let value;
        try {
            value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (caught) {
            if (caught instanceof ReferenceError) {
                throw new errors/* ConfigurationError */.j1(`${where} expands more than ${MAX_ALIAS_COUNT} YAML aliases, which is refused as a resource exhaustion attack.`, location);
            }
            throw caught;
        }
        if (value === null || value === undefined)
            return;
        if (!isPlainObject(value)) {
            throw new errors/* ConfigurationError */.j1(`${where} is not a YAML mapping (a Kubernetes object).`, location);
        }
        if (value.kind === 'List' && Array.isArray(value.items)) {
            const itemNodes = listItemNodes(document);
            value.items.forEach((item, itemIndex) => {
                const itemOrigin = `${where}, item ${itemIndex + 1}`;
                const itemLocation = locate(itemNodes[itemIndex]?.range?.[0]) ?? location;
                if (!isPlainObject(item))
                    throw new errors/* ConfigurationError */.j1(`${itemOrigin} is not a Kubernetes object.`, itemLocation);
                resources.push({ origin: itemOrigin, object: item, ...(itemLocation ? { location: itemLocation } : {}) });
            });
            return;
        }
        resources.push({ origin: where, object: value, ...(location ? { location } : {}) });
    });
    return resources;
}
/** The nodes of a `kind: List` document's `items`, for their lines. */
function listItemNodes(document) {
    const items = document.get('items', true);
    return items?.items ?? [];
}
function documentOrigin(document, origin, number, options) {
    if (options.helmSourceComments) {
        const comment = `${document.commentBefore ?? ''}\n${document.contents?.commentBefore ?? ''}`;
        const source = /^\s*Source:\s*(\S.*?)\s*$/m.exec(comment)?.[1];
        if (source)
            return source;
    }
    return number === undefined ? origin : `${origin} (document ${number})`;
}
/** The one way resources are written: YAML 1.1-safe quoting, no line folding, no anchors. */
function stringifyResource(object) {
    return (0,dist/* stringify */.As)(object, {
        version: YAML_VERSION,
        lineWidth: 0,
        aliasDuplicateObjects: false,
    });
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function firstLine(message) {
    return (message.split('\n')[0] ?? message).replace(/\s*at line \d+, column \d+/, '').replace(/[.:]\s*$/, '');
}

;// CONCATENATED MODULE: ./packages/gitops/src/kustomization.ts

/** The file `kubectl kustomize <path>`, Argo CD and Flux's kustomize-controller look for. */
const KUSTOMIZATION_FILE = 'kustomization.yaml';
const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'kustomization']);
/**
 * The kustomization.yaml for an environment path holding `files` (paths relative to it): every
 * YAML file as a resource, sorted, so `kubectl kustomize apps/web/staging` and a Flux
 * Kustomization render exactly the committed manifests. `undefined` when the files bring their own
 * kustomization (theirs is kept) or hold no YAML.
 */
function kustomizationFor(files) {
    if (files.some((file) => KUSTOMIZATION_NAMES.has(file.toLowerCase())))
        return undefined;
    const resources = files.filter((file) => /\.ya?ml$/i.test(file)).sort();
    if (resources.length === 0)
        return undefined;
    return (0,dist/* stringify */.As)({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources });
}
/**
 * Whether to write it: as the `kustomization` input says; when it is not given, for a new path,
 * and for a path that already has one (so prune does not delete it), but not for an existing path
 * without one, whose controller may be set up for plain YAML.
 */
function wantsKustomization(setting, target) {
    if (setting !== undefined)
        return setting;
    return !target.pathExists || target.hasKustomization;
}
/**
 * The files of an environment path as the approval saw them: without the kustomization.yaml that
 * gitops-commit generated for them. Only one that is byte for byte `kustomizationFor` the other
 * files is dropped: it says nothing but their names. Any other kustomization (edited, with
 * patches or extra resources) stays, so it counts in the config hash and cannot change what the
 * controller applies unapproved.
 */
function withoutGeneratedKustomization(files) {
    const generated = files.find((file) => file.name === KUSTOMIZATION_FILE);
    if (!generated)
        return [...files];
    const others = files.filter((file) => file !== generated);
    return generated.content === kustomizationFor(others.map((file) => file.name)) ? others : [...files];
}

;// CONCATENATED MODULE: ./packages/gitops/src/environment-content.ts






/** Git's modes of a regular file; anything else is not something a controller applies as written. */
const REGULAR_FILE_MODES = new Set(['100644', '100755']);
/** Names kustomize (and so Argo CD and Flux) takes as a kustomization in any directory. */
const environment_content_KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'kustomization']);
/**
 * Why an environment path's content is not what Shipgate can vouch for, as a reason fragment
 * ("kustomization.yaml is not the generated listing of the files"), or `undefined` when it is:
 * regular *.yaml/*.yml files whose documents are Kubernetes resources (none a kustomization),
 * plus at most the `kustomization.yaml` gitops-commit generates for exactly those files.
 *
 * Why so strict: the config hash and the images are read from these bytes, while the cluster
 * applies what kustomize, Argo CD (directory, Helm or kustomize mode) or Flux make of them. An
 * edited kustomization (`images:`, patches, generators, components, `../` or remote resources),
 * a document of kind Kustomization, a Chart.yaml, a symlink, a submodule, a .json file (Argo CD
 * applies it) or a hidden file can each make the cluster run something the hash never saw. One
 * function for the writers (gitops-commit, rollback) and the verifier, so all refuse the same set.
 */
function environmentContentProblem(entries) {
    const files = entries.filter((entry) => entry.mode !== '040000' && entry.mode !== '40000');
    for (const entry of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        const problem = entryProblem(entry, files);
        if (problem)
            return problem;
    }
    return undefined;
}
function entryProblem(entry, all) {
    const { path, mode } = entry;
    if (mode === '120000')
        return `${path} is a symlink, which the controller follows to content that was never hashed`;
    if (mode === '160000')
        return `${path} is a submodule, whose content is another repository's`;
    if (!REGULAR_FILE_MODES.has(mode))
        return `${path} is not a regular file (git mode ${mode})`;
    const parts = path.split('/');
    if (parts.some((part) => part.startsWith('.')))
        return `${path} is a hidden file, which no rendering writes`;
    const name = parts.at(-1) ?? path;
    if (environment_content_KUSTOMIZATION_NAMES.has(name.toLowerCase()))
        return kustomizationProblem(entry, all);
    // Argo CD renders a directory holding Chart.yaml as a Helm chart: with its values, not as written.
    if (/^chart\.ya?ml$/i.test(name))
        return `${path} is a Helm chart file, and Argo CD would render the path as a chart`;
    if (!/\.ya?ml$/.test(name)) {
        return `${path} is not a .yaml or .yml file, and a controller may apply it (Argo CD applies .json too)`;
    }
    return documentsProblem(entry);
}
/** Only the listing gitops-commit generates, byte for byte, at the top of the path. */
function kustomizationProblem(entry, all) {
    if (entry.path !== KUSTOMIZATION_FILE) {
        return `${entry.path} is a kustomization other than the generated ${KUSTOMIZATION_FILE}, and kustomize would apply it`;
    }
    const listed = kustomizationFor(all.filter((other) => other !== entry).map((other) => other.path));
    if (entry.content !== listed) {
        return `${KUSTOMIZATION_FILE} is not the listing gitops-commit generates for the files (an edited kustomization, with images, patches or other resources, changes what is applied)`;
    }
    return undefined;
}
/**
 * Every document a Kubernetes resource (a mapping naming apiVersion and kind), none of them a
 * kustomization: kustomize, Argo CD and Flux take one as instructions, not as a resource, and a
 * mapping that is no resource (a chart's values) is input to some tool. An empty or plain-scalar
 * document is let through: no tool reads instructions from it, the sync just fails (and the
 * tests use such placeholders).
 */
function documentsProblem(entry) {
    const { documents } = entry.parsed ?? parseYamlStream(entry.content);
    for (const [index, document] of documents.entries()) {
        const where = documents.length > 1 ? `${entry.path} (document ${index + 1})` : entry.path;
        if (document.errors.length > 0)
            return `${where} is not valid YAML`;
        let value;
        try {
            value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch {
            return `${where} expands too many YAML aliases`;
        }
        const items = isObject(value) && value.kind === 'List' && Array.isArray(value.items) ? value.items : [value];
        for (const [item, object] of items.entries()) {
            const problem = resourceProblem(object, object === value ? where : `${where}, item ${item + 1}`);
            if (problem)
                return problem;
        }
    }
    return undefined;
}
function resourceProblem(object, where) {
    if (object === null || ['string', 'number', 'boolean'].includes(typeof object))
        return undefined;
    const apiVersion = isObject(object) && typeof object.apiVersion === 'string' ? object.apiVersion : '';
    const kind = isObject(object) && typeof object.kind === 'string' ? object.kind : '';
    // Flux's Kustomization (kustomize.toolkit.fluxcd.io) is refused too: it points the cluster at
    // other content, with images and patches of its own.
    if (apiVersion.startsWith('kustomize.config.k8s.io/') || kind === 'Kustomization' || kind === 'Component') {
        return `${where} is a ${kind || 'kustomization'}${apiVersion ? ` (${apiVersion})` : ''}, which would make the controller apply other content`;
    }
    if (!apiVersion || !kind)
        return `${where} is not a Kubernetes resource (a mapping with apiVersion and kind)`;
    return undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The entries of a directory as git would record them, from lstat: a symlink is `120000` with its
 * target (never followed), an executable file `100755`. For the writer's check of `source-dir`.
 */
async function readDirectoryEntries(dir) {
    const entries = [];
    const walk = async (absolute, prefix) => {
        for (const name of (await readdir(absolute)).sort()) {
            const full = join(absolute, name);
            const path = prefix ? `${prefix}/${name}` : name;
            const stat = await lstat(full);
            if (stat.isDirectory())
                await walk(full, path);
            else if (stat.isSymbolicLink())
                entries.push({ path, mode: '120000', content: await readlink(full) });
            else if (stat.isFile()) {
                const mode = stat.mode & 0o111 ? '100755' : '100644';
                entries.push({ path, mode, content: await readFile(full, 'utf8') });
            }
            else
                entries.push({ path, mode: (stat.mode & 0o170000).toString(8), content: '' });
        }
    };
    await walk(dir, '');
    return entries;
}
/**
 * The entries of `path` at `commit` with git's modes (a submodule is `160000`, a symlink `120000`
 * with its target as content): the verifier's and rollback's input to `environmentContentProblem`.
 * Empty when the path does not exist there.
 */
async function readEnvironmentEntriesAt(git, commit, path) {
    const entries = await lsTree(git, `${commit}:${path}`, { recursive: true, allowMissing: true });
    // One cat-file per blob, read as text: an environment path holds a handful of YAML files.
    return Promise.all(entries.map(async ({ mode, type, id, path: entryPath }) => ({
        path: entryPath,
        mode,
        content: type === 'blob' ? (await git(['cat-file', 'blob', id])).stdout : '',
    })));
}
/**
 * Refuses, with one sentence starting with `what` (which names the input), content an environment path must not hold (see
 * `environmentContentProblem`).
 */
function requireEnvironmentContent(entries, what) {
    const problem = environmentContentProblem(entries);
    if (problem)
        throw new ConfigurationError(`${what}: ${problem}.`);
}

;// CONCATENATED MODULE: ./packages/image/src/reference.ts

/** An image reference that is not valid under the distribution reference grammar. */
class ImageReferenceError extends errors/* ConfigurationError */.j1 {
    input;
    name = 'ImageReferenceError';
    constructor(input, reason) {
        super(`Image reference "${input}" is invalid: ${reason}.`);
        this.input = input;
    }
}
const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPOSITORY_PREFIX = 'library/';
const NAME_TOTAL_LENGTH_MAX = 255;
// The grammar of github.com/distribution/reference (regexp.go), spelled out piece by piece.
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const ipv6Address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const domainAndPort = `(?:${domainName}|${ipv6Address})(?::[0-9]+)?`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const tagPattern = '[\\w][\\w.-]{0,127}';
const digestPattern = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const referencePattern = new RegExp(`^((?:(${domainAndPort})/)?(${remoteName}))(?::(${tagPattern}))?(?:@(${digestPattern}))?$`);
const anchoredTag = new RegExp(`^${tagPattern}$`);
const anchoredDomain = new RegExp(`^${domainAndPort}$`);
const anchoredDigest = new RegExp(`^${digestPattern}$`);
const anchoredIdentifier = /^[a-f0-9]{64}$/;
/** Hex lengths of the digest algorithms go-digest registers; others are unsupported, as in Docker. */
const DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
/**
 * Parses `[domain/]path[:tag][@digest]` exactly as github.com/distribution/reference does
 * (`ParseNormalizedNamed` when normalising, `Parse` otherwise). Throws `ImageReferenceError`.
 */
function reference_parseImageReference(input, options = {}) {
    const normalize = options.normalize ?? true;
    if (input === '')
        throw new ImageReferenceError(input, 'it is empty');
    if (input.trim() !== input)
        throw new ImageReferenceError(input, 'it has leading or trailing whitespace');
    if (normalize) {
        if (anchoredIdentifier.test(input)) {
            throw new ImageReferenceError(input, 'a repository name cannot be a 64-character hexadecimal string');
        }
        const { domain, remainder, written } = splitDockerDomain(input);
        const tagAt = remainder.indexOf(':');
        const remote = tagAt >= 0 ? remainder.slice(0, tagAt) : remainder;
        if (remote.toLowerCase() !== remote) {
            const writtenTagAt = written.indexOf(':');
            const writtenRemote = (writtenTagAt >= 0 ? written.slice(0, writtenTagAt) : written).split('@')[0];
            throw new ImageReferenceError(input, `the repository name "${writtenRemote}" must be lowercase`);
        }
        const parsed = parseStrict(`${domain}/${remainder}`, input);
        return parsed;
    }
    return parseStrict(input, input);
}
function parseStrict(text, input) {
    const match = referencePattern.exec(text);
    if (!match)
        throw new ImageReferenceError(input, explainMismatch(input));
    const [, name = '', domain = '', path = '', tag, digest] = match;
    if (name.length > NAME_TOTAL_LENGTH_MAX) {
        throw new ImageReferenceError(input, `the repository name is longer than ${NAME_TOTAL_LENGTH_MAX} characters`);
    }
    if (digest !== undefined)
        validateDigest(digest, input);
    return makeReference(domain, path, tag, digest);
}
function makeReference(domain, path, tag, digest) {
    const name = domain ? `${domain}/${path}` : path;
    const reference = {
        domain,
        path,
        name,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
        toString: () => `${name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`,
    };
    return reference;
}
function validateDigest(digest, input) {
    const colon = digest.indexOf(':');
    const algorithm = digest.slice(0, colon);
    const hex = digest.slice(colon + 1);
    const length = DIGEST_HEX_LENGTH[algorithm];
    if (length === undefined)
        throw new ImageReferenceError(input, `the digest algorithm "${algorithm}" is not supported`);
    if (hex.length !== length || !/^[a-f0-9]+$/.test(hex)) {
        throw new ImageReferenceError(input, `a ${algorithm} digest must be ${length} lowercase hexadecimal characters`);
    }
}
/**
 * `ghcr.io/Codertocat/Hello-World` → `ghcr.io/codertocat/hello-world`: the repository path
 * lowercased, the registry host kept, as docker/metadata-action does for image names (a workflow's
 * `ghcr.io/${{ github.repository }}` keeps the owner's case, which no registry accepts). A first
 * component is a registry only when it has a `.` or `:` or is `localhost`, as for docker.
 */
function lowercaseRepositoryPath(image) {
    const slash = image.indexOf('/');
    const first = slash >= 0 ? image.slice(0, slash) : '';
    if (slash >= 0 && (/[.:]/.test(first) || first === 'localhost')) {
        return `${first}/${image.slice(slash + 1).toLowerCase()}`;
    }
    return image.toLowerCase();
}
/** The same split `docker` makes: a first component is a registry only if it looks like a host. */
function splitDockerDomain(input) {
    const slash = input.indexOf('/');
    const first = slash >= 0 ? input.slice(0, slash) : '';
    let domain;
    let remainder;
    if (slash < 0 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
        domain = DEFAULT_DOMAIN;
        remainder = input;
    }
    else {
        domain = first;
        remainder = input.slice(slash + 1);
    }
    const written = remainder;
    if (domain === LEGACY_DEFAULT_DOMAIN)
        domain = DEFAULT_DOMAIN;
    if (domain === DEFAULT_DOMAIN && !remainder.includes('/'))
        remainder = `${OFFICIAL_REPOSITORY_PREFIX}${remainder}`;
    return { domain, remainder, written };
}
/** The most specific reason a string is not a reference, checked piece by piece. */
function explainMismatch(text) {
    let rest = text;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const digest = rest.slice(at + 1);
        if (!anchoredDigest.test(digest)) {
            return `the digest "${digest}" is not of the form algorithm:hex (at least 32 hex characters)`;
        }
        rest = rest.slice(0, at);
    }
    // The tag starts at the first colon after the last slash: `host:5000/repo:tag`.
    const colon = rest.indexOf(':', rest.lastIndexOf('/') + 1);
    if (colon >= 0) {
        const tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (rest === '')
            return 'the repository name is empty';
        if (tag === '')
            return 'the tag after ":" is empty';
        if (!anchoredTag.test(tag)) {
            return `the tag "${tag}" must start with a letter, digit or underscore and have at most 128 of letters, digits, "_", "." and "-"`;
        }
    }
    if (rest === '')
        return 'the repository name is empty';
    const parts = rest.split('/');
    if (parts.some((part) => part === ''))
        return 'the repository name has an empty path component';
    const first = parts[0] ?? '';
    if (parts.length > 1 && !anchoredDomain.test(first) && /[.:[\]]/.test(first)) {
        return `the registry "${first}" is not a valid host[:port]`;
    }
    if (rest !== rest.toLowerCase() && referencePattern.test(rest.toLowerCase())) {
        return `the repository name "${rest}" must be lowercase`;
    }
    return 'path components may only hold lowercase letters and digits separated by ".", "_", "__" or "-"';
}
/**
 * Parses a reference that must be pinned by digest, for inputs such as `image-ref`.
 * Throws a `ConfigurationError` that names the input.
 */
function reference_requireDigestReference(value, inputName) {
    let reference;
    try {
        reference = reference_parseImageReference(value);
    }
    catch (error) {
        if (error instanceof ImageReferenceError) {
            throw new ConfigurationError(`Input "${inputName}" is not a valid image reference: ${error.message}`);
        }
        throw error;
    }
    if (!reference.digest) {
        throw new ConfigurationError(`Input "${inputName}" must be pinned by digest (repository@sha256:…), got "${value}".`);
    }
    return reference;
}
/** Whether two references name the same repository (tags and digests ignored, Docker Hub short names expanded). */
function sameRepository(a, b) {
    const nameOf = (value) => (typeof value === 'string' ? reference_parseImageReference(value) : value).name;
    return nameOf(a) === nameOf(b);
}
/** A reference to `name` (a repository) pinned to `digest`: `name@digest`. */
function withDigest(reference, digest) {
    const base = typeof reference === 'string' ? reference_parseImageReference(reference) : reference;
    const input = `${base.name}@${digest}`;
    if (!anchoredDigest.test(digest))
        throw new ImageReferenceError(input, `"${digest}" is not of the form algorithm:hex`);
    validateDigest(digest, input);
    return makeReference(base.domain, base.path, undefined, digest);
}
/** A reference to `name` with `tag`, validating the tag against the grammar. */
function withTag(reference, tag) {
    const base = typeof reference === 'string' ? reference_parseImageReference(reference) : reference;
    if (!isValidTag(tag))
        throw new ImageReferenceError(`${base.name}:${tag}`, `the tag "${tag}" is not valid`);
    return makeReference(base.domain, base.path, tag, undefined);
}
function isValidTag(tag) {
    return anchoredTag.test(tag);
}

;// CONCATENATED MODULE: ./packages/manifests/src/resource.ts

/** The identity, or `undefined` when apiVersion, kind or metadata.name is missing (a guard reports that). */
function identityOf(object) {
    const metadata = isPlainObject(object.metadata) ? object.metadata : {};
    const { apiVersion, kind } = object;
    const { name, namespace } = metadata;
    if (typeof apiVersion !== 'string' || !apiVersion)
        return undefined;
    if (typeof kind !== 'string' || !kind)
        return undefined;
    if (typeof name !== 'string' || !name)
        return undefined;
    return { apiVersion, kind, name, ...(typeof namespace === 'string' && namespace ? { namespace } : {}) };
}
/** `Deployment "web" in namespace "shop"` (or whatever part of that the object has). */
function describeObject(object) {
    const metadata = isPlainObject(object.metadata) ? object.metadata : {};
    const kind = typeof object.kind === 'string' && object.kind ? object.kind : 'resource';
    const name = typeof metadata.name === 'string' && metadata.name ? ` "${metadata.name}"` : ' (no name)';
    const namespace = typeof metadata.namespace === 'string' && metadata.namespace ? ` in namespace "${metadata.namespace}"` : '';
    return `${kind}${name}${namespace}`;
}
/** `Deployment "web" in namespace "shop" (base/deployment.yaml)`: the resource and the file it came from. */
function describeResource(resource) {
    return `${describeObject(resource.object)} (${resource.origin})`;
}
/** The API group of an apiVersion: `apps/v1` → `apps`, `v1` → `` (the core group). */
function resource_apiGroupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}

;// CONCATENATED MODULE: ./packages/manifests/src/images.ts




const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    Rollout: ['spec', 'template', 'spec'],
};
/** The containers of a workload (Pod, Deployment, …, CronJob, Argo Rollout); none for other kinds. */
function containerSlots(object) {
    const kind = typeof object.kind === 'string' ? object.kind : '';
    const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
    const path = POD_SPEC_PATHS[kind];
    if (!path)
        return [];
    // Rollout is Argo's; another group's Rollout is some other custom resource.
    if (kind === 'Rollout' && resource_apiGroupOf(apiVersion) !== 'argoproj.io')
        return [];
    let podSpec = object;
    for (const key of path) {
        podSpec = isPlainObject(podSpec) ? podSpec[key] : undefined;
    }
    if (!isPlainObject(podSpec))
        return [];
    const spec = podSpec;
    const slots = [];
    for (const list of CONTAINER_LISTS) {
        const containers = spec[list];
        if (!Array.isArray(containers))
            continue;
        containers.forEach((container, index) => {
            if (!isPlainObject(container))
                return;
            slots.push({
                path: `${path.join('.')}.${list}[${index}]`,
                name: typeof container.name === 'string' ? container.name : `#${index + 1}`,
                image: typeof container.image === 'string' ? container.image : undefined,
                setImage: (image) => {
                    container.image = image;
                },
            });
        });
    }
    return slots;
}
/**
 * Parses `image-ref` entries: `registry/repo[:tag]@sha256:…` replaces images of that repository;
 * `name=registry/repo@sha256:…` replaces images of repository `name` (a placeholder in the
 * manifests) with a reference in another repository. Every entry must be pinned by digest.
 */
function parseImagePins(entries, inputName = 'image-ref') {
    const pins = [];
    for (const entry of entries) {
        const equals = entry.indexOf('=');
        const placeholder = equals >= 0 ? entry.slice(0, equals).trim() : undefined;
        const reference = requireDigestReference(equals >= 0 ? entry.slice(equals + 1).trim() : entry, inputName);
        let repository = reference.name;
        if (placeholder !== undefined) {
            try {
                repository = parseImageReference(placeholder).name;
            }
            catch (error) {
                throw new ConfigurationError(`Input "${inputName}" entry "${entry}" names an invalid image to replace: ${error.message}`);
            }
        }
        const clash = pins.find((pin) => pin.repository === repository);
        if (clash) {
            throw new ConfigurationError(`Input "${inputName}" has two entries for repository ${repository}: "${clash.entry}" and "${entry}".`);
        }
        pins.push({ entry, repository, reference });
    }
    return pins;
}
/** The repository of an image as written in a manifest, or `undefined` when it does not parse. */
function repositoryOf(image) {
    try {
        return reference_parseImageReference(image).name;
    }
    catch {
        return undefined;
    }
}
/**
 * Replaces the image of every container whose repository matches a pin. Mutates the resources
 * (our parsed copies; the source tree is never touched). A pin that matches nothing is an error.
 */
function pinImages(resources, pins) {
    const replaced = pins.map(() => 0);
    const seen = new Set();
    for (const resource of resources) {
        for (const slot of containerSlots(resource.object)) {
            if (slot.image === undefined)
                continue;
            seen.add(slot.image);
            const repository = repositoryOf(slot.image);
            if (repository === undefined)
                continue;
            const index = pins.findIndex((pin) => pin.repository === repository);
            const pin = pins[index];
            if (!pin)
                continue;
            slot.setImage(pin.reference.toString());
            replaced[index] = (replaced[index] ?? 0) + 1;
        }
    }
    const unused = pins.findIndex((_, index) => replaced[index] === 0);
    if (unused >= 0) {
        const pin = pins[unused];
        const found = [...seen].sort();
        throw new ConfigurationError(`Image reference "${pin.entry}" matches no container image of repository ${pin.repository} in the rendered manifests (images found: ${found.length ? found.join(', ') : 'none'}).`);
    }
    return { replaced };
}
/** Every distinct container image in the resources, sorted. */
function imagesOf(resources) {
    const images = new Set();
    for (const resource of resources) {
        for (const slot of containerSlots(resource.object))
            if (slot.image)
                images.add(slot.image);
    }
    return [...images].sort();
}
/** Problems with container images: unparseable references, and (when required) references without a digest. */
function imageProblems(resources, requireDigests) {
    const problems = [];
    for (const resource of resources) {
        for (const slot of containerSlots(resource.object)) {
            const where = `container "${slot.name}" of ${describeResource(resource)}`;
            if (slot.image === undefined) {
                problems.push(`The ${where} has no image.`);
                continue;
            }
            let reference;
            try {
                reference = reference_parseImageReference(slot.image);
            }
            catch (error) {
                problems.push(`The image "${slot.image}" of ${where} is invalid: ${error.message}`);
                continue;
            }
            if (requireDigests && !reference.digest) {
                problems.push(`The image "${slot.image}" of ${where} is not pinned by digest; pass it in "image-ref" or set "require-digests: false".`);
            }
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./packages/manifests/src/config-hash.ts



/**
 * A resource as YAML with every container image reduced to its repository (no tag, no digest):
 * what stays the same when only the image changes.
 */
function configView(object) {
    const copy = structuredClone(object);
    for (const slot of containerSlots(copy)) {
        if (slot.image)
            slot.setImage(repositoryOf(slot.image) ?? slot.image);
    }
    return stringifyResource(copy);
}
/**
 * `sha256:<hex>` over the rendered files (name and config view, in file order). A new image digest
 * keeps it; any other change to the manifests, a file name included, changes it.
 */
function configHash(files) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const file of files) {
        hash.update(`--- ${file.name}\n`);
        // Only workloads hold container images; any other file is its own config view.
        const hasImages = containerSlots(file.resource.object).some((slot) => slot.image);
        hash.update(hasImages ? configView(file.resource.object) : file.content);
    }
    return `sha256:${hash.digest('hex')}`;
}

;// CONCATENATED MODULE: ./packages/manifests/src/schema.ts


/** Whether `apiVersion` belongs to Kubernetes itself (core, `apps`, `*.k8s.io`, …) rather than a custom resource. */
function isBuiltInApiVersion(apiVersion) {
    const group = apiGroupOf(apiVersion);
    return !group.includes('.') || group.endsWith('.k8s.io');
}
const MAX_ERRORS_PER_RESOURCE = 3;
/** Validates each resource of a kind in the table against its Kubernetes schema. */
async function validateSchemas(resources) {
    // Loaded on first use: the compiled schemas are most of the action's code, and an action that
    // fails on its inputs should not pay for them.
    const { VALIDATORS } = await Promise.all(/* import() */[__nccwpck_require__.e(614), __nccwpck_require__.e(583)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60583));
    const located = [];
    const unvalidated = new Set();
    let validated = 0;
    for (const resource of resources) {
        const { apiVersion, kind } = resource.object;
        if (typeof apiVersion !== 'string' || typeof kind !== 'string')
            continue;
        // SOPS-encrypted values only become valid once the controller decrypts them.
        if (isPlainObject(resource.object.sops))
            continue;
        const validator = VALIDATORS.get(`${apiVersion}/${kind}`);
        if (!validator) {
            unvalidated.add(`${apiVersion}/${kind}`);
            continue;
        }
        validated++;
        if (validator(resource.object))
            continue;
        const errors = (validator.errors ?? []).slice(0, MAX_ERRORS_PER_RESOURCE).map(describeSchemaError);
        const message = `${describeResource(resource)} does not match the ${apiVersion} ${kind} schema: ${errors.join('; ')}.`;
        located.push(resource.location ? { message, location: resource.location } : { message });
    }
    return { located, unvalidatedKinds: [...unvalidated].sort(), validated };
}
function describeSchemaError(error) {
    const at = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'the object';
    const { params } = error;
    switch (error.keyword) {
        case 'required':
            return `${at === 'the object' ? '' : `${at}.`}${String(params.missingProperty)} is required`;
        case 'type':
            return `${at} must be of type ${String(params.type)}`;
        case 'enum':
            return `${at} must be one of ${params.allowedValues.map(String).join(', ')}`;
        case 'format':
            return `${at} must be in ${String(params.format)} format`;
        default:
            return `${at} fails "${error.keyword}"`;
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/guards.ts




/**
 * Every check the rendered manifests must pass before anything is written. Structural problems
 * (missing apiVersion, kind or name) are reported alone, since the other checks need those fields.
 */
async function checkManifests(resources, options) {
    const structural = resources.flatMap(problemsOf(missingFields));
    if (structural.length > 0)
        return report(structural, []);
    const schemas = await validateSchemas(resources);
    const located = [
        ...duplicates(resources),
        ...resources.flatMap(problemsOf(plaintextSecret)),
        ...resources.flatMap(problemsOf((resource) => imageProblems([resource], options.requireDigests))),
        ...schemas.located,
    ];
    return report(located, schemas.unvalidatedKinds);
}
function report(located, unvalidatedKinds) {
    return { problems: located.map((problem) => problem.message), located, unvalidatedKinds };
}
/** A check of one resource, its sentences located at the resource. */
function problemsOf(check) {
    return (resource) => check(resource).map((message) => locatedAt(resource, message));
}
function locatedAt(resource, message) {
    return resource.location ? { message, location: resource.location } : { message };
}
function missingFields(resource) {
    const { object } = resource;
    const missing = [];
    if (typeof object.apiVersion !== 'string' || !object.apiVersion)
        missing.push('apiVersion');
    if (typeof object.kind !== 'string' || !object.kind)
        missing.push('kind');
    const metadata = object.metadata;
    if (!isPlainObject(metadata) || typeof metadata.name !== 'string' || !metadata.name)
        missing.push('metadata.name');
    if (missing.length === 0)
        return [];
    return [`${describeResource(resource)} is missing ${missing.join(', ')}.`];
}
function duplicates(resources) {
    const first = new Map();
    const problems = [];
    for (const resource of resources) {
        const identity = identityOf(resource.object);
        if (!identity)
            continue;
        const key = [identity.apiVersion, identity.kind, identity.namespace ?? '', identity.name].join('\u0000');
        const earlier = first.get(key);
        if (earlier) {
            problems.push(locatedAt(resource, `${describeResource(resource)} duplicates ${describeResource(earlier)}: both are ${identity.apiVersion} ${identity.kind} "${identity.name}".`));
        }
        else {
            first.set(key, resource);
        }
    }
    return problems;
}
/**
 * A core `Secret` holding `data` or `stringData` puts the secret in git. SealedSecret and
 * ExternalSecret are other kinds and pass; a Secret encrypted by SOPS carries `sops:` metadata.
 */
function plaintextSecret(resource) {
    const { object } = resource;
    if (object.kind !== 'Secret' || resource_apiGroupOf(String(object.apiVersion)) !== '')
        return [];
    if (isPlainObject(object.sops))
        return [];
    const fields = ['data', 'stringData'].filter((field) => isPlainObject(object[field]) && Object.keys(object[field]).length > 0);
    if (fields.length === 0)
        return [];
    return [
        `${describeResource(resource)} holds plaintext ${fields.join(' and ')}; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted file instead.`,
    ];
}

;// CONCATENATED MODULE: ./packages/manifests/src/plain.ts


const YAML_FILE = /\.ya?ml$/i;
/** The YAML files under `directory` (recursively; dot-files and dot-directories skipped), sorted by path. */
function readYamlTree(directory) {
    return readTree(directory, (name) => YAML_FILE.test(name));
}
/** The files under `directory` whose name passes `include` (dot-files and dot-directories skipped), sorted by path. */
async function readTree(directory, include) {
    const info = await stat(directory);
    if (info.isFile()) {
        return [
            { path: directory.split(sep).at(-1) ?? directory, file: directory, text: await readFile(directory, 'utf8') },
        ];
    }
    const paths = [];
    const walk = async (dir) => {
        for (const entry of await readdir(dir, { withFileTypes: true })) {
            if (entry.name.startsWith('.'))
                continue;
            const full = join(dir, entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isFile() && include(entry.name))
                paths.push(full);
        }
    };
    await walk(directory);
    // Plain code-unit order, so the result does not depend on the machine's locale.
    const relativePaths = paths.map((path) => relative(directory, path).split(sep).join('/')).sort(compareStrings);
    return Promise.all(relativePaths.map(async (path) => {
        const file = join(directory, ...path.split('/'));
        return { path, file, text: await readFile(file, 'utf8') };
    }));
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/manifests/src/committed.ts






/**
 * Reads what the files deploy: the config hash (render-manifests' `configHash` over files it
 * would write: one resource per YAML file, so an untouched render hashes the same), the images
 * the manifests run, and what the render guards would refuse. A file that is not one resource
 * (a kustomization, several documents, not YAML) is hashed by its bytes, so any change to it
 * changes the hash.
 */
async function inspectCommittedFiles(files) {
    const sorted = [...files].sort((a, b) => compareStrings(a.name, b.name));
    const rendered = [];
    const resources = [];
    const other = (0,external_node_crypto_.createHash)('sha256');
    let hasOther = false;
    for (const file of sorted) {
        const parsed = /\.ya?ml$/i.test(file.name)
            ? parseManifestStream(file.content, file.name, file.parsed ? { parsed: file.parsed } : {})
            : [];
        resources.push(...parsed);
        const [only] = parsed;
        if (parsed.length === 1 && only && !/(^|\/)kustomization\.ya?ml$/i.test(file.name)) {
            rendered.push({ name: file.name, content: file.content, resource: only });
        }
        else {
            hasOther = true;
            other.update(`--- ${file.name}\n${file.content}`);
        }
    }
    const base = configHash(rendered);
    const hash = hasOther
        ? `sha256:${(0,external_node_crypto_.createHash)('sha256').update(base).update(other.digest('hex')).digest('hex')}`
        : base;
    const report = await checkManifests(resources, { requireDigests: true });
    return { configHash: hash, images: imagesOf(resources), problems: report.problems };
}

;// CONCATENATED MODULE: ./packages/trail/src/history.ts


/**
 * The trail: how deploys are written into and read back from the branch's history (the log
 * format, the deployments reachable from a commit, finding a landed commit by its message).
 */
const history_FIELD = '\u001f';
const history_TRAILER_SEPARATOR = '\u001e';
/**
 * One record per commit (git log -z separates records with NUL): sha, committer time, subject,
 * then the trailers of the last paragraph, unfolded, separated by 0x1e.
 */
const DEPLOYMENT_LOG_FORMAT = '%H%x1f%cI%x1f%s%x1f%(trailers:only=true,unfold=true,separator=%x1e)';
/**
 * Deployments in `git log -z --format=DEPLOYMENT_LOG_FORMAT` output, in the log's order (newest
 * first). Commits without Shipgate-App/Shipgate-Environment trailers are not deployments.
 */
function parseDeploymentLog(output, filter = {}) {
    const deployments = [];
    for (const record of output.split('\u0000')) {
        const deployment = parseDeploymentRecord(record, 0, filter);
        if (deployment)
            deployments.push(deployment);
    }
    return deployments;
}
/**
 * One record of the log (`DEPLOYMENT_LOG_FORMAT`, read from `start`: a format may put fields of its
 * own first); `undefined` for a commit that is not a deployment or outside `filter`.
 */
function parseDeploymentRecord(record, start, filter) {
    let from = start;
    while (record.charCodeAt(from) === 10)
        from++;
    const [commitSha = '', committedAt = '', subject = '', trailerText = ''] = record.slice(from).split(history_FIELD);
    if (!/^[0-9a-f]{40,64}$/.test(commitSha))
        return undefined;
    const trail = trailFromTrailers(parseTrailerLines(trailerText.split(history_TRAILER_SEPARATOR).map((line) => line.trim())));
    if (!trail)
        return undefined;
    if (filter.app !== undefined && trail.app !== filter.app)
        return undefined;
    if (filter.environment !== undefined && trail.environment !== filter.environment)
        return undefined;
    return {
        ...trail,
        commitSha,
        committedAt,
        kind: trail.rollbackOf ? 'rollback' : 'deploy',
        path: filter.path ?? '',
        subject,
    };
}
/** The deployments reachable from `ref` in an existing clone, newest first. */
async function readDeploymentsFromClone(git, ref, filter = {}) {
    const args = ['log', '-z', `--format=${DEPLOYMENT_LOG_FORMAT}`];
    if (filter.limit)
        args.push(`--max-count=${filter.limit}`);
    args.push(ref);
    if (filter.path)
        args.push('--', filter.path);
    const { stdout } = await git(args);
    return parseDeploymentLog(stdout, filter);
}
/**
 * The deployment history of a GitOps repository, newest first, read without fetching any file
 * content: a treeless partial fetch (commits only) when filtering by trailers, a blobless one when
 * filtering by path (the path filter needs trees). An absent branch has no history.
 */
async function history_readDeployments(options) {
    return withScratchClone(options, { purpose: 'history' }, async ({ git }) => {
        const branch = options.branch ?? (await remoteDefaultBranch(git));
        if (!branch || !(await remoteBranchExists(git, branch)))
            return [];
        await fetchBranch(git, branch, { filter: options.path ? 'blob:none' : 'tree:0' });
        return readDeploymentsFromClone(git, remoteTrackingRef(branch), options);
    });
}
/** The deployments reachable from `tip`, every app and environment, newest first. */
async function readAllDeployments(git, tip) {
    const { stdout } = await git(['log', '-z', `--format=${DEPLOYMENT_LOG_FORMAT}`, tip]);
    return parseDeploymentLog(stdout);
}
/**
 * A tip's commit and root tree, and every deployment reachable from it, newest first, in one
 * `git log`: what a writer reads of the tip it builds on (the tree tells an unchanged deploy).
 * `undefined` when `ref` has no commits.
 */
async function readTipHistory(git, ref) {
    const { stdout } = await git(['log', '-z', `--format=%T%x1f${DEPLOYMENT_LOG_FORMAT}`, ref]);
    const records = stdout.split('\u0000');
    const [tree = '', commit = ''] = (records[0] ?? '').replace(/^\n+/, '').split(history_FIELD, 2);
    if (!/^[0-9a-f]{40,64}$/.test(commit))
        return undefined;
    const deployments = [];
    for (const record of records) {
        // Past the tree id (and the newline git puts between records).
        const deployment = parseDeploymentRecord(record, record.indexOf(history_FIELD) + 1, {});
        if (deployment)
            deployments.push(deployment);
    }
    return { commit, tree, deployments };
}
/**
 * The commit that landed a deploy between `since` and `tip` (same message, byte for byte), when
 * another writer landed it.
 */
async function findLandedCommit(git, options) {
    const range = options.since ? `${options.since}..${options.tip}` : options.tip;
    const { stdout } = await git(['log', '-z', '--format=%H%x00%B', range]);
    const parts = stdout.split('\u0000');
    for (let index = 0; index + 1 < parts.length; index += 2) {
        const sha = (parts[index] ?? '').replace(/^\n+/, '');
        if (normalizeMessage(parts[index + 1] ?? '') === normalizeMessage(options.message))
            return sha;
    }
    return undefined;
}
/**
 * `findLandedCommit` over commits already read (`readHistoryOverHttp`): the one commit with the
 * message among those reachable from `tip` and not from `since`. `undefined` when there is none,
 * more than one (git's order picks), or the walk meets a commit that is not among them: only git
 * can tell then.
 */
function landedCommitAmong(commits, options) {
    const wanted = normalizeMessage(options.message);
    const found = [];
    const seen = new Set();
    const next = [options.tip];
    for (let id = next.pop(); id !== undefined; id = next.pop()) {
        if (id === options.since || seen.has(id))
            continue;
        seen.add(id);
        const commit = commits.get(id);
        if (commit?.type !== 'commit')
            return undefined;
        const text = commit.body.toString('utf8');
        const headerEnd = text.indexOf('\n\n');
        const header = headerEnd < 0 ? text : text.slice(0, headerEnd);
        if (headerEnd >= 0 && normalizeMessage(text.slice(headerEnd + 2)) === wanted)
            found.push(id);
        for (const match of header.matchAll(/^parent ([0-9a-f]{40,64})$/gm))
            next.push(match[1]);
    }
    return found.length === 1 ? found[0] : undefined;
}
function normalizeMessage(message) {
    return message.replace(/\s+$/, '');
}

;// CONCATENATED MODULE: ./packages/policy/src/paths.ts

/** One path segment glob (`*`, `?`, literal text) as a regular expression. */
function segmentPattern(glob) {
    const source = glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]');
    return new RegExp(`^${source}$`);
}
/**
 * Whether writing `path` (a directory the deploy replaces) touches what `glob` names: the path
 * is that directory, inside it, or holds it (writing `apps/web` with prune rewrites
 * `apps/web/production`). `**` matches any number of segments.
 */
function pathTouchesGlob(path, glob) {
    const parts = path.split('/').filter(Boolean);
    const globs = glob.split('/').filter(Boolean);
    const match = (p, g) => {
        if (g === globs.length)
            return true; // the path is the glob's directory or below it
        if (p === parts.length)
            return true; // the glob's directory is below the path
        const segment = globs[g];
        if (segment === '**')
            return match(p, g + 1) || match(p + 1, g);
        return segmentPattern(segment).test(parts[p]) && match(p + 1, g + 1);
    };
    return match(0, 0);
}
/**
 * Whether `path` is a directory `glob` names or lies below one: what a deploy may write. A path
 * that merely holds one (`apps`, above `apps/web/production`) would rewrite everything beside it.
 */
function pathWithinGlob(path, glob) {
    const parts = path.split('/').filter(Boolean);
    const globs = glob.split('/').filter(Boolean);
    const match = (p, g) => {
        if (g === globs.length)
            return true;
        if (p === parts.length)
            return globs.slice(g).every((segment) => segment === '**');
        const segment = globs[g];
        if (segment === '**')
            return match(p, g + 1) || match(p + 1, g);
        return segmentPattern(segment).test(parts[p]) && match(p + 1, g + 1);
    };
    return match(0, 0);
}
/**
 * The environment a deploy to `path` is, decided by the policy's `paths` globs and never by an
 * input. `undefined` when no environment's paths touch it; a ConfigurationError when two do.
 */
function environmentOfPath(policy, path) {
    const matches = policy.environments.filter((rules) => rules.paths.some((glob) => pathTouchesGlob(path, glob)));
    if (matches.length > 1) {
        throw new ConfigurationError(`The path ${path} touches environments ${matches.map((rules) => rules.name).join(' and ')} of ${policy.source}; deploy to one environment's path.`);
    }
    return matches[0];
}
/** The rules of the environment named `name`, if the policy lists it. */
function environmentNamed(policy, name) {
    return policy.environments.find((rules) => rules.name === name);
}
/**
 * The environment a deploy is: the one its path is. An `environment` input that names another
 * environment of the policy, or a policy environment whose paths do not hold `path`, is an error.
 */
function resolveDeployEnvironment(policy, path, environmentInput) {
    const byPath = environmentOfPath(policy, path);
    if (byPath && byPath.name !== environmentInput) {
        throw new ConfigurationError(`Input "environment" is "${environmentInput}", but ${policy.source} says ${path} is environment "${byPath.name}"; the path decides the environment.`);
    }
    const byName = environmentNamed(policy, environmentInput);
    if (!byPath && byName) {
        throw new ConfigurationError(`Input "path" is ${path}, which is not one of environment "${environmentInput}"'s paths in ${policy.source} (${byName.paths.join(', ')}).`);
    }
    return byPath;
}

;// CONCATENATED MODULE: ./packages/verify/src/policy-view.ts

const POLICY_FILE = POLICY_PATH;
const ALLOWED_SIGNERS_FILE = '.shipgate/allowed-signers';
/**
 * The environment path holding the changed `file`, by the policy's `paths` globs (matched as the
 * policy package matches them). The directory is the file's leading segments as many as the glob
 * has; with `**` in the glob, the file's own directory.
 */
function environmentPathOf(policy, file) {
    const segments = file.split('/');
    for (const environment of policy.environments) {
        for (const glob of environment.paths) {
            const pattern = glob.split('/').filter(Boolean);
            if (pattern.length >= segments.length || !pathTouchesGlob(file, glob))
                continue;
            const depth = pattern.includes('**') ? segments.length - 1 : pattern.length;
            const wildcards = pattern.flatMap((part, i) => (part.includes('*') || part.includes('?') ? [segments[i]] : []));
            return { environment, directory: segments.slice(0, depth).join('/'), wildcards };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/verify/src/checks.ts



/** `sha256:…` of an image reference pinned by digest, else `undefined`. */
function digestOf(imageRef) {
    return /@(sha256:[0-9a-f]{64})$/.exec(imageRef)?.[1];
}
const SHIPGATE_DIR = '.shipgate/';
/** Keys a deploy commit may carry once only: a second value would let a reader pick either. */
const SINGLE_KEYS = [
    deployment_TRAILER_KEYS.app,
    deployment_TRAILER_KEYS.environment,
    deployment_TRAILER_KEYS.configHash,
    deployment_TRAILER_KEYS.scan,
    deployment_TRAILER_KEYS.source,
    'Shipgate-Policy',
];
/** The paths, environments and trailers of a commit judged by `policy` (its parent's). */
function shapeOf(commit, policy) {
    const targets = new Map();
    const extraFiles = [];
    for (const file of commit.files) {
        const target = environmentPathOf(policy, file);
        if (target)
            targets.set(target.directory, target);
        else
            extraFiles.push(file);
    }
    if (targets.size === 0) {
        const policyFiles = extraFiles.filter((file) => file.startsWith(SHIPGATE_DIR));
        return policyFiles.length > 0 ? { kind: 'policy-change', files: policyFiles } : { kind: 'other' };
    }
    if (targets.size > 1) {
        const list = [...targets.values()].map((t) => `${t.directory} (${t.environment.name})`).join(', ');
        return {
            kind: 'violation',
            reason: `it changes ${targets.size} environment paths, ${list}, where a deploy changes exactly one`,
        };
    }
    const target = [...targets.values()][0];
    const where = { environment: target.environment.name, path: target.directory };
    const trail = trailFromTrailers(commit.trailers);
    if (!trail) {
        return {
            kind: 'violation',
            ...where,
            reason: `it changes ${target.directory} without Shipgate trailers, so it is no Shipgate deploy`,
        };
    }
    const malformed = trailerProblem(commit.trailers, trail, target);
    if (malformed)
        return { kind: 'violation', ...where, reason: malformed };
    return { kind: 'deploy', target, trail, extraFiles };
}
function trailerProblem(trailers, trail, target) {
    for (const key of SINGLE_KEYS) {
        const count = trailers.filter((trailer) => trailer.key.toLowerCase() === key.toLowerCase()).length;
        if (count > 1)
            return `it carries ${count} ${key} trailers where a deploy carries one`;
    }
    if (trail.environment !== target.environment.name) {
        return `its Shipgate-Environment says ${trail.environment} but it changes ${target.directory}, a path of ${target.environment.name}`;
    }
    if (target.wildcards.length > 0 && !target.wildcards.includes(trail.app)) {
        return `its Shipgate-App says ${trail.app} but it changes ${target.directory}`;
    }
    if (trail.imageRefs.length === 0)
        return 'it carries no Shipgate-Image trailer';
    const unpinned = trail.imageRefs.find((ref) => !digestOf(ref));
    if (unpinned)
        return `its Shipgate-Image ${unpinned} is not pinned by digest`;
    if (!trail.configHash || !/^sha256:[0-9a-f]{64}$/.test(trail.configHash)) {
        return 'it carries no well-formed Shipgate-Config-Hash trailer';
    }
    return undefined;
}
/** Whether the committed files are what the trailers (and so the approval) name. */
function contentProblem(trail, content, target) {
    if (typeof content === 'string')
        return content;
    const directory = target.directory;
    if (content.configHash !== trail.configHash) {
        return `the files of ${directory} hash to ${content.configHash}, not to its Shipgate-Config-Hash ${trail.configHash}`;
    }
    const digests = new Set(trail.imageRefs.map((ref) => digestOf(ref)));
    const foreign = content.images.find((image) => !digests.has(digestOf(image)));
    if (foreign)
        return `its manifests run ${foreign}, which no Shipgate-Image trailer names`;
    const [guard] = content.problems;
    if (guard && requiresApproval(target.environment))
        return `its manifests fail a render guard: ${guard.replace(/\.$/, '')}`;
    return undefined;
}
/**
 * A deploy decided while a freeze window of its environment was in force needs break-glass;
 * `decidedAt` is when it reached the branch (GitHub's record) or the check's clock, never a git date.
 */
function freezeProblem(trailers, target, decidedAt) {
    const freeze = activeFreeze(target.environment, new Date(decidedAt));
    if (!freeze)
        return undefined;
    if (trailers.some((trailer) => trailer.key.toLowerCase() === 'shipgate-break-glass' && trailer.value))
        return undefined;
    const why = freeze.window.reason ? ` (${freeze.window.reason})` : '';
    return `it reached the branch during the freeze of ${target.environment.name}${why} from ${freeze.start.toISOString()} to ${freeze.end.toISOString()} without Shipgate-Break-Glass`;
}
/** Who the `Shipgate-Break-Glass: <who; reason>` trailer says broke the freeze. */
function breakGlassOf(trailers) {
    const value = trailers.find((trailer) => trailer.key.toLowerCase() === 'shipgate-break-glass')?.value;
    return value?.split(';')[0]?.trim() || undefined;
}
/** Files a deploy commit changed besides its own path. */
function extraFilesProblem(extraFiles, directory) {
    if (extraFiles.length === 0)
        return undefined;
    const shown = extraFiles.slice(0, 3).join(', ');
    const more = extraFiles.length > 3 ? ` and ${extraFiles.length - 3} more` : '';
    return `besides ${directory} it changes ${shown}${more}`;
}
/** A commit that deletes the policy leaves the next commits judged by nothing: always a violation. */
function removesPolicy(commit, parentHasPolicy, hasPolicy) {
    return parentHasPolicy && !hasPolicy && commit.files.includes(POLICY_FILE);
}
/** Production takes only a digest that has run in `promote-from` for at least `soak`. */
function promotionProblem(trail, target, decidedAt, first) {
    const from = target.environment.promoteFrom;
    if (!from || trail.rollbackOf)
        return undefined;
    const soak = target.environment.soakMs ?? 0;
    const at = decidedAt;
    for (const ref of trail.imageRefs) {
        const since = first.get(from)?.get(digestOf(ref) ?? ref);
        if (since === undefined || since > at)
            return `its image ${ref} never ran in ${from} before, and ${target.environment.name} promotes from ${from}`;
        if (at - since < soak) {
            return `its image ${ref} ran in ${from} for ${Math.round((at - since) / 60_000)} minute(s), less than the ${Math.round(soak / 60_000)} minute(s) soak of ${target.environment.name}`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/verify/src/claims.ts


/**
 * The claims a deploy's text makes that only signatures can back: a scan pass (a signed scan
 * attestation of every digest it runs, never the `Shipgate-Scan` trailer) and, for an approval
 * that is a GitHub environment review of a run, that the run produced this content (its signed
 * deploy statement). `treeId` is the path's tree in the deploy commit.
 */
async function claimProblem(verifiers, { input, shape }, treeId) {
    const environment = shape.target.environment;
    if (environment.scan?.require === 'pass') {
        const problem = await scanClaimProblem(verifiers, input, shape);
        if (problem)
            return asProblem(problem);
    }
    const reviewed = input.commit.trailers.some((trailer) => trailer.key.toLowerCase() === 'shipgate-approval' && /\/actions\/runs\/\d+/.test(trailer.value));
    if (!reviewed || !environment.approvals)
        return undefined;
    if (!verifiers.deployStatement) {
        return asProblem(`${COULD_NOT_VERIFY} that its content was produced by the approved run: no trusted-root is configured`);
    }
    const problem = await verifiers.deployStatement(input.commit.sha, {
        repository: verifiers.repository,
        path: shape.target.directory,
        treeId: treeId ?? '',
        configHash: shape.trail.configHash ?? '',
        digests: shape.trail.imageRefs.map((ref) => digestOf(ref) ?? ref),
        runUrl: shape.trail.run ?? '',
    });
    return problem ? asProblem(problem) : undefined;
}
async function scanClaimProblem(verifiers, input, shape) {
    const environment = shape.target.environment;
    if (!verifiers.scanEvidence) {
        return `${COULD_NOT_VERIFY} its scan: ${environment.name} requires a signed scan pass and no trusted-root or verify-key is configured`;
    }
    for (const ref of shape.trail.imageRefs) {
        const problem = await verifiers.scanEvidence(digestOf(ref) ?? ref, environment, {
            ...(shape.trail.source ? { source: shape.trail.source } : {}),
            ...(input.decidedAt !== undefined ? { at: new Date(input.decidedAt) } : {}),
        });
        if (problem)
            return problem;
    }
    return undefined;
}
function asProblem(reason) {
    return { verdict: isUnverifiable(reason) ? 'could-not-verify' : 'fail', reason };
}

;// CONCATENATED MODULE: ./packages/verify/src/report.ts


/** A passing deploy finding for `commit`, before any check filled it in. */
function baseFinding(commit) {
    return {
        commit: commit.sha,
        committedAt: commit.committedAt,
        author: commit.author,
        committer: commit.committer,
        subject: commit.subject,
        kind: 'deploy',
        images: [],
        approvers: [],
        verdict: 'pass',
        reason: '',
    };
}
function buildVerifyReport(fields) {
    const { findings } = fields;
    const failed = findings.filter((f) => f.verdict === 'fail').length;
    const unverifiable = findings.filter((f) => f.verdict === 'could-not-verify').length;
    const environments = {};
    for (const finding of findings) {
        if (finding.kind === 'policy-change' || finding.kind === 'history' || !finding.environment)
            continue;
        const entry = environments[finding.environment] ?? { verified: 0, judged: 0 };
        environments[finding.environment] = entry;
        entry.judged += 1;
        if (finding.verdict === 'pass')
            entry.verified += 1;
    }
    return {
        repository: fields.repository.replace(/\/\/[^@/]*@/, '//'),
        branch: fields.branch,
        range: fields.range,
        verdict: failed + unverifiable > 0 ? 'fail' : 'pass',
        violations: failed + unverifiable,
        counts: {
            verified: findings.filter((f) => f.verdict === 'pass' && f.kind !== 'policy-change' && f.kind !== 'history')
                .length,
            failed,
            unverifiable,
            policyChanges: findings.filter((f) => f.kind === 'policy-change').length,
        },
        environments,
        commits: findings,
    };
}
async function writeVerifyReport(report, file) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    await (0,promises_.writeFile)(file, `${JSON.stringify(report, null, 2)}\n`);
}

;// CONCATENATED MODULE: ./packages/verify/src/merges.ts


/**
 * A merge commit is not judged as a deploy (the commits it brings are, each under the range's
 * base policy), but it must not change anything itself: its tree must be what git's own merge of
 * its two parents gives, at least on the environment paths and `.shipgate/`. A merge of history
 * unrelated to its first parent, or of more than two parents, that differs from any parent there
 * is a violation: git gives no merge of its own to compare with. A few git calls per merge;
 * merges are few (one per merged pull request).
 */
async function judgeMerges(git, merges) {
    const findings = [];
    for (const { commit, policy } of merges) {
        if (typeof policy !== 'object' || commit.parents.length < 2)
            continue;
        const guarded = (file) => file.startsWith('.shipgate/') || environmentPathOf(policy, file) !== undefined;
        const problem = commit.parents.length > 2
            ? await octopusProblem(git, commit.sha, commit.parents, guarded)
            : await twoParentProblem(git, commit.sha, commit.parents, guarded);
        if (!problem)
            continue;
        const target = problem.files.map((file) => environmentPathOf(policy, file)).find(Boolean);
        findings.push({
            ...baseFinding(commit),
            environment: target?.environment.name,
            path: target?.directory,
            verdict: 'fail',
            reason: `${problem.what} ${merges_listed(problem.files)}${problem.after ?? ''}`,
        });
    }
    return findings;
}
async function twoParentProblem(git, sha, [first, second], guarded) {
    const related = await git(['merge-base', first, second], { ignoreReturnCode: true });
    if (related.exitCode !== 0) {
        const files = (await changed(git, first, sha)).filter(guarded);
        return files.length > 0
            ? { what: 'it merges history unrelated to its first parent, and changes', files }
            : undefined;
    }
    // Exit 1 is a conflicted merge, whose tree (with conflict markers) is still written.
    const merged = await git(['merge-tree', '--write-tree', '--no-messages', first, second], { ignoreReturnCode: true });
    const mergedTree = merged.stdout.split('\n')[0]?.trim() ?? '';
    if (merged.exitCode > 1 || !/^[0-9a-f]{40,64}$/.test(mergedTree)) {
        throw new Error(`git merge-tree could not merge the parents of ${sha.slice(0, 12)}: ${merged.stderr.trim()}`);
    }
    const files = (await changed(git, mergedTree, `${sha}^{tree}`)).filter(guarded);
    return files.length > 0
        ? { what: 'the merge itself changes', files, after: ', beyond what merging its parents gives' }
        : undefined;
}
async function octopusProblem(git, sha, parents, guarded) {
    const files = new Set();
    for (const parent of parents)
        for (const file of await changed(git, parent, sha))
            if (guarded(file))
                files.add(file);
    return files.size > 0
        ? { what: `it is an octopus merge of ${parents.length} parents, and differs from them on`, files: [...files] }
        : undefined;
}
async function changed(git, from, to) {
    const { stdout } = await git(['diff-tree', '-r', '-z', '--name-only', '--no-renames', from, to]);
    return stdout.split('\0').filter(Boolean);
}
function merges_listed(files) {
    return `${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''}`;
}

;// CONCATENATED MODULE: ./packages/git/src/commit-time.ts
/** One `<id> <committer time>` line per commit named on stdin, in the order named. */
const COMMIT_TIMES = ['log', '--no-walk=unsorted', '--stdin', '--format=%H %cI'];
/** `%H %cI` per commit (what `commitTimes` asks git for) → committer time (ISO 8601) by full id. */
function parseCommitTimes(output) {
    const times = new Map();
    for (const line of output.split('\n')) {
        const match = /^([0-9a-f]{40,64}) (\S+)$/.exec(line.trim());
        if (match)
            times.set(match[1], match[2]);
    }
    return times;
}
/**
 * The committer time (ISO 8601, in the committer's zone) of each commit, by its full id, in one
 * `git log --no-walk`: the one place a commit's time is read. A committer date is whatever the
 * writer set: reported and used for ordering, never trusted as evidence.
 */
async function commitTimes(git, commits) {
    if (commits.length === 0)
        return new Map();
    const { stdout } = await git(COMMIT_TIMES, { input: `${commits.join('\n')}\n` });
    return parseCommitTimes(stdout);
}
/** The committer time of `commit` (any revision), or `undefined` when the repository lacks it. */
async function commitTime(git, commit) {
    const { exitCode, stdout } = await git(COMMIT_TIMES, { input: `${commit}\n`, ignoreReturnCode: true });
    return exitCode === 0 ? [...parseCommitTimes(stdout).values()][0] : undefined;
}

;// CONCATENATED MODULE: ./packages/verify/src/rules.ts


/** How far a committer clock may run ahead of GitHub's before a date counts as "in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;
/**
 * Git dates are the writer's word: reported, never trusted, and a deploy dated after it reached
 * the branch (or after the check's clock) or before its own parent is a finding.
 */
function datingProblem(input, parentDates) {
    const dated = Date.parse(input.commit.committedAt);
    if (input.decidedAt !== undefined && dated > input.decidedAt + CLOCK_SKEW_MS) {
        return `it is dated ${input.commit.committedAt}, after it reached the branch or was checked (${new Date(input.decidedAt).toISOString()}): its committer date is forged`;
    }
    const parent = input.commit.parents[0];
    const parentDate = parent ? parentDates.get(parent) : undefined;
    if (parentDate !== undefined && dated < parentDate) {
        return `it is dated ${input.commit.committedAt}, before its parent ${parent.slice(0, 12)} (${new Date(parentDate).toISOString()}): its committer date is forged`;
    }
    return undefined;
}
/**
 * Approvals, freeze windows and soak are judged at the time the change was decided; a commit on
 * the branch whose arrival GitHub's record does not give cannot be judged by them.
 */
function timeProblem(input, target, activityProblem) {
    if (input.decidedAt !== undefined)
        return undefined;
    const environment = target.environment;
    const timed = environment.approvals || environment.freeze.length > 0 || environment.promoteFrom;
    if (!timed)
        return undefined;
    return {
        verdict: 'could-not-verify',
        reason: `${environment.name}'s approvals, freeze windows and soak are judged at the time it reached the branch, which ${activityProblem ?? "GitHub's activity record does not give"}`,
    };
}
/** The committer time of each deploy's first parent, read from the range or in one git call. */
async function parentDates(git, inputs, deploys) {
    const known = new Map(inputs.map((input) => [input.commit.sha, Date.parse(input.commit.committedAt)]));
    const dates = new Map();
    const missing = new Set();
    for (const { input } of deploys) {
        const parent = input.commit.parents[0];
        if (!parent)
            continue;
        const date = known.get(parent);
        if (date === undefined)
            missing.add(parent);
        else
            dates.set(parent, date);
    }
    for (const [sha, time] of await commitTimes(git, [...missing]))
        dates.set(sha, Date.parse(time));
    return dates;
}
/** Per rollback in the range, what its trailers point at: a handful of git calls for all of them. */
async function readRollbackTargets(deps, objects, deploys, inputs) {
    const rollbacks = deploys.filter(({ shape }) => shape.trail.rollbackOf);
    const result = new Map();
    if (rollbacks.length === 0)
        return result;
    const named = [...new Set(rollbacks.flatMap(({ shape }) => [shape.trail.rollbackTo, shape.trail.rollbackOf]))].filter((sha) => Boolean(sha && /^[0-9a-f]{7,64}$/.test(sha)));
    const found = await objects.resolve(named.map((sha) => `${sha}^{commit}`));
    const full = new Map(named.flatMap((sha, i) => (found[i] ? [[sha, found[i].id]] : [])));
    const existing = [...new Set(full.values())];
    const logged = new Map(inputs.map((input) => [input.commit.sha, input.commit]));
    if (existing.length > 0) {
        const { stdout } = await deps.git(['log', '--no-walk=unsorted', '--stdin', '-z', '--name-only', '--no-renames', `--format=${VERIFY_LOG_FORMAT}`], { input: `${existing.join('\n')}\n` });
        for (const commit of parseCommitLog(stdout))
            logged.set(commit.sha, commit);
    }
    const trees = await objects.resolve(rollbacks.flatMap(({ input, shape }) => {
        const to = full.get(shape.trail.rollbackTo ?? '');
        return [`${input.commit.sha}:${shape.target.directory}`, to ? `${to}:${shape.target.directory}` : 'HEAD:/none'];
    }));
    for (const [i, { input, shape }] of rollbacks.entries()) {
        const to = full.get(shape.trail.rollbackTo ?? '');
        const of = full.get(shape.trail.rollbackOf ?? '');
        result.set(input.commit.sha, {
            to: to ? logged.get(to) : undefined,
            toIsAncestor: to ? await isAncestor(deps.git, to, input.commit.sha) : false,
            ownTree: trees[i * 2]?.id,
            restoredTree: trees[i * 2 + 1]?.id,
            of: of ? logged.get(of) : undefined,
            ofIsAncestor: of ? await isAncestor(deps.git, of, input.commit.sha) : false,
        });
    }
    return result;
}
async function isAncestor(git, ancestor, commit) {
    if (ancestor === commit)
        return false;
    const { exitCode } = await git(['merge-base', '--is-ancestor', ancestor, commit], { ignoreReturnCode: true });
    return exitCode === 0;
}
/**
 * A rollback skips promote-from and soak, so what it claims is re-derived: it names an earlier
 * deploy of the same path on its own history, restores exactly that deploy's files, and rolls
 * back a commit of that path that came before it.
 */
function rollbackProblem(shape, target) {
    if (!shape.trail.rollbackOf)
        return undefined;
    const directory = shape.target.directory;
    if (!target)
        return 'its rollback trailers could not be read back';
    if (!target.of || !target.ofIsAncestor) {
        return `its Shipgate-Rollback-Of ${shape.trail.rollbackOf} is not an earlier commit of its history`;
    }
    if (!touches(target.of, directory)) {
        return `its Shipgate-Rollback-Of ${shape.trail.rollbackOf} did not change ${directory}`;
    }
    if (!shape.trail.rollbackTo || !target.to || !target.toIsAncestor) {
        return `its Shipgate-Rollback-To ${shape.trail.rollbackTo ?? '(missing)'} is not an earlier deploy of its history`;
    }
    if (!touches(target.to, directory) || !target.to.trailers.some((t) => t.key.toLowerCase() === 'shipgate-app')) {
        return `its Shipgate-Rollback-To ${shape.trail.rollbackTo} is not a deploy of ${directory}`;
    }
    if (!target.ownTree || target.ownTree !== target.restoredTree) {
        return `its files in ${directory} are not those of the deploy it names, ${shape.trail.rollbackTo}`;
    }
    return undefined;
}
function touches(commit, directory) {
    return commit.files.some((file) => file.startsWith(`${directory}/`));
}

;// CONCATENATED MODULE: ./packages/verify/src/judge.ts











/** Findings for every commit, oldest first: shape, content and signatures batched, then evidence. */
async function judgeCommits(inputs, deps) {
    const findings = [];
    const deploys = [];
    for (const input of inputs.commits) {
        const finding = judgeShape(input, deps.environments);
        if (!finding)
            continue;
        findings.push(finding);
        const shape = typeof input.policy === 'object' ? shapeOf(input.commit, input.policy) : undefined;
        if (shape?.kind === 'deploy' && finding.verdict === 'pass')
            deploys.push({ input, shape, finding });
    }
    findings.push(...(await judgeMerges(deps.git, inputs.commits.filter((input) => input.commit.parents.length > 1))));
    const { contents, trees } = await readContents(inputs.objects, deploys);
    const signatures = await readSignatures(deps, inputs.objects, deploys);
    const first = deploys.some(({ shape }) => shape.target.environment.promoteFrom)
        ? await firstDeployed(deps, inputs.commits)
        : new Map();
    const rollbacks = await readRollbackTargets(deps, inputs.objects, deploys, inputs.commits);
    const dates = await parentDates(deps.git, inputs.commits, deploys);
    planEvidence(deps.evidence, deploys);
    // Evidence is read a few deploys at a time: the API's latency, not git, bounds a long range.
    await inParallel(deploys, EVIDENCE_CONCURRENCY, async (judged) => {
        const { input, shape, finding } = judged;
        const content = contents.get(input.commit.sha) ?? `it deletes ${shape.target.directory}`;
        const problem = datingProblem(input, dates) ??
            timeProblem(input, shape.target, deps.scope.activityProblem) ??
            contentProblem(shape.trail, content, shape.target) ??
            rollbackProblem(shape, rollbacks.get(input.commit.sha)) ??
            signatureProblem(shape, signatures.get(input.commit.sha)) ??
            promotionProblem(shape.trail, shape.target, input.decidedAt ?? Number.NaN, first) ??
            (await claimProblem(deps.claims, judged, trees.get(input.commit.sha)));
        // Without a decision time, timeProblem has already failed every deploy that has a time rule
        // (approvals, freeze windows, soak): what is left has none to judge.
        const decidedAt = input.decidedAt;
        if (problem)
            fail(finding, problem);
        else if (decidedAt !== undefined)
            await judgeEvidence(deps.evidence, judged, content, deps.repository);
        if (finding.verdict === 'pass') {
            const late = decidedAt === undefined ? undefined : freezeProblem(input.commit.trailers, shape.target, decidedAt);
            const extra = late ??
                (await breakGlassProblem(deps.evidence, judged)) ??
                extraFilesProblem(shape.extraFiles, shape.target.directory);
            if (extra)
                fail(finding, extra);
        }
    });
    const order = new Map(inputs.commits.map((input, i) => [input.commit.sha, i]));
    return findings.sort((a, b) => (order.get(a.commit) ?? 0) - (order.get(b.commit) ?? 0));
}
const EVIDENCE_CONCURRENCY = 8;
/** The evidence every deploy with approval rules and a decision time will check, announced for batched reads. */
function planEvidence(evidence, deploys) {
    evidence.plan?.(deploys.flatMap(({ input, shape }) => shape.target.environment.approvals && input.decidedAt !== undefined
        ? [{ urls: approvalUrls(input.commit.trailers), run: shape.trail.run, decidedAt: input.decidedAt }]
        : []));
}
function approvalUrls(trailers) {
    return trailers.filter((t) => t.key.toLowerCase() === 'shipgate-approval').map((t) => t.value);
}
/** Runs `fn` over `items` with at most `limit` running at once. */
async function inParallel(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
function fail(finding, reason) {
    finding.verdict = typeof reason === 'string' ? 'fail' : reason.verdict;
    finding.reason = typeof reason === 'string' ? reason : reason.reason;
}
/** The finding from the commit's paths and trailers alone, or `undefined` for one not listed. */
function judgeShape(input, environments) {
    const { commit, policy } = input;
    const base = baseFinding(commit);
    if (commit.parents.length > 1)
        return undefined; // judged by judgeMerges: it may only merge
    const touchesShipgate = commit.files.some((file) => file.startsWith('.shipgate/'));
    if (removesPolicy(commit, input.policyBlob !== undefined, input.hasPolicy)) {
        return {
            ...base,
            kind: 'policy-change',
            verdict: 'fail',
            reason: `it deletes ${POLICY_FILE}, leaving later commits unjudged`,
        };
    }
    if (typeof policy === 'string') {
        return {
            ...base,
            kind: touchesShipgate ? 'policy-change' : 'deploy',
            verdict: 'fail',
            reason: `the policy of its parent is invalid: ${policy.replace(/\.$/, '')}`,
        };
    }
    if (!policy) {
        return touchesShipgate
            ? { ...base, kind: 'policy-change', verdict: 'pass', reason: policyChangeReason(commit, commit.files) }
            : undefined;
    }
    const shape = shapeOf(commit, policy);
    if (shape.kind === 'other')
        return undefined;
    if (shape.kind === 'policy-change') {
        return { ...base, kind: 'policy-change', verdict: 'pass', reason: policyChangeReason(commit, shape.files) };
    }
    const environment = shape.kind === 'deploy' ? shape.target.environment.name : shape.environment;
    if (environments && environments.length > 0 && environment && !environments.includes(environment))
        return undefined;
    if (shape.kind === 'violation') {
        return { ...base, kind: 'deploy', environment, path: shape.path, verdict: 'fail', reason: shape.reason };
    }
    return {
        ...base,
        ...(input.decidedAt !== undefined ? { decidedAt: new Date(input.decidedAt).toISOString() } : {}),
        ...(input.pushedBy ? { pushedBy: input.pushedBy } : {}),
        kind: shape.trail.rollbackOf ? 'rollback' : 'deploy',
        environment,
        path: shape.target.directory,
        app: shape.trail.app,
        images: shape.trail.imageRefs,
        approvers: shape.trail.approvedBy,
        ...(shape.trail.rollbackTo ? { rollbackTo: shape.trail.rollbackTo } : {}),
        verdict: 'pass',
        reason: 'verified',
    };
}
function policyChangeReason(commit, files) {
    return `a policy change to ${files.join(', ')} by ${commit.author}, committed by ${commit.committer}`;
}
/** Approvals re-read and judged by the policy as it stood, bound to what the commit's files hold. */
async function judgeEvidence(evidence, { input, shape, finding }, content, repository) {
    if (!shape.target.environment.approvals)
        return;
    const trailers = input.commit.trailers;
    let verdict;
    try {
        verdict = await evidence.check({
            environment: shape.target.environment,
            urls: approvalUrls(trailers),
            approvedBy: shape.trail.approvedBy,
            imageRefs: content.images,
            configHash: content.configHash,
            run: shape.trail.run,
            committedAt: new Date(input.decidedAt).toISOString(),
            repository,
            app: shape.trail.app,
            path: shape.target.directory,
            ...(sourceCommit(shape.trail.source) ? { source: sourceCommit(shape.trail.source) } : {}),
        });
    }
    catch (error) {
        verdict = { status: 'unverifiable', reason: `could not verify its approvals: ${error.message}` };
    }
    if (verdict.status === 'rejected')
        fail(finding, verdict.reason);
    else if (verdict.status === 'unverifiable') {
        finding.verdict = 'could-not-verify';
        finding.reason = verdict.reason;
    }
    else
        finding.approvers = verdict.approvers;
}
/** A break-glass deploy during a freeze: the one who broke it is a verified approver and on the policy's list. */
async function breakGlassProblem(evidence, { input, shape, finding }) {
    const who = breakGlassOf(input.commit.trailers);
    if (!who || input.decidedAt === undefined || !freezeProblem([], shape.target, input.decidedAt))
        return undefined;
    if (!finding.approvers.includes(who))
        return `its Shipgate-Break-Glass names ${who}, who is not among its verified approvers`;
    try {
        if (await evidence.isMember(who, shape.target.environment.breakGlass))
            return undefined;
    }
    catch (error) {
        finding.verdict = 'could-not-verify';
        return `could not verify its break-glass: ${error.message}`;
    }
    return `its Shipgate-Break-Glass names ${who}, who is not on the break-glass list of ${shape.target.environment.name}`;
}
/**
 * When each digest first ran in each environment: the branch's deploys and those of the range,
 * each at the time GitHub recorded it arriving (the check's clock for commits not on the branch);
 * a deploy older than the record counts from the oldest recorded update, by which it was there.
 */
async function firstDeployed(deps, range) {
    const first = new Map();
    const note = (environment, imageRefs, at) => {
        if (at === undefined || Number.isNaN(at))
            return;
        const byDigest = first.get(environment) ?? new Map();
        first.set(environment, byDigest);
        for (const ref of imageRefs) {
            const digest = digestOf(ref) ?? ref;
            byDigest.set(digest, Math.min(at, byDigest.get(digest) ?? at));
        }
    };
    const { timeline } = deps.scope;
    for (const deploy of await readDeploymentsFromClone(deps.git, deps.branchRef)) {
        const arrival = timeline?.arrivals.get(deploy.commitSha);
        const older = timeline?.beforeRecord?.commits.has(deploy.commitSha) ? timeline.beforeRecord.until : undefined;
        note(deploy.environment, deploy.imageRefs, Date.parse(arrival?.timestamp ?? older ?? ''));
    }
    for (const input of range) {
        const trail = trailFromTrailers(input.commit.trailers);
        if (trail && !deps.scope.branchGraph.has(input.commit.sha))
            note(trail.environment, trail.imageRefs, input.decidedAt);
    }
    return first;
}
/** What each deploy's path holds at its commit, each distinct tree inspected once. */
async function readContents(objects, deploys) {
    const names = deploys.map(({ input, shape }) => `${input.commit.sha}:${shape.target.directory}`);
    const trees = await objects.resolve(names);
    const treeIds = [...new Set(trees.flatMap((info) => (info?.type === 'tree' ? [info.id] : [])))];
    const listings = await objects.listTrees(treeIds);
    const blobIds = [...new Set([...listings.values()].flat().map((entry) => entry.blob))];
    const texts = await objects.blobs(blobIds);
    const textOf = new Map(blobIds.map((id, i) => [id, texts[i] ?? '']));
    const parsedOf = parseYamlBlobs(listings, textOf);
    const byTree = new Map();
    for (const [tree, entries] of listings) {
        const read = (entry) => {
            const parsed = /\.ya?ml$/i.test(entry.path) ? parsedOf.get(entry.blob) : undefined;
            return { content: textOf.get(entry.blob) ?? '', ...(parsed ? { parsed } : {}) };
        };
        // What is hashed must be what the cluster applies: the writers' own content rule.
        const unsafe = environmentContentProblem(entries.map((entry) => ({ path: entry.path, mode: entry.mode, ...read(entry) })));
        if (unsafe) {
            byTree.set(tree, `its path holds content the cluster would not apply as hashed: ${unsafe.replace(/\.$/, '')}`);
            continue;
        }
        const files = withoutGeneratedKustomization(entries.map((entry) => ({ name: entry.path, ...read(entry) })));
        byTree.set(tree, await inspectCommittedFiles(files).catch((error) => `its files are not valid manifests: ${error.message.replace(/\.$/, '')}`));
    }
    const contents = new Map();
    const treeOf = new Map();
    deploys.forEach(({ input }, i) => {
        const info = trees[i];
        if (info?.type !== 'tree')
            return;
        contents.set(input.commit.sha, byTree.get(info.id));
        treeOf.set(input.commit.sha, info.id);
    });
    return { contents, trees: treeOf };
}
/** Each YAML file's blob parsed once, for the content rule and the config hash alike (parsing is most of their cost). */
function parseYamlBlobs(listings, textOf) {
    const parsed = new Map();
    for (const entries of listings.values()) {
        for (const entry of entries) {
            if (/\.ya?ml$/i.test(entry.path) && !parsed.has(entry.blob)) {
                parsed.set(entry.blob, parseYamlStream(textOf.get(entry.blob) ?? ''));
            }
        }
    }
    return parsed;
}
/** `%G?` per deploy commit whose environment requires signing, by the parent's allowed signers. */
async function readSignatures(deps, objects, deploys) {
    const result = new Map();
    const groups = new Map();
    for (const { input, shape } of deploys) {
        if (!shape.target.environment.signed)
            continue;
        if (!input.allowedSignersBlob)
            result.set(input.commit.sha, 'no-signers');
        else
            groups.set(input.allowedSignersBlob, [...(groups.get(input.allowedSignersBlob) ?? []), input.commit.sha]);
    }
    const blobIds = [...groups.keys()];
    const texts = await objects.blobs(blobIds);
    for (const [i, blob] of blobIds.entries()) {
        const file = (0,external_node_path_.join)(deps.tempDir, `allowed-signers-${blob}`);
        await (0,promises_.writeFile)(file, texts[i] ?? '');
        // git verifies each signature as `git verify-commit` does, with this allowed-signers file.
        const { stdout } = await deps.git([
            '-c',
            'gpg.format=ssh',
            '-c',
            `gpg.ssh.allowedSignersFile=${file}`,
            'log',
            '--no-walk=unsorted',
            '--stdin',
            '--format=%H %G? %GS',
        ], { input: `${groups.get(blob).join('\n')}\n` });
        for (const line of stdout.split('\n')) {
            const [sha, status = 'N', signer = ''] = line.split(' ');
            if (sha)
                result.set(sha, { status, signer });
        }
    }
    return result;
}
function signatureProblem(shape, signature) {
    if (!shape.target.environment.signed)
        return undefined;
    const environment = shape.target.environment.name;
    if (signature === 'no-signers')
        return `${environment} requires signed commits but its parent has no .shipgate/allowed-signers`;
    if (!signature || signature.status === 'N')
        return `it is not signed, and ${environment} requires signed commits`;
    if (signature.status !== 'G')
        return `its signature is not by a key in .shipgate/allowed-signers (git: ${signature.status})`;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/verify/src/outcome.ts


const outcome_EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/**
 * The judgement of each unit as a whole, after its commits: what the range leaves on each
 * environment path must be the content of a deploy in it that verified, and a range that changes
 * the policy changes nothing else. Three batched git calls for every unit of the scope.
 */
async function judgeOutcomes(git, objects, scope, inputs, findings) {
    const byCommit = new Map(findings.map((finding) => [finding.commit, finding]));
    const added = [];
    const changed = await changedPaths(objects, git, scope);
    const unitPolicies = new Map(inputs.map((input) => [input.unit, input.policy]));
    const byUnit = new Map();
    for (const input of inputs) {
        const members = byUnit.get(input.unit);
        if (members)
            members.push(input);
        else
            byUnit.set(input.unit, [input]);
    }
    const lookups = [];
    for (const index of scope.units.keys()) {
        const policy = unitPolicies.get(index);
        if (typeof policy !== 'object')
            continue;
        const members = byUnit.get(index) ?? [];
        const unitFindings = members.flatMap((input) => {
            const finding = byCommit.get(input.commit.sha);
            return finding ? [finding] : [];
        });
        const directories = environmentDirectories(policy, changed[index] ?? []);
        const failed = failedDirectories(policy, members, byCommit);
        mixedPolicyChange(unitFindings, directories);
        rolledBackToFailure(unitFindings, byCommit);
        for (const [directory, environment] of directories) {
            // A commit of the unit already failed on this path: the outcome adds nothing to that finding.
            if (failed.has(directory))
                continue;
            const candidates = unitFindings
                .filter((f) => f.verdict === 'pass' && (f.kind === 'deploy' || f.kind === 'rollback') && f.path === directory)
                .map((f) => f.commit);
            lookups.push({ unit: index, directory, environment, candidates });
        }
    }
    const names = lookups.flatMap(({ unit, directory, candidates }) => [
        `${scope.units[unit].head}:${directory}`,
        ...candidates.map((commit) => `${commit}:${directory}`),
    ]);
    const trees = await objects.resolve(names);
    let at = 0;
    for (const { unit, directory, environment, candidates } of lookups) {
        const result = trees[at]?.id;
        const made = candidates.some((_, i) => trees[at + 1 + i]?.id === result);
        at += 1 + candidates.length;
        if (made)
            continue;
        const head = scope.units[unit].head;
        added.push({
            ...headFinding(head, inputs),
            kind: 'deploy',
            environment,
            path: directory,
            verdict: 'fail',
            reason: `the range leaves ${directory} ${result ? 'holding files' : 'deleted'} that no verified deploy or rollback in it made`,
        });
    }
    return added;
}
/** Per unit, the paths whose content differs between its base and its head (one git call). */
async function changedPaths(objects, git, scope) {
    const commits = scope.units.flatMap((unit) => [
        unit.base ? `${unit.base}^{tree}` : 'HEAD:/none',
        `${unit.head}^{tree}`,
    ]);
    const trees = await objects.resolve(commits);
    const pairs = scope.units.map((_, i) => `${trees[i * 2]?.id ?? outcome_EMPTY_TREE} ${trees[i * 2 + 1]?.id ?? outcome_EMPTY_TREE}`);
    if (pairs.length === 0)
        return [];
    const { stdout } = await git(['diff-tree', '--stdin', '-r', '-z', '--name-only', '--no-renames'], {
        input: `${pairs.join('\n')}\n`,
    });
    return parsePairDiffs(stdout, pairs);
}
/** `git diff-tree --stdin -z --name-only` fed `<tree> <tree>` lines: each line echoed, then its paths. */
function parsePairDiffs(output, pairs) {
    const byPair = new Map();
    let current;
    for (const token of output.split('\u0000')) {
        const echo = /^([0-9a-f]{40,64} [0-9a-f]{40,64})\n/.exec(token);
        if (echo) {
            current = byPair.get(echo[1]) ?? [];
            byPair.set(echo[1], current);
            const rest = token.slice(echo[0].length);
            if (rest)
                current.push(rest);
        }
        else if (token)
            current?.push(token);
    }
    return pairs.map((pair) => byPair.get(pair) ?? []);
}
/** The environment paths that a commit of the unit touched and failed on. */
function failedDirectories(policy, inputs, byCommit) {
    const failed = new Set();
    for (const input of inputs) {
        const finding = byCommit.get(input.commit.sha);
        if (!finding || finding.verdict === 'pass')
            continue;
        if (finding.path)
            failed.add(finding.path);
        for (const directory of environmentDirectories(policy, input.commit.files).keys())
            failed.add(directory);
    }
    return failed;
}
function environmentDirectories(policy, paths) {
    const directories = new Map();
    for (const path of paths) {
        const target = environmentPathOf(policy, path);
        if (target)
            directories.set(target.directory, target.environment.name);
    }
    return directories;
}
/**
 * A range that changes `.shipgate/` and an environment path fails: policy changes merge on their
 * own, so one pull request cannot loosen the policy, deploy, and restore it unseen by review.
 */
function mixedPolicyChange(unitFindings, directories) {
    const deploys = unitFindings.filter((finding) => finding.kind !== 'policy-change' && finding.environment);
    const touched = new Set([
        ...directories.keys(),
        ...deploys.flatMap((finding) => (finding.path ? [finding.path] : [])),
    ]);
    if (touched.size === 0)
        return;
    const list = [...touched].slice(0, 3).join(', ');
    for (const finding of unitFindings) {
        if (finding.kind !== 'policy-change' || finding.verdict !== 'pass')
            continue;
        finding.verdict = 'fail';
        finding.reason = `${finding.reason}, in the same range as changes to ${list}: policy changes merge on their own`;
    }
}
/** A rollback to a deploy of the same range counts only if that deploy verified. */
function rolledBackToFailure(unitFindings, byCommit) {
    for (const finding of unitFindings) {
        if (finding.kind !== 'rollback' || finding.verdict !== 'pass' || !finding.rollbackTo)
            continue;
        const restored = [...byCommit.values()].find((other) => other.commit.startsWith(finding.rollbackTo));
        if (restored && restored.verdict !== 'pass') {
            finding.verdict = 'fail';
            finding.reason = `it restores ${restored.commit.slice(0, 12)}, which did not verify`;
        }
    }
}
/** The finding's commit fields for a unit's head. */
function headFinding(head, inputs) {
    const commit = inputs.find((input) => input.commit.sha === head)?.commit;
    return commit ? baseFinding(commit) : { ...baseFinding(emptyCommit(head)) };
}
function emptyCommit(sha) {
    return { sha, parents: [], committedAt: '', author: '', committer: '', subject: '', trailers: [], files: [] };
}
/**
 * An audit's findings about the record itself: a force push GitHub recorded, and commits on the
 * branch that no recorded push or merge brought.
 */
function judgeHistory(scope, commits) {
    const audit = scope.units.some((unit) => unit.update);
    if (!audit || !scope.timeline)
        return [];
    const findings = [];
    const logged = new Map(commits.map((commit) => [commit.sha, commit]));
    for (const unit of scope.units) {
        if (unit.update?.type !== 'force_push')
            continue;
        findings.push({
            ...baseFinding(logged.get(unit.head) ?? emptyCommit(unit.head)),
            kind: 'history',
            verdict: 'fail',
            reason: `GitHub recorded a force push by ${unit.update.actor} at ${unit.update.timestamp}, replacing ${unit.update.before.slice(0, 12)}`,
        });
    }
    for (const sha of scope.timeline.unrecorded) {
        findings.push({
            ...baseFinding(logged.get(sha) ?? emptyCommit(sha)),
            kind: 'history',
            verdict: 'fail',
            reason: "no push or merge in GitHub's activity record brought it onto the branch",
        });
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/verify/src/timeline.ts
const ZERO = /^0+$/;
/**
 * Places the branch's commits (`parents`: every commit reachable from the tip, with its parents)
 * on the branch's recorded updates, oldest first: each commit belongs to the first update whose
 * `after` reaches it. One walk over the graph, whatever the number of updates.
 */
function placeOnTimeline(parents, tip, updates) {
    const arrivals = new Map();
    const placed = [];
    const oldest = updates.find((update) => update.type !== 'branch_deletion');
    const beforeRecord = oldest && !ZERO.test(oldest.before) && parents.has(oldest.before)
        ? { commits: reachable(parents, [oldest.before], new Set()), until: oldest.timestamp }
        : undefined;
    const seen = new Set(beforeRecord?.commits ?? []);
    for (const update of updates) {
        if (update.type === 'branch_deletion' || ZERO.test(update.after))
            continue;
        const commits = [...reachable(parents, [update.after], seen)];
        for (const sha of commits) {
            seen.add(sha);
            arrivals.set(sha, { timestamp: update.timestamp, actor: update.actor, update });
        }
        placed.push({ update, commits });
    }
    const unrecorded = [...reachable(parents, [tip], seen)];
    return { arrivals, updates: placed, beforeRecord, unrecorded };
}
/** Commits reachable from `starts` through `parents`, not entering `stop`; only commits the graph has. */
function reachable(parents, starts, stop) {
    const found = new Set();
    const stack = starts.filter((sha) => parents.has(sha) && !stop.has(sha));
    while (stack.length > 0) {
        const sha = stack.pop();
        if (found.has(sha) || stop.has(sha))
            continue;
        found.add(sha);
        for (const parent of parents.get(sha) ?? [])
            if (parents.has(parent) && !found.has(parent))
                stack.push(parent);
    }
    return found;
}
/** `git log --format='%H %P'` → each commit's parents. */
function parseParents(output) {
    const parents = new Map();
    for (const line of output.split('\n')) {
        const [sha, ...rest] = line.trim().split(' ');
        if (sha)
            parents.set(sha, rest.filter(Boolean));
    }
    return parents;
}

;// CONCATENATED MODULE: ./packages/verify/src/scope.ts



/** The range cannot be judged at all: one sentence, and the check fails. */
class UnverifiableRangeError extends errors/* ConfigurationError */.j1 {
    name = 'UnverifiableRangeError';
}
const scope_ZERO = /^0+$/;
/** The units of `range`, each commit's arrival on the branch where GitHub recorded it. */
async function scopeOf(git, range, branch, activity) {
    const branchGraph = parseParents((await git(['log', '--format=%H %P', branch.ref])).stdout);
    const tip = (await git(['rev-parse', '--verify', `${branch.ref}^{commit}`])).stdout.trim();
    const { timeline, activityProblem } = await readTimeline(branchGraph, tip, branch.name, activity);
    const base = { branchGraph, timeline, activityProblem };
    switch (range.kind) {
        case 'pull-request':
            return { ...base, units: [await unit(git, tip, PULL_HEAD_REF)], revisions: [`${tip}..${PULL_HEAD_REF}`] };
        case 'commits': {
            if (scope_ZERO.test(range.from)) {
                throw new UnverifiableRangeError(`The range starts at ${range.from.slice(0, 12)}, a branch that did not exist: there is no protected base to judge ${range.to} by; verify it as a pull request into the branch it came from.`);
            }
            const from = await resolveCommit(git, range.from, 'base');
            const to = await resolveCommit(git, range.to, 'head');
            return { ...base, units: [await unit(git, from, to)], revisions: [`${from}..${to}`] };
        }
        case 'since':
        case 'branch':
            return auditScope(base, tip, range.kind === 'since' ? range.since : undefined);
    }
}
async function readTimeline(graph, tip, branch, activity) {
    if (!activity) {
        return {
            timeline: undefined,
            activityProblem: "GitHub's activity record of the branch was not read (no API token)",
        };
    }
    try {
        return { timeline: placeOnTimeline(graph, tip, await activity.branchUpdates(branch)), activityProblem: undefined };
    }
    catch (error) {
        return {
            timeline: undefined,
            activityProblem: `GitHub's activity record of the branch could not be read: ${error.message.replace(/\.$/, '')}`,
        };
    }
}
/** A pushed history, push by push as GitHub recorded them; commits no update brought are found by the judge. */
function auditScope(base, tip, since) {
    const { timeline } = base;
    if (!timeline) {
        throw new UnverifiableRangeError(`An audit of pushed history is judged push by push from GitHub's activity record, and ${base.activityProblem}.`);
    }
    const inWindow = timeline.updates.filter(({ update }) => !since || Date.parse(update.timestamp) >= since.getTime());
    const units = inWindow.map(({ update, commits }) => ({
        base: scope_ZERO.test(update.before) ? undefined : update.before,
        head: update.after,
        commits: new Set(commits),
        update,
    }));
    const oldest = inWindow[0]?.update.before;
    const revisions = [tip, ...(oldest && !scope_ZERO.test(oldest) && base.branchGraph.has(oldest) ? [`^${oldest}`] : [])];
    if (since && inWindow.length === 0)
        revisions.push(`^${tip}`);
    return { ...base, units, revisions };
}
async function unit(git, base, head) {
    const shared = await git(['merge-base', base, head], { ignoreReturnCode: true });
    if (shared.exitCode !== 0) {
        throw new UnverifiableRangeError(`${head.startsWith('refs/') ? 'The pull request' : head.slice(0, 12)} shares no history with ${base.slice(0, 12)}: unrelated history cannot be judged against the protected base.`);
    }
    const listed = await git(['rev-list', `${base}..${head}`]);
    return { base, head, commits: new Set(listed.stdout.split('\n').filter(Boolean)) };
}
async function resolveCommit(git, revision, role) {
    const name = /^[0-9a-f]{7,64}([~^][0-9]*)*$/.test(revision) ? revision : `refs/remotes/origin/${revision}`;
    const found = await git(['rev-parse', '--verify', '--quiet', `${name}^{commit}`], { ignoreReturnCode: true });
    if (found.exitCode !== 0) {
        throw new UnverifiableRangeError(`The range's ${role} ${revision} is not in the repository (force-pushed away, or never pushed), so nothing can be judged against it.`);
    }
    return found.stdout.trim();
}

;// CONCATENATED MODULE: ./packages/verify/src/verify.ts












/** The repository holds no policy to judge by: a mistake for the check, a notice for the report. */
class NoPolicyError extends errors/* ConfigurationError */.j1 {
    name = 'NoPolicyError';
}
/**
 * Judges a range of the GitOps repository under the protected base's policy: every commit head
 * brings (any parents), the net result, and for pushed history GitHub's record of who pushed what
 * when. One clone, one `git log`, batched object reads, then the API for evidence.
 */
async function verifyDeployments(options) {
    return clone_withScratchClone(options, { purpose: 'verify', wholeHistory: true }, async ({ dir, url, git }) => {
        const branch = await fetchRange(git, options.range, options.branch);
        const branchRef = refs_remoteTrackingRef(branch);
        const range = describeRange(options.range, branch);
        let scope;
        try {
            scope = await scopeOf(git, options.range, { name: branch, ref: branchRef }, options.activity);
        }
        catch (error) {
            if (!(error instanceof UnverifiableRangeError))
                throw error;
            const findings = [rangeFinding(error.message)];
            verify_report(options.log, findings);
            return buildVerifyReport({ repository: url, branch, range, findings });
        }
        const commits = await readLog(git, scope.revisions);
        const objects = new ObjectReader(git);
        const { inputs, policies } = await readJudgeInputs(objects, scope, commits, options.now ?? new Date());
        if (!inputs.some((input) => typeof input.policy === 'object') && inputs.length > 0 && !policies.tipHasPolicy) {
            throw new NoPolicyError(`The GitOps repository has no ${POLICY_FILE} on ${branch}: verify-deployments judges deploys by it; add one (see docs/workflows.md).`);
        }
        const identity = gitopsRepositoryIdentity(options.repository, options);
        const findings = await judgeCommits({ commits: inputs, objects }, {
            git,
            evidence: options.evidence,
            environments: options.environments,
            tempDir: dir,
            branchRef,
            scope,
            claims: {
                scanEvidence: options.scanEvidence,
                deployStatement: options.trust?.trust
                    ? deployStatementVerifier({
                        git,
                        trust: options.trust.trust,
                        ...(options.trust.issuer ? { issuer: options.trust.issuer } : {}),
                    })
                    : undefined,
                repository: identity,
            },
            repository: identity,
        });
        findings.push(...(await judgeOutcomes(git, objects, scope, inputs, findings)));
        findings.push(...judgeHistory(scope, commits));
        verify_report(options.log, findings);
        return buildVerifyReport({ repository: url, branch, range, findings });
    });
}
/**
 * Fetches every branch with its history and files and, for a pull request, its head. Not the
 * package's filtered `fetchBranch`: the verifier reads the files of every deploy in the range,
 * which a partial clone would fetch one missing object at a time.
 */
async function fetchRange(git, range, branchInput) {
    const branch = branchInput || (await refs_remoteDefaultBranch(git)) || 'main';
    const refspecs = ['+refs/heads/*:refs/remotes/origin/*'];
    if (range.kind === 'pull-request')
        refspecs.push(`+refs/pull/${range.number}/head:${PULL_HEAD_REF}`);
    await fetch(git, { refspecs });
    const found = await git(['rev-parse', '--verify', '--quiet', `${refs_remoteTrackingRef(branch)}^{commit}`], {
        ignoreReturnCode: true,
    });
    if (found.exitCode !== 0) {
        throw new errors/* ConfigurationError */.j1(`Input "branch" names ${branch}, which the GitOps repository does not have.`);
    }
    return branch;
}
/** Every commit of the scope, oldest first, each with the paths it changed against its first parent. */
async function readLog(git, revisions) {
    const { stdout } = await git([
        'log',
        '-z',
        '--name-only',
        '--no-renames',
        `--format=${VERIFY_LOG_FORMAT}`,
        ...revisions,
        '--',
    ]);
    return parseCommitLog(stdout).reverse();
}
/**
 * Per commit, the policy and allowed-signers of its unit's base and when it reached the branch;
 * the object reads batched for the whole range, each distinct policy blob parsed once.
 */
async function readJudgeInputs(objects, scope, commits, now) {
    const heads = [...new Set(scope.units.map((unit) => unit.head))];
    const bases = scope.units.map((unit) => unit.base);
    const names = [
        ...bases.flatMap((base) => (base ? [`${base}:${POLICY_FILE}`, `${base}:${ALLOWED_SIGNERS_FILE}`] : ['', ''])),
        ...heads.map((head) => `${head}:${POLICY_FILE}`),
        ...commits.map((commit) => `${commit.sha}:${POLICY_FILE}`),
    ];
    const infos = await objects.resolve(names.map((name) => name || 'HEAD:/nonexistent'));
    const headPolicies = new Map(heads.map((head, i) => [head, infos[bases.length * 2 + i]]));
    const ownPolicies = new Map(commits.map((commit, i) => [commit.sha, infos[bases.length * 2 + heads.length + i]]));
    const policyInfos = [...bases.map((_, i) => infos[i * 2]), ...headPolicies.values()];
    const blobs = [...new Set(policyInfos.flatMap((info) => (info ? [info.id] : [])))];
    const texts = await objects.blobs(blobs);
    const parsed = new Map();
    blobs.forEach((id, i) => {
        try {
            parsed.set(id, parsePolicy(texts[i] ?? '', `${POLICY_FILE} of the protected base`));
        }
        catch (error) {
            parsed.set(id, error.message);
        }
    });
    const unitPolicies = scope.units.map((unit, i) => {
        const [policyInfo, signersInfo] = [infos[i * 2], infos[i * 2 + 1]];
        // A base without a policy (the change that adds it) is classified by the head's, so that
        // environment paths changed beside the new policy are seen (and fail: policy changes go alone).
        const classifying = policyInfo ?? headPolicies.get(unit.head);
        return {
            policy: classifying ? parsed.get(classifying.id) : undefined,
            policyBlob: policyInfo?.id,
            allowedSignersBlob: signersInfo?.id,
        };
    });
    const unitOf = new Map();
    scope.units.forEach((unit, index) => {
        for (const sha of unit.commits)
            if (!unitOf.has(sha))
                unitOf.set(sha, index);
    });
    const inputs = commits.flatMap((commit) => {
        const index = unitOf.get(commit.sha);
        if (index === undefined)
            return [];
        const unit = scope.units[index];
        return [
            {
                commit,
                unit: index,
                ...unitPolicies[index],
                hasPolicy: ownPolicies.get(commit.sha) !== undefined,
                decidedAt: decisionTime(scope, unit, commit.sha, now),
                pushedBy: unit.update?.actor ?? scope.timeline?.arrivals.get(commit.sha)?.actor,
            },
        ];
    });
    return { inputs, policies: { tipHasPolicy: [...headPolicies.values()].some(Boolean) } };
}
/**
 * When the change was decided, from facts the writer cannot set: the time GitHub recorded it
 * arriving on the branch, or for a commit not on the branch (a pull request, a merge group) the
 * check's own clock. `undefined` when it is on the branch but GitHub's record does not say when.
 */
function decisionTime(scope, unit, sha, now) {
    if (unit.update)
        return Date.parse(unit.update.timestamp);
    const arrival = scope.timeline?.arrivals.get(sha);
    if (arrival)
        return Date.parse(arrival.timestamp);
    return scope.branchGraph.has(sha) ? undefined : now.getTime();
}
function rangeFinding(reason) {
    return {
        commit: '',
        committedAt: '',
        author: '',
        committer: '',
        subject: '',
        kind: 'history',
        images: [],
        approvers: [],
        verdict: 'could-not-verify',
        reason: reason.replace(/\.$/, ''),
    };
}
function verify_report(log, findings) {
    for (const finding of findings) {
        const where = finding.environment ? ` (${finding.environment})` : '';
        const line = `${finding.commit ? `${finding.commit.slice(0, 12)}${where}: ` : ''}${finding.reason}`;
        if (finding.verdict === 'fail')
            log.error(`Violation: ${line}.`, { title: 'verify-deployments' });
        else if (finding.verdict === 'could-not-verify')
            log.error(`Could not verify: ${line}.`, { title: 'verify-deployments' });
        else if (finding.kind === 'policy-change')
            log.notice(`Policy change ${line}.`, { title: 'verify-deployments' });
        else
            log.debug(line);
    }
}

;// CONCATENATED MODULE: ./packages/verify/src/activity.ts
/**
 * The Repository Activity API (`GET /repos/{owner}/{repo}/activity`): pushes, force pushes and
 * merges of a branch, read once per branch and verification. An activity list longer than
 * `maxPages` pages of 100 is an error, never a silent cut.
 */
class GitHubActivity {
    #client;
    #owner;
    #repo;
    #maxPages;
    #read = new Map();
    constructor(client, repository, tuning = {}) {
        this.#client = client;
        this.#owner = repository.owner;
        this.#repo = repository.repo;
        this.#maxPages = tuning.maxPages ?? 500;
    }
    branchUpdates(branch) {
        let read = this.#read.get(branch);
        if (!read) {
            read = this.#fetch(branch);
            this.#read.set(branch, read);
        }
        return read;
    }
    async #fetch(branch) {
        const entries = await this.#client.paginate('GET /repos/{owner}/{repo}/activity', {
            params: { owner: this.#owner, repo: this.#repo },
            query: { ref: `refs/heads/${branch}`, direction: 'asc' },
            maxPages: this.#maxPages,
        });
        return entries
            .map((entry) => ({
            before: entry.before,
            after: entry.after,
            timestamp: entry.timestamp,
            actor: entry.actor?.login ?? 'unknown',
            type: entry.activity_type,
        }))
            .sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
    }
}
/** `owner/name` of the GitOps repository on GitHub, for its activity; `undefined` when it is no such name. */
function githubRepositoryOf(value) {
    const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?$/.exec(value?.trim() ?? '');
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
/**
 * The activity record of the GitOps repository, when there is a token to read it and a GitHub
 * name to read it by: `github-repository`, else `repository` when it is `owner/name`.
 */
function activitySourceFor(client, names) {
    const repository = githubRepositoryOf(names.githubRepository) ?? githubRepositoryOf(names.repository);
    return client && repository ? new GitHubActivity(client, repository) : undefined;
}
/**
 * The push a `push` event reports (`before`, `after`, `repository.pushed_at`, `pusher`): GitHub's
 * own record of the update the check runs for, which the activity API may list only a little later.
 */
function pushFromEvent(eventName, payload) {
    const event = payload;
    const pushedAt = event.repository?.pushed_at;
    if (eventName !== 'push' || !event.ref || !event.before || !event.after || pushedAt === undefined)
        return undefined;
    const timestamp = new Date(typeof pushedAt === 'number' ? pushedAt * 1000 : pushedAt);
    if (Number.isNaN(timestamp.getTime()))
        return undefined;
    return {
        ref: event.ref,
        before: event.before,
        after: event.after,
        timestamp: timestamp.toISOString(),
        actor: event.pusher?.name ?? 'unknown',
        type: event.forced ? 'force_push' : /^0+$/.test(event.before) ? 'branch_creation' : 'push',
    };
}
/** The recorded updates, plus the event's own push to the branch where the record does not list it yet. */
function withEventPush(source, push) {
    if (!push)
        return source;
    return {
        branchUpdates: async (branch) => {
            const recorded = source ? await source.branchUpdates(branch) : [];
            if (push.ref !== `refs/heads/${branch}`)
                return recorded;
            if (recorded.some((update) => update.after === push.after && update.before === push.before))
                return recorded;
            const { ref: _ref, ...update } = push;
            return [...recorded, update].sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
        },
    };
}

;// CONCATENATED MODULE: ./packages/approvals/src/policy.ts

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM_SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Parses `alice`, `@alice`, `acme/platform`, `@acme/platform` entries of one input. */
function parseApproverList(entries, inputName) {
    const list = { users: [], teams: [] };
    for (const raw of entries) {
        const entry = raw.replace(/^@/, '');
        const slash = entry.indexOf('/');
        if (slash >= 0) {
            const org = entry.slice(0, slash);
            const slug = entry.slice(slash + 1);
            if (!LOGIN.test(org) || !TEAM_SLUG.test(slug)) {
                throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${raw}", which is not a user or an org/team slug.`);
            }
            if (!list.teams.some((team) => sameLogin(team.org, org) && sameLogin(team.slug, slug))) {
                list.teams.push({ org, slug });
            }
        }
        else {
            if (!LOGIN.test(entry)) {
                throw new errors/* ConfigurationError */.j1(`Input "${inputName}" has "${raw}", which is not a GitHub user name.`);
            }
            if (!list.users.some((user) => sameLogin(user, entry)))
                list.users.push(entry);
        }
    }
    return list;
}
function sameLogin(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function teamName(team) {
    return `${team.org}/${team.slug}`;
}
function policy_formatApproverList(list) {
    return [...list.users, ...list.teams.map(teamName)];
}
/**
 * Builds the policy and checks, before any API call, that it can be met: `min-approvals` no larger
 * than the people who could approve once the excluded are taken out, and the image/config
 * approver requirements not resting only on excluded people.
 */
function buildApprovalPolicy(settings) {
    const approvers = parseApproverList(settings.approvers, 'approvers');
    const imageApprovers = parseApproverList(settings.imageApprovers, 'image-approvers');
    const configApprovers = parseApproverList(settings.configApprovers, 'config-approvers');
    const excluded = settings.allowSelfApproval
        ? []
        : [...new Set(settings.selfLogins.filter((login) => Boolean(login)).map((l) => l.toLowerCase()))];
    const policy = {
        approvers,
        imageApprovers,
        configApprovers,
        minApprovals: settings.minApprovals,
        allowSelfApproval: settings.allowSelfApproval,
        configChanged: settings.configChanged,
        excluded,
    };
    const lists = [approvers, imageApprovers, configApprovers];
    const open = lists.every((list) => list.users.length === 0 && list.teams.length === 0);
    if (open && !settings.allowEmptyApprovers) {
        throw new errors/* ConfigurationError */.j1('Input "approvers" is required: name the users or org/team slugs who may approve.');
    }
    const eligible = (list) => list.users.filter((user) => !excluded.includes(user.toLowerCase()));
    const exclusionNote = excluded.length > 0 ? ` once ${excluded.join(', ')} (who cannot approve their own deployment) are excluded` : '';
    // A team may hold any number of people, so only all-user lists bound what is possible.
    const unbounded = open || lists.some((list) => list.teams.length > 0);
    if (!unbounded) {
        const possible = new Set(lists.flatMap(eligible).map((user) => user.toLowerCase())).size;
        if (settings.minApprovals > possible) {
            throw new errors/* ConfigurationError */.j1(`Input "min-approvals" is ${settings.minApprovals}, but only ${possible} approver${possible === 1 ? '' : 's'} can approve${exclusionNote}.`);
        }
    }
    for (const [list, name] of [
        [imageApprovers, 'image-approvers'],
        [configApprovers, 'config-approvers'],
    ]) {
        if (name === 'config-approvers' && !settings.configChanged)
            continue;
        if (list.teams.length === 0 && list.users.length > 0 && eligible(list).length === 0) {
            throw new errors/* ConfigurationError */.j1(`Input "${name}" names nobody who can approve${exclusionNote}.`);
        }
    }
    return policy;
}
/** The teams whose membership decides whether `login` is in each list (users named directly need none). */
function policy_teamsToCheck(policy, login) {
    const teams = [];
    for (const list of [policy.approvers, policy.imageApprovers, policy.configApprovers]) {
        if (list.users.some((user) => sameLogin(user, login)))
            continue;
        for (const team of list.teams) {
            if (!teams.some((known) => teamName(known).toLowerCase() === teamName(team).toLowerCase()))
                teams.push(team);
        }
    }
    return teams;
}
/** Membership of `login`, given the teams they are an active member of. */
function policy_membershipOf(policy, login, activeTeams) {
    const inList = (list) => list.users.some((user) => sameLogin(user, login)) ||
        list.teams.some((team) => activeTeams.some((active) => sameLogin(teamName(active), teamName(team))));
    return {
        approver: inList(policy.approvers),
        imageApprover: inList(policy.imageApprovers),
        configApprover: inList(policy.configApprovers),
    };
}
/**
 * Applies the policy to decisions in the order they were made. Each person counts once; a denial
 * from someone entitled to approve ends the request; everyone else is ignored. With `open` (an
 * environment gate with no approver list), anyone not excluded counts, as GitHub already checked
 * that they are a required reviewer.
 */
function policy_evaluateDecisions(policy, decisions, membership, options = {}) {
    const approvals = [];
    const ignored = [];
    const seen = new Set();
    const satisfied = { image: false, config: false };
    for (const decision of decisions) {
        const key = decision.login.toLowerCase();
        if (policy.excluded.includes(key)) {
            ignored.push({ decision, reason: 'cannot approve their own deployment' });
            continue;
        }
        const member = options.open
            ? { approver: true, imageApprover: false, configApprover: false }
            : membership(decision.login);
        if (!member.approver && !member.imageApprover && !member.configApprover) {
            ignored.push({ decision, reason: 'is not an approver' });
            continue;
        }
        if (seen.has(key)) {
            ignored.push({ decision, reason: 'already answered' });
            continue;
        }
        seen.add(key);
        if (decision.verdict === 'deny') {
            return { status: 'denied', approvals, denial: decision, ignored, missing: [] };
        }
        if (member.imageApprover)
            satisfied.image = true;
        if (member.configApprover)
            satisfied.config = true;
        approvals.push({
            login: decision.login,
            at: decision.at,
            source: decision.source,
            ...(decision.comment ? { comment: decision.comment } : {}),
            ...(decision.commentId ? { commentId: decision.commentId } : {}),
            ...(decision.url ? { url: decision.url } : {}),
            role: member.configApprover && (policy.configChanged || !member.imageApprover)
                ? 'config'
                : member.imageApprover
                    ? 'image'
                    : 'any',
        });
    }
    const missing = [];
    if (approvals.length < policy.minApprovals) {
        const more = policy.minApprovals - approvals.length;
        missing.push(`${more} more approval${more === 1 ? '' : 's'}`);
    }
    if (hasEntries(policy.imageApprovers) && !satisfied.image)
        missing.push('an approval from an image approver');
    if (policy.configChanged && hasEntries(policy.configApprovers) && !satisfied.config) {
        missing.push('an approval from a config approver (the config changed)');
    }
    return { status: missing.length === 0 ? 'approved' : 'pending', approvals, ignored, missing };
}
function hasEntries(list) {
    return list.users.length > 0 || list.teams.length > 0;
}
/**
 * Parses `/approve [reason]` or `/deny <reason>` on the first line of a comment; anything else is
 * `undefined`. A bare `/deny` still denies: a gate must not read a refusal as silence.
 */
function policy_parseCommand(body) {
    const [first = '', ...rest] = body.split(/\r?\n/);
    const match = /^\s*\/(approve|deny)(?:\s+(.*))?$/i.exec(first.trimEnd());
    if (!match)
        return undefined;
    const verdict = match[1]?.toLowerCase() === 'approve' ? 'approve' : 'deny';
    const reason = [match[2] ?? '', ...rest].join('\n').trim();
    return { verdict, reason };
}

;// CONCATENATED MODULE: ./packages/approvals/src/team-cache.ts


/** Caches `GET /orgs/{org}/teams/{team_slug}/memberships/{username}` answers: active members only. */
class team_cache_TeamMembershipCache {
    client;
    signal;
    #known = new Map();
    constructor(client, signal) {
        this.client = client;
        this.signal = signal;
    }
    isKnown(team, login) {
        return this.#known.has(this.#key(team, login));
    }
    activeTeams(teams, login) {
        return teams.filter((team) => this.#known.get(this.#key(team, login)) === true);
    }
    async check(team, login) {
        const key = this.#key(team, login);
        const cached = this.#known.get(key);
        if (cached !== undefined)
            return cached;
        let active = false;
        try {
            const { data } = await this.client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { params: { org: team.org, team_slug: team.slug, username: login }, signal: this.signal });
            active = data?.state === 'active';
        }
        catch (error) {
            // 404 is GitHub's answer for "not a member"; anything else is a real failure.
            if (error instanceof github_client/* GitHubApiError */.O && error.status === 403 && !error.rateLimited) {
                throw new errors/* ShipgateError */.Yu(`Could not check whether ${login} is in team ${teamName(team)}: ${error.message}. The token must be able to read the organization's team members, which the default GITHUB_TOKEN cannot; use a GitHub App or fine-grained token with "Members: read".`);
            }
            if (!(error instanceof github_client/* GitHubApiError */.O && error.status === 404))
                throw error;
        }
        this.#known.set(key, active);
        return active;
    }
    #key(team, login) {
        return `${teamName(team)}\n${login}`.toLowerCase();
    }
}

;// CONCATENATED MODULE: ./packages/approvals/src/issue-gate.ts





class ApprovalCancelledError extends (/* unused pure expression or super */ null && (ShipgateError)) {
    name = 'ApprovalCancelledError';
}
async function issueGate(request, deps, where) {
    const { client, log, signal } = deps;
    const now = deps.now ?? Date.now;
    const sleep = deps.sleep ?? abortableSleep;
    const started = now();
    const deadline = started + request.timeoutMs;
    const { issue, requestPosted } = await openIssueRequest(request, client, log, where, signal);
    log.info(`Approval requested in ${requestPosted.html_url}; waiting up to ${Math.round(request.timeoutMs / 60_000)} min.`);
    const context = {
        request,
        client,
        log,
        signal,
        where,
        issue,
        requestPosted,
        teams: new TeamMembershipCache(client, signal),
    };
    let state = {
        since: issue.created_at,
        seen: new Set(),
        pending: [],
        decisions: [],
        loggedIgnored: 0,
        loggedApprovals: 0,
        polls: 0,
    };
    let evaluation = evaluationOfNone(request);
    let status;
    let failure;
    const progressEvery = request.progressIntervalMs ?? DEFAULT_PROGRESS_INTERVAL_MS;
    let nextProgress = started + progressEvery;
    try {
        while (!status) {
            if (signal?.aborted) {
                status = 'cancelled';
                break;
            }
            ({ state, evaluation } = await pollOnce(state, context));
            if (evaluation.status === 'approved' || evaluation.status === 'denied') {
                status = evaluation.status;
                break;
            }
            const left = deadline - now();
            if (left <= 0)
                status = 'timed-out';
            else {
                // At the first poll after each interval: steady, and never a read of its own.
                if (now() >= nextProgress) {
                    log.info(waitingLine(request.policy, evaluation, left));
                    while (nextProgress <= now())
                        nextProgress += progressEvery;
                }
                await sleep(Math.min(request.pollIntervalMs, left), signal);
            }
        }
    }
    catch (error) {
        if (signal?.aborted)
            status = 'cancelled';
        else
            [status, failure] = ['failed', error];
    }
    const decidedAt = new Date(now()).toISOString();
    await closeIssue(client, log, where, issue.number, closingComment(request, status, evaluation, failure), status);
    if (status === 'failed')
        throw failure;
    if (status === 'cancelled') {
        throw new ApprovalCancelledError(`The approval request ${issue.html_url} was cancelled with the job.`);
    }
    const requestedAt = new Date(started).toISOString();
    const details = { requestUrl: issue.html_url, issueNumber: issue.number, polls: state.polls, requestedAt, decidedAt };
    return { status, evaluation, details };
}
/**
 * The issue, and the request as its first comment: a comment has an `updated_at`, so an edit shows,
 * and approvals count only after it (the body is anyone's with issues: write, and has no such
 * time). When the comment cannot be posted the issue is closed again.
 */
async function openIssueRequest(request, client, log, where, signal) {
    // Only users can be assignees; GitHub takes at most 10.
    const assignees = [
        ...new Set([request.policy.approvers, request.policy.imageApprovers, request.policy.configApprovers]
            .flatMap((list) => list.users)
            .filter((user) => !request.policy.excluded.includes(user.toLowerCase()))),
    ].slice(0, 10);
    const { data: issue } = await client.request('POST /repos/{owner}/{repo}/issues', { params: where, body: { title: issueTitle(request), body: issueBody(request), assignees }, signal });
    try {
        const { data: requestPosted } = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { params: { ...where, issue_number: issue.number }, body: { body: requestComment(request) }, signal });
        return { issue, requestPosted };
    }
    catch (error) {
        const comment = closingComment(request, 'failed', evaluationOfNone(request), error);
        await closeIssue(client, log, where, issue.number, comment, 'failed');
        throw error;
    }
}
/**
 * One poll: the comments since the last (every page: a crowd of comments must not hide a
 * denial), at most one team-membership lookup, and the policy's evaluation of what is decided.
 * An API failure whose retries are spent is logged and read again next poll: never an answer.
 */
async function pollOnce(state, context) {
    const { request, client, log, signal, where, issue, teams } = context;
    let next = { ...state, polls: state.polls + 1 };
    try {
        const comments = await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            params: { ...where, issue_number: issue.number },
            query: { since: state.since },
            signal,
        });
        next = takeComments(next, comments, context);
        next = await decidePending(next, request, teams);
    }
    catch (error) {
        if (signal?.aborted || !(error instanceof GitHubApiError) || !isTransient(error))
            throw error;
        log.warning(`${error.message}; will read the comments again at the next poll.`);
    }
    const evaluation = evaluateDecisions(request.policy, next.decisions, (login) => membershipOf(request.policy, login, teams.activeTeams(teamsToCheck(request.policy, login), login)));
    for (const { decision, reason } of evaluation.ignored.slice(next.loggedIgnored)) {
        log.info(`Ignored /${decision.verdict} from ${decision.login}: ${reason}.`);
    }
    // Decisions only ever join the end, so the approvals counted so far are a prefix of the next poll's.
    evaluation.approvals.slice(next.loggedApprovals).forEach((entry, index) => {
        log.info(countedApprovalLine(entry, next.loggedApprovals + index, request.policy));
    });
    const logged = { loggedIgnored: evaluation.ignored.length, loggedApprovals: evaluation.approvals.length };
    return { state: { ...next, ...logged }, evaluation };
}
/** The new comments' commands, queued for a decision; throws when the request itself was tampered with. */
function takeComments(state, comments, context) {
    const { log, issue, requestPosted } = context;
    let { since } = state;
    const seen = new Set(state.seen);
    const pending = [...state.pending];
    for (const comment of comments) {
        if (comment.updated_at > since)
            since = comment.updated_at;
        if (comment.id === requestPosted.id && comment.updated_at !== comment.created_at) {
            throw new ShipgateError(`The request comment ${requestPosted.html_url} was edited, so no approval of it counts; run approval-gate again.`);
        }
        // The earliest request comment is the request: one posted before the gate's own would be it.
        if (comment.id < requestPosted.id && parseRequestMarker(comment.body ?? '')) {
            throw new ShipgateError(`A request comment was posted on ${issue.html_url} before the gate's own (${requestPosted.html_url}), so no approval there can count; run approval-gate again.`);
        }
        if (seen.has(comment.id) || !comment.user)
            continue;
        seen.add(comment.id);
        const command = parseCommand(comment.body ?? '');
        if (!command)
            continue;
        // An edited approval is not what its approver wrote; a denial counts however it was edited.
        if (command.verdict === 'approve' && comment.updated_at !== comment.created_at) {
            log.info(`Ignored /approve from ${comment.user.login}: the comment was edited.`);
            continue;
        }
        // An approval approves the request comment before it, never one made later.
        if (command.verdict === 'approve' && !after(comment, requestPosted)) {
            log.info(`Ignored /approve from ${comment.user.login}: it was given before the request comment.`);
            continue;
        }
        pending.push({
            login: comment.user.login,
            verdict: command.verdict,
            at: comment.created_at,
            source: 'issue',
            commentId: comment.id,
            ...(comment.html_url ? { url: comment.html_url } : {}),
            ...(command.reason ? { comment: command.reason } : {}),
        });
    }
    return { ...state, since, seen, pending };
}
/**
 * Moves queued decisions, in order, to the decided ones once the teams that could count them are
 * known: at most one team lookup a poll, so a poll is at most two calls.
 */
async function decidePending(state, request, teams) {
    const pending = [...state.pending];
    const decisions = [...state.decisions];
    let lookups = 1;
    while (pending.length > 0) {
        const next = pending[0];
        const excluded = request.policy.excluded.includes(next.login.toLowerCase());
        const unknown = excluded
            ? []
            : teamsToCheck(request.policy, next.login).filter((team) => !teams.isKnown(team, next.login));
        if (unknown.length > 0) {
            if (lookups === 0)
                break;
            lookups -= 1;
            await teams.check(unknown[0], next.login);
            continue;
        }
        decisions.push(pending.shift());
    }
    return { ...state, pending, decisions };
}
/** Whether `comment` came after the request comment: a later id and no earlier time. */
function after(comment, request) {
    return comment.id > request.id && Date.parse(comment.created_at) >= Date.parse(request.created_at);
}
function evaluationOfNone(request) {
    return evaluateDecisions(request.policy, [], () => ({
        approver: false,
        imageApprover: false,
        configApprover: false,
    }));
}
function isTransient(error) {
    return error.rateLimited || error.status === undefined || error.status === 408 || error.status >= 500;
}
/** Leaves the issue closed with the outcome, whatever happened; failures here are only logged. */
async function closeIssue(client, log, where, issueNumber, comment, status) {
    try {
        await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            params: { ...where, issue_number: issueNumber },
            body: { body: comment },
        });
    }
    catch (error) {
        log.warning(`Could not comment on the approval issue: ${error.message}`);
    }
    try {
        await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            params: { ...where, issue_number: issueNumber },
            body: { state: 'closed', state_reason: status === 'approved' ? 'completed' : 'not_planned' },
        });
    }
    catch (error) {
        log.warning(`Could not close the approval issue: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./packages/approvals/src/request-text.ts


// GitHub refuses issue bodies over 65,536 characters; the diff gets what the rest leaves.
const MAX_ISSUE_BODY = 65_000;
function request_text_issueTitle(request) {
    return `Approve deploying ${request.app} to ${request.environment}`;
}
function approverLines(request) {
    const { policy } = request;
    const lines = [`Approvals needed: **${policy.minApprovals}**`];
    const mention = (entries) => entries.map((entry) => `@${entry}`).join(', ');
    const approvers = formatApproverList(policy.approvers);
    const image = formatApproverList(policy.imageApprovers);
    const config = formatApproverList(policy.configApprovers);
    if (approvers.length > 0)
        lines.push(`Approvers: ${mention(approvers)}`);
    if (image.length > 0)
        lines.push(`Image approvers (one must approve): ${mention(image)}`);
    if (config.length > 0) {
        lines.push(policy.configChanged
            ? `Config approvers (one must approve, the config changed): ${mention(config)}`
            : `Config approvers: ${mention(config)} (the config is unchanged since the last deploy)`);
    }
    if (policy.excluded.length > 0)
        lines.push(`Cannot approve their own deployment: ${policy.excluded.join(', ')}`);
    return lines;
}
function facts(request) {
    const rows = [
        ['App', `\`${request.app}\``],
        ['Environment', `\`${request.environment}\``],
        ...request.imageRefs.map((ref) => ['Image', `\`${ref}\``]),
        ['Config hash', `\`${request.configHash}\``],
    ];
    if (request.source)
        rows.push(['Source commit', `\`${request.source.repository}@${request.source.sha}\``]);
    if (request.scan) {
        const counts = Object.entries(request.scan.counts)
            .filter(([severity, count]) => count > 0 || severity === 'critical' || severity === 'high')
            .map(([severity, count]) => `${severity}=${count}`)
            .join(' ');
        rows.push([
            'Scan',
            `**${request.scan.verdict}**${request.scan.scanner ? ` (${request.scan.scanner})` : ''}${counts ? `: ${counts}` : ''}`,
        ]);
    }
    rows.push(['Requested by', `@${request.requester}`]);
    if (request.runUrl)
        rows.push(['Run', request.runUrl]);
    return rows;
}
/** The subject of a request from its digest-pinned refs (or bare digests). */
function requestSubject(fields) {
    const { imageRefs, ...rest } = fields;
    return { ...rest, digests: [...new Set(imageRefs.map((ref) => ref.slice(ref.lastIndexOf('@') + 1)))].sort() };
}
const MARKER_FIELDS = ['repository', 'app', 'environment', 'path', 'images', 'config'];
const MARKER = new RegExp(`<!-- shipgate-request ${MARKER_FIELDS.map((field) => `${field}=(\\S*)`).join(' ')} -->`, 'g');
/** A marker value: percent-encoded (never whitespace nor `>`), with `/`, `:` and `@` kept readable. */
const encodeValue = (value) => encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%3A/gi, ':').replace(/%40/gi, '@');
function decodeValue(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return undefined;
    }
}
/**
 * The machine-readable line of the request comment, read back when the approval is re-checked:
 * the approvals after that comment approve this subject only.
 */
function requestMarker(subject) {
    const values = [
        subject.repository,
        subject.app,
        subject.environment,
        subject.path,
        subject.digests.join(','),
        subject.configHash,
    ].map(encodeValue);
    return `<!-- shipgate-request ${MARKER_FIELDS.map((field, i) => `${field}=${values[i]}`).join(' ')} -->`;
}
/** The subject a comment's body names; `undefined` when it names none or several. */
function request_text_parseRequestMarker(body) {
    const markers = [...body.matchAll(MARKER)];
    if (markers.length !== 1)
        return undefined;
    const values = markers[0].slice(1).map(decodeValue);
    if (values.some((value) => value === undefined))
        return undefined;
    const [repository, app, environment, path, images, configHash] = values;
    return {
        repository: repository,
        app: app,
        environment: environment,
        path: path,
        digests: images.split(',').filter(Boolean).sort(),
        configHash: configHash,
    };
}
/**
 * Whether a request comment shows what its marker names, outside the marker: a marker alone is
 * invisible in the rendered comment, so approvers never saw what it asks. Wording may change
 * between versions; the values may not be missing.
 */
function showsSubject(body, subject) {
    const visible = body.replace(MARKER, '');
    const values = [subject.app, subject.environment, subject.path, ...subject.digests, subject.configHash];
    if (subject.repository)
        values.push(subject.repository);
    return values.every((value) => visible.includes(value));
}
/**
 * The request comment approval-gate posts on the issue: the marker and, for the approvers, the
 * same subject in words. Approvals count only after it, and only while it is unedited.
 */
function request_text_requestComment(request) {
    return requestCommentFor(subjectOf(request));
}
/** The request comment for `subject`: its marker, and the subject in words. */
function requestCommentFor(subject) {
    return new Summary()
        .raw(requestMarker(subject))
        .paragraph('**This comment is the approval request.** An `/approve` below it approves exactly this:')
        .table(['', ''], [
        ['GitOps repository', `\`${subject.repository || '(not named)'}\``],
        ['App', `\`${subject.app}\``],
        ['Environment', `\`${subject.environment}\``],
        ['Path', `\`${subject.path}\``],
        ...subject.digests.map((digest) => ['Image digest', `\`${digest}\``]),
        ['Config hash', `\`${subject.configHash}\``],
    ])
        .paragraph('If this comment is edited or deleted, no approval of it counts; the issue description above is not part of the request.')
        .toString();
}
/** The subject an `ApprovalRequest` asks to approve. */
function subjectOf(request) {
    return requestSubject({
        repository: request.gitops?.repository ?? '',
        app: request.app,
        environment: request.gitops?.environment ?? request.environment,
        path: request.gitops?.path ?? `apps/${request.app}/${request.environment}`,
        imageRefs: request.imageRefs,
        configHash: request.configHash,
    });
}
function request_text_issueBody(request) {
    const summary = new Summary()
        .paragraph(`**${request.requester}** asks to deploy **${request.app}** to **${request.environment}**.`)
        .table(['', ''], facts(request))
        .list(approverLines(request))
        .paragraph('The request itself is the first comment below, which names what an approval approves. ' +
        'Comment `/approve [reason]` after it to approve or `/deny <reason>` to deny. Each approver counts once; ' +
        'one denial ends the request; other comments are ignored.');
    const text = summary.toString();
    if (!request.diff)
        return text;
    const room = MAX_ISSUE_BODY - text.length - 200;
    const diff = request.diff.length > room
        ? `${request.diff.slice(0, Math.max(0, room))}\n… (diff truncated; see the run for the whole file)`
        : request.diff;
    return new Summary()
        .raw(text.trimEnd())
        .details('Config diff', new Summary().code(diff, 'diff').toString())
        .toString();
}
const STATUS_LINE = {
    approved: 'Approved',
    denied: 'Denied',
    'timed-out': 'Timed out',
    cancelled: 'Cancelled: the job was cancelled',
    failed: 'Stopped: the gate failed',
};
function request_text_closingComment(request, status, evaluation, failure) {
    const summary = new Summary().paragraph(`**${STATUS_LINE[status] ?? status}.**`);
    if (evaluation.approvals.length > 0) {
        summary.list(evaluation.approvals.map((approval) => `approved by @${approval.login} at ${approval.at}${approval.comment ? `: ${approval.comment}` : ''}`));
    }
    if (evaluation.denial) {
        summary.paragraph(`Denied by @${evaluation.denial.login} at ${evaluation.denial.at}${evaluation.denial.comment ? `: ${evaluation.denial.comment}` : '.'}`);
    }
    if (status === 'timed-out') {
        summary.paragraph(`No decision within ${Math.round(request.timeoutMs / 60_000)} min; still missing ${evaluation.missing.join(' and ')}.`);
    }
    if (failure !== undefined)
        summary.paragraph(`Error: ${escapeHtml(failure.message ?? String(failure))}`);
    summary.paragraph(status === 'approved' ? 'The deployment goes ahead.' : 'Nothing is deployed.');
    return summary.toString();
}
/** The job summary: who requested, who approved when and with which comment, what was ignored. */
function approvalSummary(request, result) {
    const record = result.record;
    const summary = new Summary()
        .heading(`Approval gate: ${request.app} → ${request.environment}: ${result.status}`)
        .table(['', ''], [
        ...facts(request),
        ['Requested at', result.requestedAt],
        ['Decided at', result.decidedAt],
        ...(result.requestUrl ? [['Request', result.requestUrl]] : []),
    ]);
    if (record.approvers.length > 0) {
        summary.heading('Approved by', 3).table(['Approver', 'When', 'Via', 'Role', 'Comment'], record.approvers.map((entry) => [entry.login, entry.at, entry.source, entry.role, entry.comment ?? '']));
    }
    const { denial, ignored, missing } = result.evaluation;
    if (denial) {
        summary
            .heading('Denied by', 3)
            .table(['Approver', 'When', 'Via', 'Reason'], [[denial.login, denial.at, denial.source, denial.comment ?? '']]);
    }
    if (missing.length > 0 && result.status !== 'approved')
        summary.paragraph(`Still missing: ${missing.join(' and ')}.`);
    if (ignored.length > 0) {
        summary.details(`Ignored answers (${ignored.length})`, new Summary()
            .table(['Who', 'Answer', 'Why ignored'], ignored.map(({ decision, reason }) => [decision.login, `/${decision.verdict}`, reason]))
            .toString());
    }
    summary.list(approverLines(request));
    return summary.toString();
}

;// CONCATENATED MODULE: ./packages/approvals/src/evidence.ts





/** Reads a workflow run: one call, which a caller checking many deploys may cache per run. */
async function readWorkflowRun(client, run) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
        params: { owner: run.owner, repo: run.repo, run_id: run.id },
    });
    return workflowRunFacts(data);
}
/** What Shipgate reads of a run, whether it was read on its own or listed with others. */
function workflowRunFacts(data) {
    const actors = [data.actor?.login, data.triggering_actor?.login].filter((login) => Boolean(login));
    return {
        repository: data.repository.full_name,
        headSha: data.head_sha,
        createdAt: data.created_at,
        actors: [...new Set(actors)],
    };
}
/** Every comment of an issue (REST, each page): a verifier passes a batched reader instead. */
function listIssueComments(client, issue) {
    return client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        params: { owner: issue.owner, repo: issue.repo, issue_number: issue.number },
    });
}
/**
 * Re-reads the evidence an approval record points at and re-evaluates it against the policy, at
 * the moment of the deploy. Throws a `ConfigurationError` of one sentence naming the rule that
 * failed; returns the approvals that count, with their URLs.
 */
async function verifyApprovalEvidence(check, deps) {
    const [owner = '', repo = ''] = check.evidence.repository.split('/');
    const tokenUser = await tokenUserOf(deps.client);
    const policy = policyFor(check, tokenUser);
    const { decisions, dropped } = check.evidence.kind === 'issue'
        ? await issueDecisions(check, deps.readComments ?? ((issue) => listIssueComments(deps.client, issue)), {
            owner,
            repo,
            number: check.evidence.issueNumber,
        })
        : {
            decisions: await runDecisions(check, { client: deps.client, readRun: deps.readRun ?? ((run) => readWorkflowRun(deps.client, run)) }, { owner, repo }, check.evidence),
            dropped: [],
        };
    const teams = new team_cache_TeamMembershipCache(deps.client);
    for (const decision of decisions) {
        for (const team of policy_teamsToCheck(policy, decision.login))
            await teams.check(team, decision.login);
    }
    const membership = (login) => policy_membershipOf(policy, login, teams.activeTeams(policy_teamsToCheck(policy, login), login));
    const open = [check.rules.approvers, check.rules.imageApprovers, check.rules.configApprovers].every((l) => l.length === 0);
    if (open && check.evidence.kind === 'issue') {
        throw new errors/* ConfigurationError */.j1('The policy names no approvers, so no issue comment can count as an approval.');
    }
    // An approver's denial wins over any approval, their own earlier one included.
    const denial = decisions.find((decision) => {
        if (decision.verdict !== 'deny' || policy.excluded.includes(decision.login.toLowerCase()))
            return false;
        const member = membership(decision.login);
        return open || member.approver || member.imageApprover || member.configApprover;
    });
    if (denial) {
        throw new errors/* ConfigurationError */.j1(`The approval is void: ${denial.login}, an approver, denied it${denial.url ? ` (${denial.url})` : ''}.`);
    }
    const evaluation = policy_evaluateDecisions(policy, decisions, membership, { open });
    const notCounted = [
        ...dropped,
        ...evaluation.ignored.map(({ decision, reason }) => `${decision.login}'s /${decision.verdict} (${reason})`),
    ];
    for (const entry of notCounted)
        deps.log.info(`Not counted: ${entry}.`);
    if (evaluation.status !== 'approved') {
        throw new errors/* ConfigurationError */.j1(`The approval evidence does not meet the policy: ${evaluation.approvals.length} of ${policy.minApprovals} approval(s) count, missing ${evaluation.missing.join(' and ')}${notCounted.length > 0 ? `; not counted: ${notCounted.join(', ')}` : ''}.`);
    }
    return {
        approvals: evaluation.approvals.map((entry) => ({ login: entry.login, at: entry.at, url: entry.url ?? '' })),
        tokenUser,
    };
}
/**
 * Who the token is (`GET /user`), who never counts as an approver. An installation token (the
 * workflow's GITHUB_TOKEN, a GitHub App's) may not call it and answers 403: it is a bot, which
 * cannot comment as an approver anyway.
 */
async function tokenUserOf(client) {
    try {
        const { data } = await client.request('GET /user');
        return data.login;
    }
    catch (error) {
        if (error instanceof github_client/* GitHubApiError */.O && error.status === 403 && !error.rateLimited)
            return 'github-actions[bot]';
        throw error;
    }
}
function policyFor(check, tokenUser) {
    const policy = buildApprovalPolicy({
        approvers: check.rules.approvers,
        imageApprovers: check.rules.imageApprovers,
        configApprovers: check.rules.configApprovers,
        minApprovals: check.rules.min,
        allowSelfApproval: check.rules.allowSelfApproval,
        configChanged: check.configChanged ?? true,
        selfLogins: [...check.excluded],
        allowEmptyApprovers: true,
    });
    // The token's own user never counts, self-approval allowed or not: whoever holds the token
    // (any step of the job) could otherwise approve.
    return { ...policy, excluded: [...new Set([...policy.excluded, tokenUser.toLowerCase()])] };
}
/**
 * The request issue's comments: the earliest one carrying a request marker is the request (any
 * later marker is ignored; a deleted request makes the next marker the request, which no earlier
 * approval approves). It must show what it names (a bare marker is invisible), name everything
 * being committed and be unedited; an approval counts only after it, unedited and within max-age.
 * A denial counts wherever and however it was written.
 */
async function issueDecisions(check, readComments, issue) {
    const issueUrl = `${check.evidence.repository}#${issue.number}`;
    const comments = [...(await readComments(issue))].sort((a, b) => a.id - b.id);
    const request = comments
        .map((comment) => ({ comment, named: request_text_parseRequestMarker(comment.body ?? '') }))
        .find((entry) => entry.named !== undefined);
    if (!request?.named) {
        throw new errors/* ConfigurationError */.j1(`The request issue ${issueUrl} has no Shipgate request comment.`);
    }
    const { comment: requestComment, named } = request;
    if (requestComment.updated_at !== requestComment.created_at) {
        throw new errors/* ConfigurationError */.j1(`The request comment ${requestComment.html_url} was edited after it was posted, so no approval of it counts.`);
    }
    if (!showsSubject(requestComment.body ?? '', named)) {
        throw new errors/* ConfigurationError */.j1(`The request comment ${requestComment.html_url} does not show what its marker names, so no approver saw the request.`);
    }
    bindSubject(named, check.binding, requestComment.html_url);
    const oldest = check.rules.maxAgeMs === undefined ? undefined : check.now - check.rules.maxAgeMs;
    const decisions = [];
    const dropped = [];
    for (const comment of comments) {
        const command = policy_parseCommand(comment.body ?? '');
        if (!command || !comment.user)
            continue;
        if (command.verdict === 'approve') {
            // An approval approves the request before it; an edited one is not what the approver
            // wrote; an old one is past max-age.
            if (!after(comment, requestComment)) {
                dropped.push(`${comment.user.login}'s /approve (given before the request comment)`);
                continue;
            }
            if (comment.updated_at !== comment.created_at) {
                dropped.push(`${comment.user.login}'s /approve (edited)`);
                continue;
            }
            if (oldest !== undefined && Date.parse(comment.created_at) < oldest) {
                dropped.push(`${comment.user.login}'s /approve (older than the policy's max-age)`);
                continue;
            }
        }
        decisions.push({
            login: comment.user.login,
            verdict: command.verdict,
            at: comment.created_at,
            source: 'issue',
            commentId: comment.id,
            url: comment.html_url,
        });
    }
    return { decisions, dropped };
}
/** Throws unless the request names exactly what is being committed, field by field. */
function bindSubject(named, binding, where) {
    const deploying = requestSubject({ ...binding, imageRefs: binding.imageRefs });
    if (!named.repository) {
        throw new errors/* ConfigurationError */.j1(`The request comment ${where} names no GitOps repository (approval-gate's input "policy-repository" names it), so it cannot approve a deploy to ${deploying.repository}.`);
    }
    const fields = [
        ['GitOps repository', named.repository, deploying.repository, true],
        ['app', named.app, deploying.app, false],
        ['environment', named.environment, deploying.environment, false],
        ['path', named.path, deploying.path, false],
        ['image', named.digests.join(', ') || 'no image', deploying.digests.join(', '), false],
        ['config', named.configHash, deploying.configHash, false],
    ];
    for (const [field, asked, committed, caseless] of fields) {
        if (caseless ? asked.toLowerCase() === committed.toLowerCase() : asked === committed)
            continue;
        throw new errors/* ConfigurationError */.j1(`The request comment ${where} asks to approve ${field} ${asked}, not the ${committed} being committed.`);
    }
}
/**
 * Environment reviews approve a run, not bytes: they count only for the current run (the deploy's
 * own), when that run is of the source repository at the source commit, younger than max-age, and
 * only the reviews of the GitHub environment the policy names (never the record's word for it).
 */
async function runDecisions(check, deps, where, evidence) {
    const environment = check.binding.environment;
    if (check.currentRunId === undefined || evidence.runId !== check.currentRunId) {
        throw new errors/* ConfigurationError */.j1(`The approval is environment "${environment}"'s review of run ${evidence.runId}, not of the current run ${check.currentRunId ?? '(unknown: GITHUB_RUN_ID is not set)'}.`);
    }
    const source = check.binding.source;
    const runName = `run ${evidence.runId} of ${evidence.repository}`;
    if (!source) {
        throw new errors/* ConfigurationError */.j1(`The approval is a review of ${runName}, but the deploy names no source commit for the run to be of.`);
    }
    const run = await deps.readRun({ ...where, id: evidence.runId });
    if (run.repository.toLowerCase() !== source.repository.toLowerCase()) {
        throw new errors/* ConfigurationError */.j1(`The approval is a review of a run of ${run.repository}, not of the source repository ${source.repository}.`);
    }
    if (run.headSha.toLowerCase() !== source.sha.toLowerCase()) {
        throw new errors/* ConfigurationError */.j1(`The approval is a review of ${runName} at ${run.headSha}, not at the source commit ${source.sha}.`);
    }
    // The reviews list gives no time; none is older than the run.
    if (check.rules.maxAgeMs !== undefined && Date.parse(run.createdAt) < check.now - check.rules.maxAgeMs) {
        throw new errors/* ConfigurationError */.j1(`The approval is a review of ${runName}, created at ${run.createdAt}, before the policy's max-age.`);
    }
    const { data: reviews } = await deps.client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', {
        params: { ...where, run_id: evidence.runId },
    });
    const url = `${(check.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${evidence.repository}/actions/runs/${evidence.runId}`;
    const at = new Date(check.now).toISOString();
    return reviews
        .filter((review) => review.state !== 'pending')
        .filter((review) => review.environments.some((named) => named.name?.toLowerCase() === environment.toLowerCase()))
        .map((review) => ({
        login: review.user.login,
        verdict: review.state === 'rejected' ? 'deny' : 'approve',
        at,
        source: 'environment',
        url,
    }));
}
/**
 * The evidence a `Shipgate-Approval` trailer points at: an issue comment URL
 * (`…/owner/repo/issues/12#issuecomment-345`) or a run URL (`…/owner/repo/actions/runs/123`, the
 * reviews of `environment` on it). `undefined` for any other URL.
 */
function evidenceFromApprovalUrl(url, environment) {
    const issue = /\/([^/\s]+)\/([^/\s]+)\/issues\/(\d+)#issuecomment-(\d+)$/.exec(url);
    if (issue) {
        return {
            kind: 'issue',
            repository: `${issue[1]}/${issue[2]}`,
            issueNumber: Number(issue[3]),
            commentIds: [Number(issue[4])],
        };
    }
    const run = /\/([^/\s]+)\/([^/\s]+)\/actions\/runs\/(\d+)(?:\/attempts\/\d+)?$/.exec(url);
    if (run)
        return { kind: 'environment', repository: `${run[1]}/${run[2]}`, runId: Number(run[3]), environment };
    return undefined;
}

;// CONCATENATED MODULE: ./packages/verify/src/batch-loader.ts
/**
 * Reads keyed values in batches: what callers ask for in one turn of the event loop is read
 * together, and each batch is filled up with keys announced ahead (`plan`), so a range's evidence
 * is read in as few calls as the batch size allows, whatever order its deploys are judged in.
 * Each key is read at most once; a key's failure is its own, a failed batch fails all of its keys.
 */
class BatchLoader {
    #keyOf;
    #load;
    #size;
    #results = new Map();
    #planned = new Map();
    #asked = new Map();
    #flushing = false;
    constructor(options) {
        this.#keyOf = options.keyOf;
        this.#load = options.load;
        this.#size = options.size;
    }
    /** Keys that will be asked for: batches are filled with them. */
    plan(keys) {
        for (const key of keys) {
            const id = this.#keyOf(key);
            if (!this.#results.has(id))
                this.#planned.set(id, key);
        }
    }
    get(key) {
        const id = this.#keyOf(key);
        const known = this.#results.get(id);
        if (known)
            return known;
        const result = this.#pending(id, key);
        this.#planned.delete(id);
        if (!this.#flushing) {
            this.#flushing = true;
            setImmediate(() => this.#flush());
        }
        return result;
    }
    #pending(id, key) {
        let settle;
        const result = new Promise((resolve, reject) => {
            settle = { resolve, reject };
        });
        // A key nobody awaits yet (a planned one) must not fail as unhandled.
        result.catch(() => undefined);
        this.#results.set(id, result);
        this.#asked.set(id, { key, settle: settle });
        return result;
    }
    /** Batches of what was asked, each topped up with planned keys. */
    #flush() {
        this.#flushing = false;
        while (this.#asked.size > 0) {
            const batch = [...this.#asked.entries()].slice(0, this.#size);
            for (const [id] of batch)
                this.#asked.delete(id);
            for (const [id, key] of this.#planned) {
                if (batch.length >= this.#size)
                    break;
                this.#planned.delete(id);
                this.#pending(id, key);
                const entry = this.#asked.get(id);
                this.#asked.delete(id);
                if (entry)
                    batch.push([id, entry]);
            }
            void this.#read(batch.map(([, entry]) => entry));
        }
    }
    async #read(batch) {
        try {
            const values = await this.#load(batch.map((entry) => entry.key));
            batch.forEach(({ settle }, i) => {
                const value = values[i];
                if (value instanceof Error)
                    settle.reject(value);
                else
                    settle.resolve(value);
            });
        }
        catch (error) {
            for (const { settle } of batch)
                settle.reject(error);
        }
    }
}

;// CONCATENATED MODULE: ./packages/verify/src/issue-comments-query.ts

/**
 * The comments of many request issues in one GraphQL query: each issue an aliased
 * `repository(owner, name) { issue(number) { comments(first: 100) } }`, since a trail names its
 * evidence by comment URL (owner, repository, issue, comment id) and GitHub documents no way to
 * turn that into a node id. An issue with more than 100 comments is paged on its own after.
 */
/** Issues per query: well under GitHub's node limit (50 × 100 comments), and small enough to answer quickly. */
const ISSUES_PER_QUERY = 50;
/** Like the REST list's page cap: a longer list is an error, never a silent cut. */
const MAX_PAGES = 100;
const COMMENT_FIELDS = `totalCount
pageInfo { hasNextPage endCursor }
nodes { fullDatabaseId databaseId url body createdAt updatedAt lastEditedAt author { login } }`;
/** Each issue's comments as the REST list gives them, or the error that kept them from being read. */
async function readIssueComments(client, issues) {
    const declared = issues.map((_, i) => `$o${i}: String!, $r${i}: String!, $n${i}: Int!`).join(', ');
    const selections = issues.map((_, i) => `i${i}: ${issueSelection(`${i}`, 'first: 100')}`).join('\n');
    const variables = Object.fromEntries(issues.flatMap((issue, i) => Object.entries(variablesOf(issue, `${i}`))));
    const { data, errors } = await client.graphql(`query(${declared}) {\n${selections}\n}`, variables);
    return Promise.all(issues.map(async (issue, i) => {
        const answer = data[`i${i}`]?.issue;
        if (!answer)
            return missing(issue, errors.filter((entry) => entry.path?.[0] === `i${i}`));
        try {
            return await withLaterPages(client, issue, answer.comments);
        }
        catch (error) {
            if (error instanceof github_client/* GitHubApiError */.O)
                return error;
            throw error;
        }
    }));
}
/** The first page's comments and, for a long discussion, every later page of that issue. */
async function withLaterPages(client, issue, first) {
    const nodes = [...first.nodes];
    let page = first;
    for (let count = 1; page.pageInfo.hasNextPage; count++) {
        if (count >= MAX_PAGES)
            throw new github_client/* GitHubApiError */.O('POST /graphql', `more than ${MAX_PAGES} pages of comments on ${issue_comments_query_name(issue)}`);
        const { data, errors } = await client.graphql(`query($o: String!, $r: String!, $n: Int!, $after: String) {\nr: ${issueSelection('', 'first: 100, after: $after')}\n}`, { ...variablesOf(issue, ''), after: page.pageInfo.endCursor });
        const next = data.r?.issue?.comments;
        if (!next)
            throw missing(issue, errors);
        nodes.push(...next.nodes);
        page = next;
    }
    return nodes.map((node) => listedComment(node, issue));
}
/** One issue's comments, named by the variables `$o<suffix>`, `$r<suffix>`, `$n<suffix>`. */
function issueSelection(suffix, paging) {
    return `repository(owner: $o${suffix}, name: $r${suffix}) { issue(number: $n${suffix}) { comments(${paging}) { ${COMMENT_FIELDS} } } }`;
}
function variablesOf(issue, suffix) {
    return { [`o${suffix}`]: issue.owner, [`r${suffix}`]: issue.repo, [`n${suffix}`]: issue.number };
}
/**
 * A comment in the REST list's shape. An edit shows in `lastEditedAt` as well as `updatedAt`: the
 * later of the two is its `updated_at`, so an edited comment never reads as unedited.
 */
function listedComment(node, issue) {
    const id = Number(node.fullDatabaseId ?? node.databaseId);
    if (!Number.isSafeInteger(id)) {
        throw new github_client/* GitHubApiError */.O('POST /graphql', `a comment on ${issue_comments_query_name(issue)} came without its id (${node.url})`);
    }
    const edited = node.lastEditedAt && Date.parse(node.lastEditedAt) > Date.parse(node.updatedAt);
    return {
        id,
        body: node.body,
        user: node.author ? { login: node.author.login } : null,
        created_at: node.createdAt,
        updated_at: edited ? node.lastEditedAt : node.updatedAt,
        html_url: node.url,
    };
}
/** GitHub's NOT_FOUND for a repository or issue reads as the REST 404 it would have been. */
function missing(issue, errors) {
    const notFound = errors.find((entry) => entry.type === 'NOT_FOUND');
    if (notFound)
        return new github_client/* GitHubApiError */.O('POST /graphql', `404 ${notFound.message}`, { status: 404 });
    const detail = errors.map((entry) => `${entry.type ?? 'error'} ${entry.message}`).join('; ');
    return new github_client/* GitHubApiError */.O('POST /graphql', `no comments of ${issue_comments_query_name(issue)} in the answer${detail ? ` (${detail})` : ''}`);
}
function issue_comments_query_name(issue) {
    return `${issue.owner}/${issue.repo}#${issue.number}`;
}

;// CONCATENATED MODULE: ./packages/verify/src/workflow-runs.ts

/**
 * Who started each workflow run a range's deploys name, read a hundred at a time: GitHub's
 * GraphQL `WorkflowRun` has no actor nor triggering actor, so the runs come from the REST list of
 * a repository's runs (the same run objects as a single read, actor and triggering actor
 * included), newest first and created no later than the last deploy that names one. A run the list
 * does not show is read on its own, as before: the list only saves calls, it decides nothing.
 */
class WorkflowRunReader {
    #client;
    /** Per repository: the runs deploys name, and the latest time one of those deploys was decided. */
    #planned = new Map();
    #listed = new Map();
    #runs = new Map();
    constructor(client) {
        this.#client = client;
    }
    /** Runs that will be read, each with when the deploy naming it was decided (its run was created before). */
    plan(runs) {
        for (const { run, decidedAt } of runs) {
            const key = repositoryKey(run);
            const entry = this.#planned.get(key) ?? { owner: run.owner, repo: run.repo, ids: new Set(), latest: decidedAt };
            entry.ids.add(run.id);
            entry.latest = Math.max(entry.latest, decidedAt);
            this.#planned.set(key, entry);
        }
    }
    /** One read per run over a range: deploys of one run, and a run that is both Shipgate-Run and evidence. */
    read(run) {
        const key = `${repositoryKey(run)}/${run.id}`;
        let facts = this.#runs.get(key);
        if (!facts) {
            facts = this.#fromListOrAlone(run);
            this.#runs.set(key, facts);
        }
        return facts;
    }
    async #fromListOrAlone(run) {
        const planned = this.#planned.get(repositoryKey(run));
        if (planned?.ids.has(run.id)) {
            let listed = this.#listed.get(repositoryKey(run));
            if (!listed) {
                // A list that fails saves nothing: each run is then read on its own, whose failure counts.
                listed = listRuns(this.#client, planned).catch(() => new Map());
                this.#listed.set(repositoryKey(run), listed);
            }
            const found = (await listed).get(run.id);
            if (found)
                return found;
        }
        return readWorkflowRun(this.#client, run);
    }
}
/** A page of 100 is read while the last one held a run some deploy names, and GitHub has more. */
async function listRuns(client, planned) {
    const found = new Map();
    // GitHub lists at most 1,000 runs for a filtered list.
    for (let page = 1; page <= 10 && found.size < planned.ids.size; page++) {
        const { data } = await client.request('GET /repos/{owner}/{repo}/actions/runs', {
            params: { owner: planned.owner, repo: planned.repo },
            query: {
                created: `<=${new Date(planned.latest).toISOString()}`,
                exclude_pull_requests: 'true',
                per_page: 100,
                page,
            },
        });
        const named = data.workflow_runs.filter((run) => planned.ids.has(run.id));
        for (const run of named)
            found.set(run.id, workflowRunFacts(run));
        if (named.length === 0 || data.workflow_runs.length < 100)
            break;
    }
    return found;
}
function repositoryKey(run) {
    return `${run.owner}/${run.repo}`.toLowerCase();
}

;// CONCATENATED MODULE: ./packages/verify/src/evidence.ts





/**
 * The evidence of the approvals work (`verifyApprovalEvidence`), re-read for a commit of the past:
 * the policy as it stood, the commit's time as "now", the run the commit names as the current run.
 * Every `Shipgate-Approval` and `Approved-by` must be backed by an approval that counts.
 */
class GitHubEvidenceChecker {
    #client;
    #log;
    #teams;
    /** Who started each run: read once per run, a hundred at a time where deploys were planned. */
    #runs;
    /** Request issues' comments: fifty issues per GraphQL query. */
    #comments;
    constructor(client, log) {
        this.#client = withCachedUser(client);
        this.#log = log;
        this.#teams = new team_cache_TeamMembershipCache(client);
        this.#runs = new WorkflowRunReader(client);
        this.#comments = new BatchLoader({
            keyOf: (issue) => `${issue.owner}/${issue.repo}#${issue.number}`.toLowerCase(),
            load: (issues) => readIssueComments(client, issues),
            size: ISSUES_PER_QUERY,
        });
    }
    plan(deploys) {
        const runs = deploys.flatMap((deploy) => {
            const run = deploy.run ? workflowRunOf(deploy.run) : undefined;
            return run ? [{ run, decidedAt: deploy.decidedAt }] : [];
        });
        const issues = deploys.flatMap((deploy) => deploy.urls.flatMap((url) => {
            // Only the issue a URL names matters here; the environment is the check's to name.
            const evidence = evidenceFromApprovalUrl(url, '');
            if (evidence?.kind !== 'issue')
                return [];
            const [owner = '', repo = ''] = evidence.repository.split('/');
            return [{ owner, repo, number: evidence.issueNumber }];
        }));
        this.#runs.plan(runs);
        this.#comments.plan(issues);
    }
    async isMember(login, entries) {
        const list = parseApproverList(entries, 'break-glass');
        if (list.users.some((user) => sameLogin(user, login)))
            return true;
        for (const team of list.teams)
            if (await this.#teams.check(team, login))
                return true;
        return false;
    }
    async check(claim) {
        const rules = claim.environment.approvals;
        if (!rules)
            return { status: 'approved', approvers: [] };
        const name = claim.environment.name;
        if (claim.urls.length === 0) {
            return {
                status: 'rejected',
                reason: `it records no Shipgate-Approval evidence, and ${name} requires ${rules.min} approval(s)`,
            };
        }
        const groups = evidenceGroups(claim.urls, name);
        if (typeof groups === 'string')
            return { status: 'rejected', reason: groups };
        if (groups.length > 1)
            return { status: 'rejected', reason: 'its Shipgate-Approval trailers point at more than one approval request' };
        const missing = ['repository', 'app', 'path'].find((field) => !claim[field]);
        if (missing) {
            return {
                status: 'unverifiable',
                reason: `could not verify: the verifier named no ${missing} to bind its approval to`,
            };
        }
        const evidence = groups[0];
        const run = await this.#runOf(claim.run, !rules.allowSelfApproval || evidence.kind === 'environment');
        if ('status' in run)
            return run;
        const committed = Date.parse(claim.committedAt);
        try {
            const verified = await verifyApprovalEvidence({
                evidence,
                rules,
                binding: {
                    repository: claim.repository,
                    app: claim.app,
                    environment: name,
                    path: claim.path,
                    imageRefs: claim.imageRefs,
                    configHash: claim.configHash,
                    ...(claim.source ? { source: claim.source } : {}),
                },
                excluded: rules.allowSelfApproval ? [] : run.excluded,
                ...(run.id !== undefined ? { currentRunId: run.id } : {}),
                now: committed,
            }, {
                client: this.#client,
                log: this.#log,
                readRun: (ref) => this.#runs.read(ref),
                readComments: (issue) => this.#comments.get(issue),
            });
            const counted = verified.approvals.filter((approval) => Date.parse(approval.at) <= committed);
            return backing(claim, counted.map((approval) => ({ login: approval.login, url: approval.url })));
        }
        catch (error) {
            if (error instanceof github_client/* GitHubApiError */.O && error.status === 404) {
                return {
                    status: 'rejected',
                    reason: `its evidence ${claim.urls[0]} does not exist (${error.message.replace(/\.$/, '')})`,
                };
            }
            if (error instanceof github_client/* GitHubApiError */.O)
                return { status: 'unverifiable', reason: `could not verify: ${error.message}` };
            if (error instanceof errors/* ConfigurationError */.j1)
                return { status: 'rejected', reason: asFragment(error.message) };
            throw error;
        }
    }
    /**
     * The run the commit names, and who started it (GitHub's record, not the commit's word): the
     * run's actor and triggering actor cannot approve their own deploy, as at commit time. The run is
     * read when someone must be excluded or its reviews are the evidence (which then reuses the read).
     * A commit naming no run (gitops-commit outside GitHub Actions) has no one to exclude.
     */
    async #runOf(runUrl, needed) {
        if (!runUrl)
            return { excluded: [] };
        const run = workflowRunOf(runUrl);
        if (!run)
            return { status: 'rejected', reason: `its Shipgate-Run "${runUrl}" is not a workflow run URL` };
        if (!needed)
            return { id: run.id, excluded: [] };
        try {
            return { id: run.id, excluded: (await this.#runs.read(run)).actors };
        }
        catch (error) {
            if (error instanceof github_client/* GitHubApiError */.O && error.status === 404)
                return { status: 'rejected', reason: `its Shipgate-Run ${runUrl} names a workflow run that does not exist` };
            if (error instanceof github_client/* GitHubApiError */.O)
                return { status: 'unverifiable', reason: `could not verify who started its run: ${error.message}` };
            throw error;
        }
    }
}
/** The trailers' URLs as one evidence per request issue or run, or the sentence why not. */
function evidenceGroups(urls, environment) {
    const groups = new Map();
    for (const url of urls) {
        const evidence = evidenceFromApprovalUrl(url, environment);
        if (!evidence)
            return `its Shipgate-Approval "${url}" is neither an issue comment nor a workflow run URL`;
        const key = evidence.kind === 'issue'
            ? `${evidence.repository}#${evidence.issueNumber}`
            : `${evidence.repository}/${evidence.runId}`;
        const known = groups.get(key);
        if (known?.kind === 'issue' && evidence.kind === 'issue')
            known.commentIds.push(...evidence.commentIds);
        else if (!known)
            groups.set(key, evidence);
    }
    return [...groups.values()];
}
/** Every trailer must name an approval that counted, and enough of them must predate the commit. */
function backing(claim, counted) {
    const rules = claim.environment.approvals;
    const logins = [...new Set(counted.map((approval) => approval.login))];
    if (logins.length < rules.min) {
        return {
            status: 'rejected',
            reason: `only ${logins.length} approval(s) given before the commit count, where ${claim.environment.name} requires ${rules.min}`,
        };
    }
    const unbacked = claim.urls.find((url) => !counted.some((approval) => approval.url === url));
    if (unbacked)
        return { status: 'rejected', reason: `its Shipgate-Approval ${unbacked} is not an approval that counts` };
    const claimed = claim.approvedBy.find((login) => !logins.some((approver) => sameLogin(approver, login)));
    if (claimed)
        return {
            status: 'rejected',
            reason: `its Approved-by: ${claimed} has no counting approval by ${claimed} in its evidence`,
        };
    return { status: 'approved', approvers: logins };
}
/**
 * The client with `GET /user` asked once: the evidence check excludes the token's user on every
 * deploy, and over a range that user does not change (one call per range, not one per deploy).
 */
function withCachedUser(client) {
    let user;
    const cached = Object.create(client);
    cached.request = (route, options) => {
        if (route !== 'GET /user')
            return client.request(route, options);
        user ??= client.request(route, options);
        return user;
    };
    cached.paginate = (route, options) => client.paginate(route, options);
    return cached;
}
/** `https://<server>/<owner>/<repo>/actions/runs/<id>` (an attempt suffix allowed), as gitops-commit records it. */
function workflowRunOf(runUrl) {
    const match = /^https?:\/\/[^/\s]+\/([^/\s]+)\/([^/\s]+)\/actions\/runs\/(\d+)(?:\/attempts\/\d+)?\/?$/.exec(runUrl.trim());
    return match ? { owner: match[1], repo: match[2], id: Number(match[3]) } : undefined;
}
/** A sentence of the approvals work as a reason fragment: no capital start and no final period. */
function asFragment(sentence) {
    return sentence.replace(/\.$/, '').replace(/^The /, 'the ');
}

;// CONCATENATED MODULE: ./packages/verify/src/evidence-sources.ts



/**
 * The evidence sources of verify-deployments, built from its inputs; deployment-report counts
 * verified deploys with the very same ones (its trust inputs are verify-deployments'), so the two
 * agree on every deploy. `eventPush` is a push event's own record of the update being checked,
 * which only verify-deployments, running in the GitOps repository, has.
 */
function evidenceSources(options) {
    const { client, trust } = options;
    const activity = activitySourceFor(options.authenticated ? client : undefined, options);
    return {
        evidence: new GitHubEvidenceChecker(client, options.log),
        activity: options.eventPush ? withEventPush(activity, options.eventPush) : activity,
        scanEvidence: scanEvidenceVerifier({ client, ...trust, serverUrl: options.serverUrl }),
        trust,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/summary.ts
/** A small markdown builder for job summaries; the GitHub, CLI and memory runtimes all take its text. */
class summary_Summary {
    #parts = [];
    heading(text, level = 2) {
        this.#parts.push(`${'#'.repeat(level)} ${text}`);
        return this;
    }
    paragraph(text) {
        this.#parts.push(text);
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.#parts.push(items.map((item) => `- ${item}`).join('\n'));
        return this;
    }
    /** A table; cells are escaped so a `|` or newline in a value cannot break the layout. */
    table(headers, rows) {
        const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
        this.#parts.push([line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n'));
        return this;
    }
    code(text, language = '') {
        const fence = text.includes('```') ? '````' : '```';
        this.#parts.push(`${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`);
        return this;
    }
    /** A collapsed section; `body` is markdown (use a nested Summary to build it). */
    details(title, body) {
        this.#parts.push(`<details><summary>${summary_escapeHtml(title)}</summary>\n\n${body}\n\n</details>`);
        return this;
    }
    raw(markdown) {
        this.#parts.push(markdown);
        return this;
    }
    get isEmpty() {
        return this.#parts.length === 0;
    }
    toString() {
        return `${this.#parts.join('\n\n')}\n`;
    }
}
function escapeCell(value) {
    return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function summary_escapeHtml(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./packages/verify/src/summary.ts

const VERDICT_LABEL = { pass: 'pass', fail: 'FAIL', 'could-not-verify': 'could not verify' };
/** The job summary: the verdict, then one row per judged commit (cut at `maxRows`; the JSON has all). */
function renderVerifySummary(report, maxRows = 200) {
    const summary = new summary_Summary().heading('Deployment verification');
    const { counts } = report;
    summary.paragraph(`${report.verdict === 'pass' ? 'Pass' : 'Fail'} for ${report.range}: ${counts.verified} verified, ${counts.failed} violation(s), ${counts.unverifiable} could not be verified, ${counts.policyChanges} policy change(s).`);
    // Failures first: they are what a reader opens the summary for.
    const rank = { fail: 0, 'could-not-verify': 1, pass: 2 };
    const rows = [...report.commits].sort((a, b) => rank[a.verdict] - rank[b.verdict]);
    if (rows.length === 0)
        return summary.paragraph('No deploy or policy commits in the range.').toString();
    summary.table(['commit', 'environment', 'image', 'approvers', 'verdict', 'reason'], rows
        .slice(0, maxRows)
        .map((row) => [
        row.commit.slice(0, 12),
        row.kind === 'policy-change'
            ? 'policy'
            : `${row.environment ?? ''}${row.kind === 'rollback' ? ' (rollback)' : ''}`,
        row.images.map((ref) => ref.replace(/@sha256:([0-9a-f]{12})[0-9a-f]+$/, '@sha256:$1…')).join(', '),
        row.approvers.join(', '),
        VERDICT_LABEL[row.verdict],
        row.reason,
    ]));
    if (rows.length > maxRows)
        summary.paragraph(`The first ${maxRows} of ${rows.length} rows; the JSON report lists them all.`);
    return summary.toString();
}

;// CONCATENATED MODULE: ./actions/verify-deployments/src/main.ts



/** With no runtime (the bundle's entry point, `@github/local-action`), runs on the GitHub runtime. */
async function run(runtime) {
    if (!runtime)
        return runOnGitHub(run);
    const inputs = new InputReader(runtime);
    const token = inputs.optional('token');
    runtime.setSecret(token);
    const apiToken = inputs.optional('github-token') || token;
    runtime.setSecret(apiToken);
    const reportFile = inputs.optional('report-file');
    const settings = {
        repository: inputs.required('repository'),
        branch: inputs.branch('branch'),
        token,
        range: parseRange(inputs.optional('range') ?? rangeFromEvent(runtime.context.eventName, runtime.context.payload), new Date()),
        githubRepository: inputs.optional('github-repository'),
        environments: inputs.list('environments'),
        trust: readVerifierTrust(inputs),
        reportFile: reportFile
            ? (0,external_node_path_.resolve)(runtime.workspace, reportFile)
            : (0,external_node_path_.join)(runtime.tempDir, 'shipgate-verify-report.json'),
    };
    const client = (0,github_client/* createGitHubClient */.L)({
        token: apiToken ?? '',
        env: runtime.env,
        log: runtime.log,
        action: 'verify-deployments',
    });
    const report = await verifyDeployments({
        ...settings,
        ...evidenceSources({
            client,
            authenticated: Boolean(apiToken),
            log: runtime.log,
            trust: settings.trust,
            serverUrl: runtime.context.serverUrl,
            repository: settings.repository,
            githubRepository: settings.githubRepository,
            eventPush: pushFromEvent(runtime.context.eventName, runtime.context.payload),
        }),
        exec: runtime.exec,
        log: runtime.log,
        setSecret: (secret) => runtime.setSecret(secret),
        serverUrl: runtime.context.serverUrl,
        workspace: runtime.workspace,
        tempDir: runtime.tempDir,
    });
    await writeVerifyReport(report, settings.reportFile);
    runtime.setOutput('verdict', report.verdict);
    runtime.setOutput('violations', report.violations);
    runtime.setOutput('report', settings.reportFile);
    await runtime.appendSummary(renderVerifySummary(report));
    if (report.verdict === 'fail') {
        throw new errors/* ShipgateError */.Yu(`${report.violations} commit(s) in ${report.range} failed verification or could not be verified; the job summary and the report list why.`);
    }
}


/***/ }),

/***/ 36644:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ DEPLOY_STATEMENT_PREDICATE),
/* harmony export */   QT: () => (/* binding */ deployStatementRef),
/* harmony export */   RX: () => (/* binding */ DEPLOY_STATEMENT_REF_PREFIX),
/* harmony export */   dH: () => (/* binding */ DEPLOY_STATEMENT_FILE),
/* harmony export */   nC: () => (/* binding */ deployStatement)
/* harmony export */ });
/* unused harmony exports deployRepositoryName, signDeployStatement, deployStatementSigner */
/* harmony import */ var _statement__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(69918);


const DEPLOY_STATEMENT_PREDICATE = 'https://shipgate.dev/deploy-statement/v1';
/** Where a deploy commit's statement lives: a ref to a commit whose tree holds the bundle. */
const DEPLOY_STATEMENT_REF_PREFIX = 'refs/shipgate/statements/';
const DEPLOY_STATEMENT_FILE = 'deploy-statement.sigstore.json';
function deployStatementRef(commitSha) {
    return `${DEPLOY_STATEMENT_REF_PREFIX}${commitSha}`;
}
/** `owner/name` of a GitOps repository URL or name, lowercased, so both sides spell it alike. */
function deployRepositoryName(repository) {
    const value = repository.trim().replace(/\/+$/, '');
    const url = value.match(/^[a-z][a-z0-9+.-]*:\/\/[^/]+\/(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?$/i);
    if (url)
        return `${url[1]}/${url[2]}`.toLowerCase();
    return value.replace(/\.git$/, '').toLowerCase();
}
function deployStatement(content) {
    const predicate = {
        repository: deployRepositoryName(content.repository),
        path: content.path,
        treeId: content.treeId,
        configHash: content.configHash,
        digests: [...new Set(content.digests)].sort(),
    };
    return {
        _type: _statement__WEBPACK_IMPORTED_MODULE_0__/* .IN_TOTO_STATEMENT_TYPE */ .yH,
        subject: [{ name: `${predicate.repository}/${predicate.path}`, digest: { gitTree: content.treeId } }],
        predicateType: DEPLOY_STATEMENT_PREDICATE,
        predicate,
    };
}
/** Signs the deploy statement keyless as the running job (its OIDC token names the run). */
async function signDeployStatement(content, signing) {
    return signStatement(deployStatement(content), signing);
}
/**
 * gitops-commit's `deployStatement` option: signs with `signing` and returns the bundle as JSON;
 * `always` signs every deploy, else only those that count an environment review.
 */
function deployStatementSigner(signing, always = false) {
    return { always, sign: async (content) => JSON.stringify(await signDeployStatement(content, signing)) };
}


/***/ }),

/***/ 69918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ PREDICATE_TYPES),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   m1: () => (/* binding */ imageSubject),
/* harmony export */   yH: () => (/* binding */ IN_TOTO_STATEMENT_TYPE)
/* harmony export */ });
/* unused harmony exports SLSA_PROVENANCE_PREDICATE, VULN_SCAN_PREDICATE, GITHUB_WORKFLOW_BUILD_TYPE, workflowRunFromClaims, provenanceStatement, scanStatement */
/**
 * The in-toto statements Shipgate signs: SLSA provenance v1 with the predicate `actions/attest`
 * builds for a GitHub workflow, and cosign's vulnerability-scan predicate carrying Shipgate's
 * verdict. Pure functions: the caller passes the context as values.
 */
const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const SLSA_PROVENANCE_PREDICATE = 'https://slsa.dev/provenance/v1';
const VULN_SCAN_PREDICATE = 'https://cosign.sigstore.dev/attestation/vuln/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** The requirement names a policy uses, and the predicate type each stands for. */
const PREDICATE_TYPES = {
    provenance: SLSA_PROVENANCE_PREDICATE,
    scan: VULN_SCAN_PREDICATE,
    /** CycloneDX, from scan-image's `sbom: true` (Trivy reports with --list-all-pkgs). */
    sbom: 'https://cyclonedx.org/bom',
};
/** The run described by a GitHub Actions OIDC token's claims (as actions/attest reads them). */
function workflowRunFromClaims(claims, serverUrl) {
    const text = (key) => (typeof claims[key] === 'string' ? claims[key] : '');
    return {
        serverUrl,
        repository: text('repository'),
        repositoryId: text('repository_id'),
        repositoryOwnerId: text('repository_owner_id'),
        ref: text('ref'),
        sha: text('sha'),
        eventName: text('event_name'),
        workflowRef: text('workflow_ref'),
        jobWorkflowRef: text('job_workflow_ref'),
        runnerEnvironment: text('runner_environment'),
        runId: text('run_id'),
        runAttempt: text('run_attempt'),
    };
}
/** `registry/name@sha256:<hex>` → the statement subject actions/attest writes for an image. */
function imageSubject(imageRef) {
    const match = /^(?<name>[^@]+)@sha256:(?<hex>[0-9a-f]{64})$/.exec(imageRef);
    if (!match?.groups)
        throw new Error(`${imageRef} is not an image reference pinned by a sha256 digest.`);
    // A tag before the digest is not part of the repository's name (`web:1@sha256:…` → `web`).
    const name = match.groups.name.replace(/:[\w][\w.-]{0,127}$/, '');
    return { name, digest: { sha256: match.groups.hex } };
}
function provenanceStatement(imageRef, run) {
    const [workflowPath, workflowGitRef] = splitWorkflowRef(run.workflowRef, run.repository);
    return {
        _type: IN_TOTO_STATEMENT_TYPE,
        subject: [imageSubject(imageRef)],
        predicateType: SLSA_PROVENANCE_PREDICATE,
        predicate: {
            buildDefinition: {
                buildType: GITHUB_WORKFLOW_BUILD_TYPE,
                externalParameters: {
                    workflow: { ref: workflowGitRef, repository: `${run.serverUrl}/${run.repository}`, path: workflowPath },
                },
                internalParameters: {
                    github: {
                        event_name: run.eventName,
                        repository_id: run.repositoryId ?? '',
                        repository_owner_id: run.repositoryOwnerId ?? '',
                        runner_environment: run.runnerEnvironment ?? '',
                    },
                },
                resolvedDependencies: [
                    { uri: `git+${run.serverUrl}/${run.repository}@${run.ref}`, digest: { gitCommit: run.sha } },
                ],
            },
            runDetails: {
                builder: { id: `${run.serverUrl}/${run.jobWorkflowRef || run.workflowRef}` },
                metadata: {
                    invocationId: `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`,
                },
            },
        },
    };
}
/** `owner/name/.github/workflows/ci.yml@refs/heads/main` → [`.github/workflows/ci.yml`, `refs/heads/main`]. */
function splitWorkflowRef(workflowRef, repository) {
    const at = workflowRef.lastIndexOf('@');
    const path = at < 0 ? workflowRef : workflowRef.slice(0, at);
    const ref = at < 0 ? '' : workflowRef.slice(at + 1);
    return [path.startsWith(`${repository}/`) ? path.slice(repository.length + 1) : path, ref];
}
const SCANNER_URIS = {
    trivy: 'pkg:github/aquasecurity/trivy',
    grype: 'pkg:github/anchore/grype',
};
function scanStatement(imageRef, scan) {
    return {
        _type: IN_TOTO_STATEMENT_TYPE,
        subject: [imageSubject(imageRef)],
        predicateType: VULN_SCAN_PREDICATE,
        predicate: {
            invocation: { parameters: null, uri: scan.runUrl ?? '', event_id: '', 'builder.id': 'shipgate scan-image' },
            scanner: {
                uri: SCANNER_URIS[scan.scanner.name] ?? scan.scanner.name,
                version: scan.scanner.version,
                db: { uri: '', version: scan.scanner.dbUpdatedAt ?? '' },
                result: { verdict: scan.verdict, counts: scan.counts, policy: scan.policy },
            },
            metadata: { scanStartedOn: scan.startedAt ?? scan.finishedAt, scanFinishedOn: scan.finishedAt },
        },
    };
}


/***/ }),

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Yu: () => (/* binding */ ShipgateError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   z8: () => (/* binding */ lastNonEmptyLine)
/* harmony export */ });
/* unused harmony exports STDERR_REASON_BOUNDS, meaningfulStderrLines, isUserError */
/**
 * The two kinds of failure a step can have. A `ConfigurationError` is the user's mistake and is
 * shown as one sentence with no stack trace; a `CommandError` is an external tool that failed and
 * is shown with its command, exit code and the meaningful last lines of its stderr.
 */
class ShipgateError extends Error {
    name = 'ShipgateError';
}
class ConfigurationError extends ShipgateError {
    name = 'ConfigurationError';
    /** Set when the mistake is a file's: the step's failure is annotated there. */
    location;
    constructor(message, location) {
        super(message);
        if (location)
            this.location = location;
    }
    /** The same sentence, located in `location` unless it is located already. */
    locatedAt(location) {
        return this.location ? this : new ConfigurationError(this.message, location);
    }
}
class CommandError extends ShipgateError {
    name = 'CommandError';
    command;
    args;
    exitCode;
    stderr;
    constructor(failure) {
        super(describeCommandFailure(failure));
        this.command = failure.command;
        this.args = failure.args;
        this.exitCode = failure.exitCode;
        this.stderr = failure.stderr;
    }
    /**
     * The last meaningful line the tool wrote to stderr (see `meaningfulStderrLines`); usually the
     * one that says what went wrong.
     */
    get lastStderrLine() {
        return meaningfulStderrLines(this.stderr, { maxLines: 1 }).at(-1) ?? '';
    }
}
function lastNonEmptyLine(text) {
    const lines = text.split(/\r?\n/);
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i]?.trim();
        if (line)
            return line;
    }
    return '';
}
/** How much of a tool's stderr a failure keeps: its last lines, up to both bounds. */
const STDERR_REASON_BOUNDS = { maxLines: 8, maxChars: 1_000 };
/**
 * The last lines of `stderr` that say something, trimmed: blank lines, lines of punctuation alone
 * (kubectl closes a multi-line error with a lone `>`) and a line repeating the one before are
 * dropped. At most `maxLines`, and at most `maxChars` in all: older lines go first, and a last
 * line longer than that keeps its end, where tools put the underlying cause.
 */
function meaningfulStderrLines(stderr, bounds = {}) {
    const { maxLines = STDERR_REASON_BOUNDS.maxLines, maxChars = STDERR_REASON_BOUNDS.maxChars } = bounds;
    const lines = [];
    for (const raw of stderr.split(/\r?\n|\r/)) {
        const line = raw.trim();
        if (!line || /^[\p{P}\p{S}]+$/u.test(line) || line === lines.at(-1))
            continue;
        lines.push(line);
    }
    const kept = [];
    let chars = 0;
    for (let i = lines.length - 1; i >= 0 && kept.length < maxLines; i--) {
        const line = lines[i];
        if (kept.length === 0 && line.length > maxChars)
            return [`…${line.slice(line.length - maxChars + 1)}`];
        if (chars + line.length > maxChars)
            break;
        kept.unshift(line);
        chars += line.length;
    }
    return kept;
}
function describeCommandFailure(failure) {
    const commandLine = [failure.command, ...failure.args].join(' ');
    const status = failure.reason ?? `exited with code ${failure.exitCode}`;
    const reason = meaningfulStderrLines(failure.stderr).join('\n');
    return reason ? `\`${commandLine}\` ${status}: ${reason}` : `\`${commandLine}\` ${status}.`;
}
/** One line for the step's failure message, whatever was thrown. */
function describeError(error) {
    if (error instanceof Error) {
        const message = error.message.replace(/\s*\n\s*/g, ' ').trim();
        return message || error.name;
    }
    return String(error);
}
function isUserError(error) {
    return error instanceof ConfigurationError;
}


/***/ }),

/***/ 30380:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   O: () => (/* binding */ GitHubApiError)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37638);

/** A GitHub REST call that failed; names the call so a log reader knows which one. */
class GitHubApiError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .ShipgateError */ .Yu {
    name = 'GitHubApiError';
    status;
    /** `GET /repos/acme/web/issues/1/comments` (no host, no query, never a token). */
    call;
    /** A wait the server asked for (retry-after, rate-limit reset), in ms. */
    requestedDelayMs;
    rateLimited;
    constructor(call, detail, fields = {}) {
        super(`GitHub API call ${call} failed: ${detail}`, { cause: fields.cause });
        this.call = call;
        this.status = fields.status;
        this.requestedDelayMs = fields.requestedDelayMs;
        this.rateLimited = fields.rateLimited ?? false;
    }
}
function createGitHubClient(options) {
    const env = options.env ?? process.env;
    const baseUrl = (options.baseUrl ?? (env.GITHUB_API_URL || 'https://api.github.com')).replace(/\/+$/, '');
    let loaded;
    const octokit = () => {
        loaded ??= Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(59), __nccwpck_require__.e(884)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88884)).then((module) => module.octokitClient({ ...options, env, baseUrl }));
        return loaded;
    };
    return {
        baseUrl,
        request: async (route, requestOptions) => (await octokit()).request(route, requestOptions),
        paginate: async (route, requestOptions) => (await octokit()).paginate(route, requestOptions),
        graphql: async (query, variables, graphqlOptions) => (await octokit()).graphql(query, variables, graphqlOptions),
    };
}


/***/ }),

/***/ 38432:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ proxiedFetch),
  $: () => (/* binding */ proxyConfigured)
});

;// CONCATENATED MODULE: ./packages/core/src/deprecations.ts
/**
 * Drops one Node deprecation warning by code. For warnings about a bundled dependency's use of a
 * deprecated Node module, which users of the action can do nothing about and would read as ours.
 */
function silenceDeprecation(code) {
    const emitWarning = process.emitWarning.bind(process);
    process.emitWarning = ((warning, ...rest) => {
        const [typeOrOptions, warningCode] = rest;
        const given = typeof typeOrOptions === 'object' && typeOrOptions !== null
            ? typeOrOptions.code
            : warningCode;
        if (given === code)
            return;
        emitWarning(warning, ...rest);
    });
}

;// CONCATENATED MODULE: ./packages/core/src/proxy.ts

/** The variables a runner (and curl, and git) takes a proxy from; lower case wins, as in curl. */
const PROXY_VARIABLES = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY'];
let warningSilenced = false;
const either = (env, name) => env[name.toLowerCase()] ?? env[name.toUpperCase()] ?? '';
/** Whether `env` names a proxy for HTTP or HTTPS. */
function proxyConfigured(env) {
    return PROXY_VARIABLES.some((name) => Boolean(env[name]));
}
/**
 * The fetch every HTTP client of Shipgate (the GitHub client, the registry client, the OIDC token
 * request) sends through: global `fetch` when `env` names no proxy, else undici's fetch with an
 * `EnvHttpProxyAgent` that honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) as `env`
 * holds them, not as `process.env` does. undici is loaded only then, so a step without a proxy
 * does not pay for it. (Node's own fetch cannot take a dispatcher of another undici version.)
 */
async function proxiedFetch(env = process.env) {
    if (!proxyConfigured(env))
        return fetch;
    const undici = await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 24371, 19));
    if (!warningSilenced) {
        // undici warns once that the agent is experimental; a step's log is not the place for that.
        silenceDeprecation('UNDICI-EHPA');
        warningSilenced = true;
    }
    // Empty strings, not undefined: undefined would make undici read process.env instead. Without
    // an HTTPS proxy, undici sends https through the HTTP one.
    const dispatcher = new undici.EnvHttpProxyAgent({
        httpProxy: either(env, 'http_proxy'),
        httpsProxy: either(env, 'https_proxy'),
        noProxy: either(env, 'no_proxy'),
    });
    return ((input, init) => undici.fetch(input, { ...init, dispatcher }));
}


/***/ }),

/***/ 59899:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony exports sleep, isRetryableStatus */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs `operation` until it succeeds, an error is not retryable, or attempts run out; the last
 * error is rethrown as it was. Only wrap idempotent operations.
 */
async function retry(operation, options) {
    const { attempts, isRetryable = () => true, sleep: wait = sleep, random = Math.random } = options;
    for (let attempt = 1;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (attempt >= attempts || !isRetryable(error, attempt))
                throw error;
            const backoff = backoffDelay(attempt, options, random);
            const requested = options.requestedDelayMs?.(error);
            const delayMs = requested !== undefined ? Math.max(requested, backoff) : backoff;
            options.onRetry?.({ attempt, delayMs, error });
            if (delayMs > 0)
                await wait(delayMs);
        }
    }
}
/** Jittered exponential backoff below a ceiling of min(max, base * factor^(attempt-1)); see `jitter`. */
function backoffDelay(attempt, options, random = Math.random) {
    const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * (options.factor ?? 2) ** (attempt - 1));
    const floor = options.jitter === 'equal' ? ceiling / 2 : 0;
    return Math.round(floor + (ceiling - floor) * random());
}
/** Parses an HTTP `Retry-After` header (seconds or HTTP date) into milliseconds from `now`. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** HTTP statuses worth another attempt: timeouts, rate limits and server errors. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599);
}


/***/ }),

/***/ 87620:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   oq: () => (/* binding */ basicAuthForms)
/* harmony export */ });
/* unused harmony export refuseSecretsInCommittedInputs */

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
    /** Whether `text` holds any registered secret (or a form of one). */
    contains(text) {
        if (!text)
            return false;
        for (const secret of this.#secrets)
            if (text.includes(secret))
                return true;
        return false;
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
 * Inputs whose values are written into the GitOps repository (commit message, trailers, author,
 * paths) are public to everyone who can read it, and masking only covers logs. A registered secret
 * in one of them is refused, naming the input and never the value. Call after every secret input
 * has been registered.
 */
function refuseSecretsInCommittedInputs(masker, source, names) {
    for (const name of names) {
        if (masker.contains(source.getInput(name))) {
            throw new ConfigurationError(`Input "${name}" contains a secret (a value registered for masking); it would be committed to the GitOps repository in clear.`);
        }
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


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 24876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 24352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(15077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(75300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 75300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(15077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 15077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 57349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveBlockMap = __nccwpck_require__(87103);
var resolveBlockSeq = __nccwpck_require__(90334);
var resolveFlowCollection = __nccwpck_require__(13142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 23683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(45937);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 45937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var composeCollection = __nccwpck_require__(57349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(17788);
var utilEmptyScalarPosition = __nccwpck_require__(22599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 89984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(61342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var identity = __nccwpck_require__(41127);
var composeDoc = __nccwpck_require__(23683);
var resolveEnd = __nccwpck_require__(17788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 87103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(74051);
var utilMapIncludes = __nccwpck_require__(81187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 48913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 90334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(92223);
var resolveProps = __nccwpck_require__(34631);
var utilFlowIndentCheck = __nccwpck_require__(74051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 17788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 13142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var resolveEnd = __nccwpck_require__(17788);
var resolveProps = __nccwpck_require__(34631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(81187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 76842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var resolveEnd = __nccwpck_require__(17788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 34631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 22599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 74051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 81187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var toJS = __nccwpck_require__(74043);
var Schema = __nccwpck_require__(45840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(71596);
var applyReviver = __nccwpck_require__(83661);
var createNode = __nccwpck_require__(42404);
var directives = __nccwpck_require__(61342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 71596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 83661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 42404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 61342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var visit = __nccwpck_require__(10204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 91464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 38815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(45840);
var errors = __nccwpck_require__(91464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(84047);
var visit = __nccwpck_require__(10204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 57249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var visit = __nccwpck_require__(10204);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 40101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 66673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(83661);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 57165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyPair = __nccwpck_require__(59748);
var addPairToJSMap = __nccwpck_require__(97104);
var identity = __nccwpck_require__(41127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 63301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Node = __nccwpck_require__(66673);
var toJS = __nccwpck_require__(74043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 84454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(61212);
var addPairToJSMap = __nccwpck_require__(97104);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 92223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(42404);
var stringifyCollection = __nccwpck_require__(61212);
var Collection = __nccwpck_require__(40101);
var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var toJS = __nccwpck_require__(74043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 97104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(57249);
var merge = __nccwpck_require__(90452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 41127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 74043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 60110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(48913);
var resolveFlowScalar = __nccwpck_require__(76842);
var errors = __nccwpck_require__(91464);
var stringifyString = __nccwpck_require__(83069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 91733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 97715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(60110);
var cstStringify = __nccwpck_require__(91733);
var cstVisit = __nccwpck_require__(97715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 40361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 66628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(40361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 84047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(89984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(91464);
var log = __nccwpck_require__(57249);
var identity = __nccwpck_require__(41127);
var lineCounter = __nccwpck_require__(66628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 45840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var tags = __nccwpck_require__(90018);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 47451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLMap = __nccwpck_require__(84454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 73632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var YAMLSeq = __nccwpck_require__(92223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 66464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(83069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 73959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 38405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 59874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 70896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 33559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var map = __nccwpck_require__(47451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 90018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var bool = __nccwpck_require__(73959);
var float = __nccwpck_require__(38405);
var int = __nccwpck_require__(59874);
var schema = __nccwpck_require__(70896);
var schema$1 = __nccwpck_require__(33559);
var binary = __nccwpck_require__(56083);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var schema$2 = __nccwpck_require__(35913);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 56083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(20181);
var Scalar = __nccwpck_require__(63301);
var stringifyString = __nccwpck_require__(83069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 88398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 35782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var stringifyNumber = __nccwpck_require__(28689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 10873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 90452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 50303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var toJS = __nccwpck_require__(74043);
var YAMLMap = __nccwpck_require__(84454);
var YAMLSeq = __nccwpck_require__(92223);
var pairs = __nccwpck_require__(18385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 18385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var Scalar = __nccwpck_require__(63301);
var YAMLSeq = __nccwpck_require__(92223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 35913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(47451);
var _null = __nccwpck_require__(73632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(66464);
var binary = __nccwpck_require__(56083);
var bool = __nccwpck_require__(88398);
var float = __nccwpck_require__(35782);
var int = __nccwpck_require__(10873);
var merge = __nccwpck_require__(90452);
var omap = __nccwpck_require__(50303);
var pairs = __nccwpck_require__(18385);
var set = __nccwpck_require__(81528);
var timestamp = __nccwpck_require__(46752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 81528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Pair = __nccwpck_require__(57165);
var YAMLMap = __nccwpck_require__(84454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 46752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(28689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 34475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(71596);
var identity = __nccwpck_require__(41127);
var stringifyComment = __nccwpck_require__(59799);
var stringifyString = __nccwpck_require__(83069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 61212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 59799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 28689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 59748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);
var Scalar = __nccwpck_require__(63301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(59799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 83069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(63301);
var foldFlowLines = __nccwpck_require__(34475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 10204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(41127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 63837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 72079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(34914);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
