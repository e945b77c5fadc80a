import { defineConfig } from 'vite';

// The demo portal: plain HTML using only the tags, on the MSW mock backend (its worker lives in mocks/public).
export default defineConfig({
  root: 'demo',
  publicDir: '../mocks/public',
  server: { port: 5173, strictPort: false },
  build: { outDir: '../dist/demo', emptyOutDir: true },
});
