import { useState, type ReactNode } from "react";
import { safeIconUrl } from "../domain/url";
import "./badges.css";

interface Props {
  src: string | undefined;
  size?: number;
  /** Shown when the URL is missing, unsafe or fails to load. */
  fallback: ReactNode;
}

/** A decorative icon from a server-sent URL, only when http(s) or same-origin. */
export function SafeIcon({ src, size = 20, fallback }: Props) {
  const url = safeIconUrl(src);
  const [failed, setFailed] = useState<string | undefined>(undefined);
  if (!url || failed === url) return <>{fallback}</>;
  return (
    <img
      src={url}
      alt=""
      width={size}
      height={size}
      referrerPolicy="no-referrer"
      onError={() => setFailed(url)}
      className="safe-icon"
    />
  );
}
