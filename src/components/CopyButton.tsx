import CheckOutlined from "@mui/icons-material/CheckOutlined";
import ContentCopyOutlined from "@mui/icons-material/ContentCopyOutlined";
import IconButton from "@mui/material/IconButton";
import { useEffect, useState, type ReactNode } from "react";

interface Props {
  text: string;
  label: string;
  icon?: ReactNode;
}

export function CopyButton({ text, label, icon }: Props) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(t);
  }, [copied]);
  return (
    <IconButton
      title={copied ? "Copied" : label}
      size="small"
      aria-label={label}
      onClick={() => {
        // Undefined outside secure contexts (plain http on a LAN host).
        const clipboard = navigator.clipboard as Clipboard | undefined;
        void clipboard?.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      {copied ? (
        <CheckOutlined fontSize="inherit" />
      ) : (
        (icon ?? <ContentCopyOutlined fontSize="inherit" />)
      )}
    </IconButton>
  );
}
