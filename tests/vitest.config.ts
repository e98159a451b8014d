/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so that unit tests can import modules that use astro:content types.
export default getViteConfig({
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts'],
  },
});
