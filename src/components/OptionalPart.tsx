import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import { createElement, lazy, useState, type ComponentType } from "react";
import { loadChunk } from "./loadChunk";

/**
 * A code-split part of a page that the page can do without (an overview, an export menu): its code
 * is loaded with retries, and if it still can't be had, the part says so with a button to try again,
 * while the rest of the page stays.
 */
export function optionalPart<P extends object, M>(
  name: string,
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  delays?: readonly number[],
) {
  return lazy(async () => {
    try {
      return { default: pick(await loadChunk(load, delays)) };
    } catch {
      // Once, then at once again under a fresh URL if the failure named its script (see loadChunk).
      return { default: unavailable(name, async () => pick(await loadChunk(load, [0]))) };
    }
  });
}

function unavailable<P extends object>(name: string, load: () => Promise<ComponentType<P>>) {
  return function Unavailable(props: P) {
    const [loaded, setLoaded] = useState<ComponentType<P>>();
    const [trying, setTrying] = useState(false);
    if (loaded) return createElement(loaded, props);
    return (
      <Alert
        severity="warning"
        action={
          <Button
            color="inherit"
            size="small"
            disabled={trying}
            onClick={() => {
              setTrying(true);
              load()
                .then((component) => setLoaded(() => component))
                .catch(() => setTrying(false));
            }}
          >
            {trying ? "Trying…" : "Try again"}
          </Button>
        }
      >
        The {name} could not be loaded: the server did not send its code. The rest of the page
        works.
      </Alert>
    );
  };
}
