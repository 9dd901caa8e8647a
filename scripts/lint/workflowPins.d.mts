export function unpinnedActions(text: string): { line: number; uses: string }[];
