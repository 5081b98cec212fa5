// Floats are boxed so that the integer 1 and the float 1.0 stay different terms
// (integers are bare JS numbers or BigInts). Always finite: the BEAM has no
// NaN or infinities, operations that would make one raise badarith instead.

export class EFloat {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}

export function float(v: number): EFloat {
  return new EFloat(v);
}
