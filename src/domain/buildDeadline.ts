import type { Deadline } from "../coderd/schemas";
import { parseTime } from "./time";

/** Accepts both deadline shapes: the reference's {time, valid} and a deployed coderd's string or null. */
export function deadlineOf(deadline: Deadline | undefined): Date | undefined {
  if (deadline === null || deadline === undefined) return undefined;
  if (typeof deadline === "string") return parseTime(deadline);
  return deadline.valid === false ? undefined : parseTime(deadline.time);
}
