// Preloaded into the Electronegativity run by scripts/security-gate.mjs: its only network use is
// fetching updated translations (and the security-fix lookup, which the gate turns off). Under
// Node 24 the old `got` it uses crashes the process when a timed-out request is retried after
// the promise settled, sometimes before the report is written. The gate runs offline by design,
// so `got` answers at once with a rejection and Electronegativity keeps its bundled English text.
'use strict';
const Module = require('node:module');

const originalLoad = Module._load;
Module._load = function loadWithoutNetwork(request, parent, isMain) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('The security gate makes no network requests.'));
    return Object.assign(offline, { default: offline, get: offline });
  }
  return originalLoad.call(this, request, parent, isMain);
};
