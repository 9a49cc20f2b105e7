// The browser's Notification API, as the dashboard uses it: nothing leaves the browser; the
// permission is asked only from a click (browsers refuse or penalise an unprompted ask).

export type NotificationSupport = "unsupported" | NotificationPermission;

export function notificationSupport(): NotificationSupport {
  return "Notification" in globalThis ? globalThis.Notification.permission : "unsupported";
}

/** Call from a click handler only. */
export async function askNotificationPermission(): Promise<NotificationSupport> {
  if (notificationSupport() === "unsupported") return "unsupported";
  try {
    return await globalThis.Notification.requestPermission();
  } catch {
    return notificationSupport();
  }
}

/** Shows one notification; `onClick` runs when the user clicks it. Undefined when it can't be shown. */
export function showNotification(
  title: string,
  options: { body: string; tag: string; onClick: () => void },
): Notification | undefined {
  if (notificationSupport() !== "granted") return undefined;
  try {
    const n = new globalThis.Notification(title, { body: options.body, tag: options.tag });
    n.onclick = () => {
      options.onClick();
      n.close();
    };
    return n;
  } catch {
    // Some browsers (Chrome on Android) allow notifications only from a service worker.
    return undefined;
  }
}
