// Preloaded into a gateway under test (node --expose-gc --require …): on an IPC
// 'heap' message it collects garbage fully and reports the heap still in use,
// so a test can tell retained memory from garbage not yet collected.
process.on('message', (message) => {
  if (message !== 'heap') return;
  global.gc();
  global.gc();
  process.send({ heapUsed: process.memoryUsage().heapUsed });
});
