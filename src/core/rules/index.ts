import type { TabName, TabSpec } from "../../schema";
import { ASSET_RULES } from "./assets";
import { commonRules } from "./common";
import { FOUNDATION_RULES } from "./foundation";
import { PARTNER_RULES } from "./partners";
import type { Rule } from "./types";

export type {
  Rule,
  RowCheck,
  Emit,
  Report,
  RuleContext,
  RuleRun,
  EachRow,
  Grouped,
  Group,
  ProblemGroup,
} from "./types";
export { startRules, type Check, type StartedRules } from "./engine";

/**
 * The rules VALIDATE runs on one tab: SPEC's "Every tab" rules, generated from the schema, then the
 * tab's own. Leadership has only the common ones (its duplicate Name is a warning, set in the schema).
 */
const TAB_RULES: Readonly<Record<TabName, readonly Rule[]>> = {
  Foundation: FOUNDATION_RULES,
  Assets: ASSET_RULES,
  Leadership: [],
  Partners: PARTNER_RULES,
};

const cache = new Map<TabName, readonly Rule[]>();

export function rulesFor(tab: TabSpec): readonly Rule[] {
  let rules = cache.get(tab.name);
  if (!rules) {
    rules = [...commonRules(tab), ...TAB_RULES[tab.name]];
    cache.set(tab.name, rules);
  }
  return rules;
}
