// Counted nouns in messages. Pure.

/** `1 result`, `3 results`. */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
