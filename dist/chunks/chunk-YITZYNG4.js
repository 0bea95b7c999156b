import { createRequire as __bwCreateRequire } from 'node:module'; const require = __bwCreateRequire(import.meta.url);

// model/version.ts
var VERSION = true ? "0.1.0" : "0.0.0";
var BUILD_ID = true ? "cde6693d5896edcb" : void 0;

export {
  VERSION,
  BUILD_ID
};
