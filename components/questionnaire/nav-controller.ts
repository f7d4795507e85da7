/** Arrow Up/Down, Home and End move between the entries of a table of contents (the buttons in the list). */
export const tocKey = (e: KeyboardEvent): void => {
  const items = [...(e.currentTarget as HTMLElement).querySelectorAll('button')];
  const i = items.indexOf(e.target as HTMLButtonElement);
  const to = (
    { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 } as Record<string, number>
  )[e.key];
  if (i < 0 || to === undefined) return;
  e.preventDefault();
  items[Math.max(0, Math.min(items.length - 1, to))]!.focus();
};
