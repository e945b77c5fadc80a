import { defineConfig } from 'vite';

// Storybook's own Vite config: nothing of the demo portal's (root, publicDir, outDir) applies here.
export default defineConfig({
  build: { chunkSizeWarningLimit: 4000 },
});
