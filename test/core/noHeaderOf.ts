import { mapHeaders, NoHeaderError, type Cell } from "../../src/core";

/** The error mapHeaders throws for `rows`, which no header row of any tab heads (fails the test if one does). */
export function noHeaderOf(rows: Cell[][]): NoHeaderError {
  try {
    mapHeaders(rows);
  } catch (err) {
    return err as NoHeaderError;
  }
  throw new Error("read as a header row");
}
