/**
 * model/ and plan/ are pure: whatever they import, followed through every
 * folder, reaches no file system, process, socket or host module at run time.
 * (Before issue 11 the planner reached node:fs through state/image-identity.ts,
 * whose comparison it needed and whose file reading it did not.)
 *
 * A second file because this rule must follow run-time imports only: a type
 * imported for its shape (specs/types.ts names the Secrets class, which reads
 * a file) costs nothing at run time, but dependency-cruiser's reachability
 * follows every edge it knows, and the layer rules in .dependency-cruiser.cjs
 * want type-only imports counted. Here TypeScript's own elision decides:
 * tsPreCompilationDeps off sees what the compiled JavaScript imports.
 */
const layers = require('./.dependency-cruiser.cjs');

/** The side-effecting modules, as the direct rule of the layer config names them. */
const sideEffects = layers.forbidden.find((rule) => rule.name === 'pure-core-no-side-effects').to.path;

module.exports = {
  forbidden: [
    {
      name: 'pure-core-reaches-no-side-effects',
      comment: 'model/ and plan/ reach no side-effecting module at run time, not even through a helper in another folder.',
      severity: 'error',
      from: { path: '^src/(model|plan)/' },
      to: { reachable: true, path: sideEffects },
    },
  ],
  options: { ...layers.options, tsPreCompilationDeps: false },
};
