// Types of scripts/minify-templates.mjs for vite.config.ts.
import type { Plugin as VitePlugin } from 'vite';
import type { Plugin as EsbuildPlugin } from 'esbuild';

export function minifyCss(text: string): string;
export function minifyMarkup(text: string): string;
export function minifyTemplates(code: string, fileName?: string): string;
export function minifyTemplatesPlugin(options?: { include?: RegExp }): VitePlugin;
export function minifyTemplatesEsbuild(options?: { filter?: RegExp }): EsbuildPlugin;
