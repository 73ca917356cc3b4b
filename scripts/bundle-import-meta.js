// Injected into the CommonJS bundle by scripts/bundle.mjs: import.meta.url
// of the ES modules in it stands for the bundle's own URL.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
