import { validate } from "../../src/functions/functions";
import { runOnFile } from "./helpers";

/**
 * A ministry's map of public works as it publishes them (a helper's round nx, D-nx9, real: Paraguay's
 * MOPC, `id, titulo_obra, descripcion_obra, tipo_geometria, coordenadas`): roads, bridges, buildings,
 * no money and no organisation — assets, not partners. Invented works, the real file's layout.
 */
const WORKS =
  "id,titulo_obra,descripcion_obra,tipo_geometria,coordenadas\r\n" +
  'a1,Ruta 9 (Tramo Norte),Rehabilitación de la Ruta 9.,LineString,"[[-57.0, -26.9], [-57.1, -26.8]]"\r\n' +
  'a2,Puente sobre el Arroyo Claro,Construcción de un puente de hormigón.,Point,"[-56.2, -26.4]"\r\n' +
  'a3,Hospital Regional del Sur,Ampliación del hospital.,Point,"[-56.9, -27.1]"\r\n';

const run = (args: string[]) => runOnFile("obras.csv", WORKS, args);

describe("a map of public works, its titles headed `titulo_obra`", () => {
  it("check's hint reads the works as Assets, their titles the Asset", async () => {
    const { code, said } = await run(["check"]);
    expect(code).toBe(3);
    expect(said).toContain("No Assets header row");
    expect(said).toContain('--tab Assets --map "titulo_obra=Asset"');
    expect(said).not.toContain("=Partner");
  });

  it("VALIDATE names Assets too", () => {
    const range = WORKS.trim()
      .split("\r\n")
      .map((line) => line.split(",").slice(0, 3));
    expect(() => validate(range)).toThrow(/No Assets header row: .* beside titulo_obra/);
  });
});
