// Builds the browser UI (src/web) into dist/web, which the API server serves as static files.
// In development `npx vite` serves the UI and forwards /api to the API server on port 3000.
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: path.resolve('src/web'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.resolve('dist/web'),
    emptyOutDir: true,
    // Fonts and images stay separate, cacheable files rather than data: URLs inside the CSS/JS.
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
