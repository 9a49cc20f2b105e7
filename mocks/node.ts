import { setupServer } from "msw/node";
import { createMockBackend } from "./handlers";

/** Fixed clock for tests, so relative times and fixtures are stable. */
export const TEST_NOW = Date.parse("2026-11-20T12:00:00Z");

export const mockBackend = createMockBackend({ now: TEST_NOW });
export const server = setupServer(...mockBackend.handlers);
