// Kept while the rest of the code moves to src/packs: the rule shape lives there.
export * from '../packs/define.js';
