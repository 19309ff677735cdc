import type { Arbitrary } from 'fast-check';

export declare const EXAMPLES: string[];
export declare const mutatedExample: Arbitrary<string>;
export declare const restyledExample: Arbitrary<string>;
export declare const editedExample: Arbitrary<string>;
export declare const randomYaml: Arbitrary<string>;
export declare const plainShapedYaml: Arbitrary<string>;
export declare const randomBytes: Arbitrary<Uint8Array>;
export declare const anyInput: Arbitrary<Uint8Array>;
