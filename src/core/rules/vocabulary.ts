import { LISTS, type ListSpec } from "../../schema";

/**
 * The list values SPEC's rules are about ("Status Active while …"). The schema owns the spelling;
 * this is the one place the rules name which values they mean, and it fails at load time if the
 * schema no longer lists one, so a renamed value cannot silently switch a rule off.
 */
function listed(list: ListSpec, value: string): string {
  const found = list.values.find((v) => v.toLowerCase() === value.toLowerCase());
  if (!found) throw new Error(`The schema's ${list.title} list no longer has "${value}"; update the rules.`);
  return found;
}

export const YES = listed(LISTS.yesNo, "Yes");
export const NO = listed(LISTS.yesNo, "No");

export const INITIATIVE_ACTIVE = listed(LISTS.initiativeStatus, "Active");
/** Initiative statuses in which a passed target date needs attention. */
export const INITIATIVE_IN_PROGRESS: readonly string[] = ["Defining", "Ready", "Active"].map((v) =>
  listed(LISTS.initiativeStatus, v),
);

export const PARTNER_AGREED = listed(LISTS.partnerStatus, "Agreed");
export const PARTNER_ACTIVE = listed(LISTS.partnerStatus, "Active");
export const PARTNER_COMPLETED = listed(LISTS.partnerStatus, "Completed");
export const CONTRIBUTION_FUNDING = listed(LISTS.contribution, "Funding");

export const ROLE_DEPUTIZED_LEAD = listed(LISTS.leadershipRole, "Deputized lead");
