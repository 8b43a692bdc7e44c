/**
 * The API takes amounts as JSON integers of minor units. This puts the digits into the JSON text as
 * they are (JSON.rawJSON), so an amount never passes through a floating-point Number on its way out.
 */
export function jsonInteger(minorUnits: string): number {
  if (!/^[0-9]{1,16}$/.test(minorUnits)) throw new RangeError('not an amount of minor units');
  return (JSON as unknown as { rawJSON(text: string): unknown }).rawJSON(minorUnits) as number;
}
