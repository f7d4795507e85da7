/**
 * The browser hook of autosave: flushes a session's pending changes at once when the page is hidden
 * or left (`pagehide`, `visibilitychange` to hidden), the last moments a page can be sure to write.
 */
export function flushOnPageHide(
  session: { flush(): Promise<void> },
  target: Window = window,
): () => void {
  const flush = () => {
    void session.flush();
  };
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') flush();
  };
  target.addEventListener('pagehide', flush);
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', flush);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}
