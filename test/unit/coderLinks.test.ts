import { describe, expect, test } from "vitest";
import type { Workspace, WorkspaceAgent, WorkspaceApp } from "../../src/coderd/schemas";
import { appLink, coderBuildUrl, coderWorkspaceUrl } from "../../src/domain/coderLinks";

// Where Coder's own UI opens a workspace, its build logs and its apps, built from the fields and
// judged like any server-sent URL.
const base = { coder: "https://coder.example.com" };
const w: Workspace = { name: "dev", owner_name: "alice", latest_build: { build_number: 7 } };
const agent: WorkspaceAgent = { name: "main" };

describe("links to Coder", () => {
  test("workspace page and build logs, segments encoded", () => {
    expect(coderWorkspaceUrl(w, base)?.href).toBe("https://coder.example.com/@alice/dev");
    expect(coderBuildUrl(w, base)?.href).toBe("https://coder.example.com/@alice/dev/builds/7");
    const odd = { ...w, name: "../x?y#z" };
    expect(coderWorkspaceUrl(odd, base)?.href).toBe(
      "https://coder.example.com/@alice/..%2Fx%3Fy%23z",
    );
    expect(coderBuildUrl({ ...w, latest_build: {} }, base)).toBeUndefined();
    expect(coderWorkspaceUrl({ name: "dev" }, base)).toBeUndefined();
  });

  test("apps: path-based, terminal, external http(s) only, subdomain only with the apps host", () => {
    const app = (fields: WorkspaceApp): WorkspaceApp => ({ slug: "code", ...fields });
    expect(appLink(w, agent, app({}), base)).toMatchObject({
      kind: "web",
      url: { href: "https://coder.example.com/@alice/dev.main/apps/code/" },
    });
    expect(appLink(w, agent, app({ command: "bash -l" }), base)).toMatchObject({
      kind: "terminal",
      url: { href: "https://coder.example.com/@alice/dev.main/terminal?command=bash%20-l" },
    });
    expect(
      appLink(w, agent, app({ external: true, url: "https://docs.example.com/x" }), base),
    ).toMatchObject({ kind: "external", url: { href: "https://docs.example.com/x" } });
    for (const url of [
      "javascript:alert(1)",
      "vscode://coder.coder-remote/open?token=$SESSION_TOKEN",
    ])
      expect(appLink(w, agent, app({ external: true, url }), base).kind).toBe("none");
    const sub = app({ subdomain: true, subdomain_name: "code--main--dev--alice" });
    expect(appLink(w, agent, sub, base).kind).toBe("none");
    expect(appLink(w, agent, sub, { ...base, appsHost: "*.apps.example.com" })).toMatchObject({
      kind: "subdomain",
      url: { href: "https://code--main--dev--alice.apps.example.com/" },
    });
    const evil = app({ subdomain: true, subdomain_name: "x.evil.com/" });
    expect(appLink(w, agent, evil, { ...base, appsHost: "*.apps.example.com" }).kind).toBe("none");
  });
});
