import { screen } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";

// The list folds its filter controls and its overview; tests that use them unfold them as a user does.

/** Opens "More filters" (the owner, template, name, status, health, agent and switch controls). */
export async function openMoreFilters(user: UserEvent): Promise<void> {
  const button = await screen.findByRole("button", { name: "More filters" });
  if (button.getAttribute("aria-expanded") !== "true") await user.click(button);
}

/** Unfolds the fleet overview (once it has loaded). */
export async function openOverview(user: UserEvent): Promise<void> {
  // The overview itself (its link comes with it), not the placeholder that keeps its place.
  await screen.findByText(/Needs attention \(\d+\)/, {}, { timeout: 25_000 });
  const button = screen.getByRole("button", { name: "Fleet overview" });
  if (button.getAttribute("aria-expanded") !== "true") await user.click(button);
}
