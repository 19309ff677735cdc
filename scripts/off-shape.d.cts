export declare function offShapeDocuments(plain: string): Record<'continued.yaml' | 'anchor.yaml' | 'broken.yaml', string>;
