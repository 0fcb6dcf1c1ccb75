/** The element tags of the source tree at `root`, sorted. */
export function elementTags(root?: string): string[];
