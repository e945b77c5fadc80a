#!/usr/bin/env node
/**
 * `vssid-mock-server` (the `bin` of @vssid/mocks): the mock backend on a loopback port, for a portal team
 * working without the real backend. PORT (default 9090; 0 picks a free one), HOST (default 127.0.0.1),
 * ALLOWED_ORIGINS (comma-separated, for CORS). Prints the address it listens on.
 */
import { createMockServer } from './node-server.js';

const server = createMockServer();
const host = process.env.HOST ?? '127.0.0.1';
server.listen(Number(process.env.PORT ?? 9090), host, () => {
  const addr = server.address();
  const port = addr && typeof addr === 'object' ? addr.port : process.env.PORT;
  console.log(`VssID mock API on http://${host}:${port}/api (OpenAPI: /api/openapi.json)`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
