/**
 * What the test tooling can do in the browser running the tests. Firefox is driven over WebDriver
 * BiDi (web-test-runner.config.mjs), where `emulateMedia` of @web/test-runner-commands needs the
 * Chrome DevTools Protocol and fails: media emulation (print, prefers-color-scheme) is
 * Chromium-only in the tooling, not in aimskit.
 */
import { emulateMedia } from '@web/test-runner-commands';

export const inFirefox = /\bFirefox\//.test(navigator.userAgent);
/** Whether `emulateMedia` works here. */
export const canEmulateMedia = !inFirefox;
const REASON =
  'emulateMedia needs the Chrome DevTools Protocol, and Firefox is driven over WebDriver BiDi';

/**
 * Skips the running test, saying why, where media cannot be emulated (for tests about print or
 * colour-scheme CSS).
 */
export function requireMediaEmulation(ctx: Mocha.Context): void {
  if (canEmulateMedia) return;
  console.warn(`skipped in Firefox: "${ctx.test?.fullTitle() ?? ''}": ${REASON}`);
  ctx.skip();
}

/**
 * Skips the running test, saying why, where `window.print()` does not return by itself: headless
 * Chromium returns at once, headless Firefox opens a modal print dialog that the test runner cannot
 * close, and the page hangs.
 */
export function requirePrintDialogReturns(ctx: Mocha.Context): void {
  if (!inFirefox) return;
  console.warn(
    `skipped in Firefox: "${ctx.test?.fullTitle() ?? ''}": window.print() opens a modal dialog in headless Firefox that the test runner cannot close`,
  );
  ctx.skip();
}

let told = false;
/**
 * `emulateMedia` where it works; elsewhere nothing is emulated and the browser log says so once.
 * For tests whose subject is not the media itself (the rest of the test still runs). Returns
 * whether the media was emulated.
 */
export async function emulateMediaWhereSupported(
  media: Parameters<typeof emulateMedia>[0],
): Promise<boolean> {
  if (canEmulateMedia) {
    await emulateMedia(media);
    return true;
  }
  if (!told) console.warn(`media emulation left out in Firefox: ${REASON}`);
  told = true;
  return false;
}
