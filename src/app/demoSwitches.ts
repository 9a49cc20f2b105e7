// The demo switches that are on (?demo_size, ?demo_delay, ?demo_fail…), in words. They persist for the
// tab after the URL drops them, so the page must say they are on. Set once at boot.
let switches: readonly string[] = [];

export function setDemoSwitches(on: readonly string[]): void {
  switches = on;
}

export function getDemoSwitches(): readonly string[] {
  return switches;
}
