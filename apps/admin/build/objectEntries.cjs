// node-polyglot asks for the object.entries polyfill, whose shim chain (get-intrinsic, call-bind…)
// weighs ~5 KB gzip on the first screen; every browser Patron supports has Object.entries.
module.exports = Object.entries;
