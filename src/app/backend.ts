/** Which backend the app talks to, as told to the user in the top bar. */
export function backendLabel(): { kind: "demo" | "deployment"; label: string } {
  if (import.meta.env.VITE_DEMO === "true") return { kind: "demo", label: "Demo data" };
  const host = import.meta.env.VITE_CODER_HOST || window.location.host || "this server";
  return { kind: "deployment", label: host };
}
