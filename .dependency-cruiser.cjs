/**
 * The layer rules of the architecture (docs/architecture.md, "Layers", and
 * docs/design-notes.md, "Where the layers come from"), checked by `npm run lint:layers`, which
 * `npm test` runs before jest. A rule here is a statement about the code as it
 * is; where the design's wording and the code differ, the comment says why.
 *
 * These rules look at direct imports, type-only ones included: a type
 * imported from a higher layer still makes a layer depend on one above it,
 * and a cycle of type imports is still a cycle. The purity of model/ and
 * plan/ is also checked transitively, at run time, by
 * .dependency-cruiser-purity.cjs (see there why it is a second file).
 *
 * Folders the design does not name: images/ (the image store, used by the
 * CLI and spec loading's caller) and profiles/ (profile edits, used by exec/)
 * sit beside exec/; errors.ts and verbose.ts at the root are imported by all.
 * ports/ holds the interfaces between engine/ (which owns them) and exec/
 * (which implements them): engine/ never imports exec/, and in cli/ only the
 * composition root does.
 */

/** Modules that touch the world: files, processes, sockets, the host. */
const SIDE_EFFECT_CORE = '^(node:)?(fs|fs/promises|child_process|net|os|dgram|http|https|tls|worker_threads|cluster|readline|tty)$';
const SIDE_EFFECT_NPM = '(^|/)node_modules/(execa|ssh2|write-file-atomic|yargs|cli-table3)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Layers run one way, and so do the files inside a layer: a cycle means two modules are one idea split badly.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pure-core-no-upper-layers',
      comment: 'model/ and plan/ are pure functions of data: they never reach the executor, the use cases or the CLI.',
      severity: 'error',
      from: { path: '^src/(model|plan)/' },
      to: { path: '^src/(exec|engine|cli|images)/' },
    },
    {
      name: 'pure-core-no-side-effects',
      comment:
        'model/ and plan/ import no file system, process, socket or host module (node:crypto is allowed: hashing a value is pure). ' +
        'This rule sees direct imports; .dependency-cruiser-purity.cjs follows them through other folders.',
      severity: 'error',
      from: { path: '^src/(model|plan)/' },
      to: { path: [SIDE_EFFECT_CORE, SIDE_EFFECT_NPM], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'specs-not-state-or-exec',
      comment: 'specs/ reads and resolves specs; where vmlab keeps its state and how it runs QEMU are not its business.',
      severity: 'error',
      from: { path: '^src/specs/' },
      to: { path: '^src/(state|exec|engine|cli|plan)/' },
    },
    {
      name: 'state-not-exec-engine-cli',
      comment: 'state/ records and observes; it never acts (exec/), orchestrates (engine/) or talks to people (cli/).',
      severity: 'error',
      from: { path: '^src/state/' },
      to: { path: '^src/(exec|engine|cli)/' },
    },
    {
      name: 'exec-not-engine-cli',
      comment: 'exec/ carries out plans; the use cases that drive it and the CLI sit above it.',
      severity: 'error',
      from: { path: '^src/exec/' },
      to: { path: '^src/(engine|cli)/' },
    },
    {
      name: 'remote-not-engine-cli',
      comment: "remote/ is the SSH transport to a lab's other servers; the controller use cases (engine/controller) and the CLI drive it.",
      severity: 'error',
      from: { path: '^src/remote/' },
      to: { path: '^src/(engine|cli|exec|plan|model)/' },
    },
    {
      name: 'engine-reaches-the-machine-through-ports',
      comment:
        'The use cases reach QEMU, SSH and the host only through the interfaces of ports/ (Machine, Runtime), ' +
        'so each can be run over an in-memory fake; exec/ implements them.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: '^src/exec/' },
    },
    {
      name: 'engine-imports-no-side-effects',
      comment:
        'The use cases touch files, processes and the network only through ports/ (the machine) and the layers below ' +
        '(state/ for state.json, locks and the lab directory; profiles/ and images/ for their files).',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: [SIDE_EFFECT_CORE, SIDE_EFFECT_NPM], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'cli-builds-adapters-in-one-place',
      comment: 'Only the composition root (cli/machine.ts) builds the adapters of exec/; every other CLI module calls the engine.',
      severity: 'error',
      from: { path: '^src/cli/', pathNot: '^src/cli/machine\\.ts$' },
      to: { path: '^src/exec/' },
    },
    {
      name: 'ports-are-interfaces',
      comment: 'ports/ holds the interfaces the engine owns and exec/ implements: types and plain data, importing no code and no layer above state/.',
      severity: 'error',
      from: { path: '^src/ports/' },
      to: { path: '^src/(exec|engine|cli|images|profiles|remote)/' },
    },
    {
      name: 'ports-import-types-only',
      comment: 'An interface needs the shapes of other layers, never their code: anything ports/ imports is imported as a type.',
      severity: 'error',
      from: { path: '^src/ports/' },
      to: { dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'engine-not-cli',
      comment: 'The use cases never print or parse argv: they report through interfaces the CLI implements.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'images-profiles-not-engine-cli',
      comment: 'images/ (the image store) and profiles/ (profile edits) are used by the use cases and the CLI, never the other way round.',
      severity: 'error',
      from: { path: '^src/(images|profiles)/' },
      to: { path: '^src/(engine|cli)/' },
    },
    {
      name: 'shared-roots-import-no-upper-layer',
      comment:
        'errors.ts and verbose.ts are imported by every layer, so they may import only from the lowest ones ' +
        '(verbose.ts borrows shell quoting from state/advice.ts, which imports no layer above state/).',
      severity: 'error',
      from: { path: '^src/[^/]+\\.ts$' },
      to: { path: '^src/(plan|exec|engine|cli|images|profiles)/' },
    },
    {
      name: 'only-cli-parses-argv-and-draws-tables',
      comment: 'yargs and cli-table3 are how the CLI talks to people; nothing below it may depend on them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '(^|/)node_modules/(yargs|cli-table3)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type import from a higher layer is still a
    // layer running the wrong way, and a type-only cycle is still a cycle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
