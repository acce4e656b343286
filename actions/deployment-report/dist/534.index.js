export const id = 534;
export const ids = [534];
export const modules = {

/***/ 47534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sbomStatement: () => (/* binding */ sbomStatement),
/* harmony export */   trivyPackages: () => (/* binding */ trivyPackages)
/* harmony export */ });
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6820);
/* harmony import */ var _cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50320);
/* harmony import */ var _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51248);
/* harmony import */ var _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94321);
/* harmony import */ var _cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _shipgate_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37638);
/* harmony import */ var _statement__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69918);
/**
 * A CycloneDX SBOM of the scanned image from the scanner's package list, as an attestation
 * (predicate type `https://cyclonedx.org/bom`, what `cosign attest --type cyclonedx` writes).
 * Only Trivy reports list an inventory, and only when Trivy ran with `--list-all-pkgs`; Grype's
 * JSON lists matches, not packages.
 */






/** The packages a Trivy JSON report (SchemaVersion 2) lists under `Results[].Packages`. */
function trivyPackages(report) {
    const results = report?.Results;
    if (!Array.isArray(results))
        return [];
    const seen = new Map();
    for (const result of results) {
        const packages = result?.Packages;
        if (!Array.isArray(packages))
            continue;
        for (const entry of packages) {
            const name = typeof entry.Name === 'string' ? entry.Name : '';
            if (!name)
                continue;
            const version = typeof entry.Version === 'string' ? entry.Version : '';
            const purl = entry.Identifier?.PURL;
            const found = { name, version, ...(typeof purl === 'string' ? { purl } : {}) };
            seen.set(found.purl ?? `${name}@${version}`, found);
        }
    }
    return [...seen.values()];
}
/** The statement: subject the image digest, predicate the CycloneDX 1.5 JSON document. */
function sbomStatement(imageRef, packages) {
    if (packages.length === 0) {
        throw new _shipgate_core__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('Input "sbom" is true, but the report lists no packages: run Trivy with --list-all-pkgs (Grype reports list only matches).');
    }
    const subject = (0,_statement__WEBPACK_IMPORTED_MODULE_5__/* .imageSubject */ .m1)(imageRef);
    const bom = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Bom();
    bom.metadata.component = new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Container, subject.name, {
        version: `sha256:${subject.digest.sha256}`,
    });
    for (const entry of packages) {
        bom.components.add(new _cyclonedx_cyclonedx_library_Models__WEBPACK_IMPORTED_MODULE_1__.Component(_cyclonedx_cyclonedx_library_Enums__WEBPACK_IMPORTED_MODULE_0__.ComponentType.Library, entry.name, {
            version: entry.version,
            ...(entry.purl ? { purl: entry.purl, bomRef: entry.purl } : {}),
        }));
    }
    const serializer = new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__.JsonSerializer(new _cyclonedx_cyclonedx_library_Serialize__WEBPACK_IMPORTED_MODULE_2__.JSON.Normalize.Factory(_cyclonedx_cyclonedx_library_Spec__WEBPACK_IMPORTED_MODULE_3__.Spec1dot5));
    return {
        _type: _statement__WEBPACK_IMPORTED_MODULE_5__/* .IN_TOTO_STATEMENT_TYPE */ .yH,
        subject: [subject],
        predicateType: _statement__WEBPACK_IMPORTED_MODULE_5__/* .PREDICATE_TYPES */ .Cs.sbom,
        predicate: JSON.parse(serializer.serialize(bom, { sortLists: true })),
    };
}


/***/ })

};
