import * as yaml from 'yaml';
import jsyaml from 'js-yaml';

/**
 * The two YAML libraries, for the reading paths that need them: js-yaml for
 * plain documents the plain-shape reader declines, the full library for
 * everything else. The built tool keeps them in a bundle of their own
 * (dist/yaml-libraries.cjs), loaded on first use: most runs never need it.
 */
export const YAML_LIBRARIES = { yaml, jsyaml };

export type YamlLibraries = typeof YAML_LIBRARIES;
