export declare function offShapeDocuments(plain: string): Record<'escaped.yaml' | 'anchor.yaml' | 'broken.yaml', string>;
