import type { ChangeStore } from "../api/changes/changeStore";
import { showNotification } from "../components/desktopNotifications";
import { changeNotice, nextNoticeAt } from "../domain/changeNotice";
import { isProblemChange, type FleetChange } from "../domain/changeKinds";

/** Notifications replace one another: the newest says everything since the last one seen. */
const TAG = "coder-dashboard-changes";

/** The user is looking at this tab: the title and the marks tell them already. */
const looking = () => document.visibilityState === "visible" && document.hasFocus();

/**
 * Desktop notifications for new problems, while the user has them on and is not looking: the
 * problems seen within a minute of the last notification wait, and go together in the next one.
 * A click focuses the tab and opens the workspace (or the Changes view, for several).
 */
export function startChangeNotifier(store: ChangeStore, open: (href: string) => void): () => void {
  let pending: FleetChange[] = [];
  let lastAt: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    const { alerts } = store.getState();
    const wanted = pending.filter((c) => !alerts.muted.has(c.kind));
    pending = [];
    const notice = alerts.notify ? changeNotice(wanted) : undefined;
    if (!notice) return;
    const shown = showNotification(notice.title, {
      body: notice.body,
      tag: TAG,
      onClick: () => {
        window.focus();
        open(notice.href);
      },
    });
    if (shown) lastAt = Date.now();
  };

  const unsubscribe = store.onNewChanges((changes) => {
    const { alerts } = store.getState();
    if (!alerts.notify || looking()) return;
    const problems = changes.filter((c) => isProblemChange(c.kind) && !alerts.muted.has(c.kind));
    if (problems.length === 0) return;
    pending.push(...problems);
    const now = Date.now();
    timer ??= setTimeout(flush, nextNoticeAt(lastAt, now) - now);
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
