// The page's policy lets no inline style apply by itself: only `<style>` elements with our nonce do, so a post (or
// its title, through the layout) can never add a stylesheet. `style` attributes, which the renderer kept after its
// sanitizer and URL policy, style only their own element; they are applied here through the CSSOM. Whatever they say
// (`position: fixed`, a huge `z-index`), the post content is painted inside its frame (chrome.ts `confine`).

export function applyInlineStyles(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[style]'))
    element.style.cssText = element.getAttribute('style') ?? '';
}
