/**
 * vmlab's version: what `--version` prints, and what a controller requires
 * every server of a lab to run (test/version.test.ts holds it to
 * package.json's). A constant rather than a read of package.json, because
 * the bundled CLI has no package.json beside it.
 */
export const VMLAB_VERSION = '0.1.0';
