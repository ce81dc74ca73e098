import { defineConfig } from 'vitest/config';

// The interop suite: checks the outputs with the programs users have (poppler, qpdf, LibreOffice, python-docx, Chromium).
export default defineConfig({
  test: {
    include: ['test/interop/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
