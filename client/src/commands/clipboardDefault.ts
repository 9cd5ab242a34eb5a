/** A browser-based VS Code without clipboard permission may answer a read late or never: the input box does not wait. */
const CLIPBOARD_WAIT_MS = 300;
/** Longer clipboard text is no arXiv reference worth asking the server about. */
const MAX_REFERENCE_LENGTH = 300;

/**
 * The clipboard's text as the input's default, when reading it succeeds within `waitMs` and it is an arXiv
 * reference; undefined otherwise (a failed, slow or unrelated read).
 */
export async function clipboardDefault(
  readClipboard: () => Thenable<string>,
  isReference: (text: string) => Promise<boolean>,
  waitMs = CLIPBOARD_WAIT_MS,
): Promise<string | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), waitMs);
  });
  const read = Promise.resolve(readClipboard()).then(
    (text) => text.trim(),
    () => undefined,
  );
  const text = await Promise.race([read, late]);
  clearTimeout(timer);
  if (!text || text.length > MAX_REFERENCE_LENGTH) return undefined;
  return (await isReference(text)) ? text : undefined;
}
