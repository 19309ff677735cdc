'use strict';
// A worker thread's start: runs the thread's bundle (workerData.bundle) from its code cache,
// as bin/iop-audit.cjs does for the command line. The bundle reads its job from workerData.job.
const { workerData } = require('node:worker_threads');
const { load } = require('./load-bundle.cjs');

const { script } = load(workerData.bundle);
// Only the build passes a port: it asks for the compiled code once the thread has done some work.
workerData.cachePort?.once('message', () => workerData.cachePort.postMessage(script.createCachedData()));
