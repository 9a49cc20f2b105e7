import { expect, type Page } from "@playwright/test";

// The list folds its filter controls and its overview; journeys unfold them as a user does.

async function unfold(page: Page, name: string) {
  const button = page.getByRole("button", { name, exact: true });
  await expect(button).toBeVisible({ timeout: 15_000 });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
}

/** Opens "More filters" (owner, template, name, status, health, agent, switches). */
export const openMoreFilters = (page: Page) => unfold(page, "More filters");

/** Unfolds the fleet overview (a choice the browser then remembers). */
export const openOverview = (page: Page) => unfold(page, "Fleet overview");
