/**
 * Resolves after the frame being rendered now has been painted and the next one has begun: work
 * that can follow the first rows (the rest of the fleet, the overview's code) waits for this, so it
 * does not compete with them.
 * A hidden tab paints no frames; there it goes on after a task.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const later = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame !== "function" || document.visibilityState === "hidden") {
      later();
    } else {
      requestAnimationFrame(() => requestAnimationFrame(later));
    }
  });
}
