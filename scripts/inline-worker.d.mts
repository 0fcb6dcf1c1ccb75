import type { Plugin } from 'vite';
export function workerScript(): Promise<string>;
export function inlineWorkerPlugin(): Plugin;
