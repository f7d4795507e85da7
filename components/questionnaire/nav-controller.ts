/** The entry a key moves to from `index` among `count` entries; undefined for other keys. */
const targetOf = (key: string, index: number, count: number): number | undefined => {
  const targets: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    Home: 0,
    End: count - 1,
  };
  return targets[key];
};

/**
 * Arrow Up/Down, Home and End move between the entries of a table of contents (the buttons in the
 * list).
 */
export const onTocKey = (event: KeyboardEvent): void => {
  const items = [...(event.currentTarget as HTMLElement).querySelectorAll('button')];
  const index = items.indexOf(event.target as HTMLButtonElement);
  const target = targetOf(event.key, index, items.length);
  if (index < 0 || target === undefined) return;
  event.preventDefault();
  items[Math.max(0, Math.min(items.length - 1, target))]!.focus();
};
