import { creditsText, knownCost, unknownCostWhy } from "../domain/cost";
import { visuallyHidden } from "./visuallyHidden";

/** A daily cost as "3 credits", or "—" (why in its title, "unknown" for screen readers). */
export function CostText({
  value,
  perDay = false,
}: {
  value: number | undefined;
  perDay?: boolean;
}) {
  const cost = knownCost(value);
  if (cost === undefined) return <UnknownCost value={value} />;
  return <>{creditsText(cost) + (perDay ? "/day" : "")}</>;
}

/** "—" for a cost coderd sent that is not one. Plain elements: the list renders it in rows. */
export function UnknownCost({ value }: { value: number | undefined }) {
  return (
    <span title={unknownCostWhy(value)}>
      —<span style={visuallyHidden}> unknown</span>
    </span>
  );
}
