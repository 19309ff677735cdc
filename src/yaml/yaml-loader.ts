import { YAML_LIBRARIES, type YamlLibraries } from './yaml-libraries.js';

/**
 * The YAML libraries (see yaml-libraries.ts). Here they are imported like any
 * module; in the built tool scripts/build.mjs puts in its place a loader that
 * starts their own bundle the first time they are asked for.
 */
export function yamlLibraries(): YamlLibraries {
  return YAML_LIBRARIES;
}
