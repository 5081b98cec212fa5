// Atoms are interned: one Atom object per name, so equality is `===`.
// The table only grows, as erts's atom table does (atoms are never collected).

export class Atom {
  /** The atom's text, as the BEAM has it (Unicode code points). */
  readonly name: string;
  /** Creation order; stable for the process lifetime, used by hashing tables. */
  readonly id: number;
  constructor(name: string, id: number) {
    this.name = name;
    this.id = id;
  }
  toString(): string {
    return this.name;
  }
}

const table = new Map<string, Atom>();

/** The atom named `name`, created on first use. */
export function atom(name: string): Atom {
  let a = table.get(name);
  if (a === undefined) {
    a = new Atom(name, table.size);
    table.set(name, a);
  }
  return a;
}

/** The atom named `name` if it exists already (for `list_to_existing_atom`). */
export function existingAtom(name: string): Atom | undefined {
  return table.get(name);
}

export function atomCount(): number {
  return table.size;
}

export const TRUE = atom('true');
export const FALSE = atom('false');
export const OK = atom('ok');
export const UNDEFINED = atom('undefined');
export const ERROR = atom('error');
export const EXIT = atom('exit');
export const THROW = atom('throw');
export const NORMAL = atom('normal');
export const INFINITY = atom('infinity');

export function bool(b: boolean): Atom {
  return b ? TRUE : FALSE;
}
