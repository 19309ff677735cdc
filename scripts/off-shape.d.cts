export declare function offShapeDocuments(plain: string): Record<'block-scalar.yaml' | 'anchor.yaml' | 'broken.yaml', string>;
