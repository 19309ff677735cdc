'use strict';
// Program documents off the plain shape, made from a plain one: what the plain-shape reader
// leaves to js-yaml (a value continued on the next line) and to the full YAML reader (an anchor, a syntax error).
// They train the YAML libraries' code cache (scripts/code-cache.cjs), and the tests use them
// to check that every path starts those libraries when a document needs them.

/** The off-shape variants of `plain` (an example), by the file name each is written under. */
function offShapeDocuments(plain) {
  return {
    'continued.yaml': plain.replace(/^( +)name: (\S+) (.*)$/m, '$1name: $2\n$1  $3'),
    'anchor.yaml': plain.replace(/^( +)provider: (.*)$/m, '$1provider: &provider $2'),
    'broken.yaml': 'version: 1\nprogram: [\n',
  };
}

module.exports = { offShapeDocuments };
