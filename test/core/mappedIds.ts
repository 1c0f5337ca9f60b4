import { mapHeaders } from "../../src/core";

/** The tracker column mapHeaders reads each header of a one-row sheet as (by header), for the header tests. */
export function mappedIds(header: (string | number)[], tab?: string) {
  const m = mapHeaders([header], tab);
  return Object.fromEntries(m.columns.map((c) => [c.header, c.id]));
}
