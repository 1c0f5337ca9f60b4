import { mapHeaders, type Cell } from "../../src/core";
import { noHeader } from "./sheets";

/**
 * Corpus round jo D10 (real: St. Louis's Land Reutilization Authority, its houses for sale): a land
 * bank's inventory keys each row by its parcel — `ParcelID | Address | Ward | Usage | LotSF` — and was
 * hinted as Partners ("name a Partner column"). A city's parcels are Assets. (Invented parcels and
 * streets, the list's layout and its figures written `"1,050"`.)
 */
const PARCELS: Cell[][] = [
  ["ParcelID", "Address", "Ward", "Neigh", "Usage", "Description", "BldgSF", "LotSF"],
  ["11110000100", "101 Example Av", 1, 10, "Residential", "1 Story Brick Residence", "1,050", "3,200"],
  ["11110000200", "105 Example Av", 1, 10, "Residential", "2 Story Frame Residence", "1,320", "3,600"],
  ["22220000300", "12 Sample St", 2, 20, "Residential", "1 Story Frame Residence", 640, "2,500"],
];

describe("a land bank's parcel list", () => {
  it("is hinted as Assets, not Partners", () => {
    const err = noHeader(PARCELS);
    expect(err.closestTab).toBe("Assets");
    expect(err.message).toMatch(/^No Assets header row/);
  });

  it("keeps a grant list keyed by parcel a Partners list (the parcel a weak name, the grantee the key)", () => {
    const grants: Cell[][] = [
      ["Parcel ID", "Grantee", "Grant amount"],
      ["11110000100", "Elm Street Bakery", 15000],
      ["11110000200", "Corner Books", 9000],
    ];
    expect(mapHeaders(grants).tab).toBe("Partners");
  });
});
