// Kept while the rest of the code moves to src/packs: the catalog lives there.
export * from '../packs/index.js';
