// Pids, ports and references. Each carries its node and creation so that it can
// travel through the external term format and distribution unchanged.

import { atom, type Atom } from './atom.js';

/** This node's name before distribution is started (as erts). */
export const LOCAL_NODE: Atom = atom('nonode@nohost');

export class Pid {
  readonly node: Atom;
  /** The process number (erts's "number" field); unique on this node. */
  readonly id: number;
  readonly serial: number;
  readonly creation: number;
  constructor(node: Atom, id: number, serial: number, creation: number) {
    this.node = node;
    this.id = id;
    this.serial = serial;
    this.creation = creation;
  }
}

export class Port {
  readonly node: Atom;
  readonly id: number;
  readonly creation: number;
  constructor(node: Atom, id: number, creation: number) {
    this.node = node;
    this.id = id;
    this.creation = creation;
  }
}

/** A reference as a map key (Ref.key). */
export type RefKey = number | string;

export class Ref {
  readonly node: Atom;
  readonly creation: number;
  /** The reference's 32-bit words, least significant first (as erts stores them). */
  readonly ids: readonly number[];
  /**
   * The words as one map key (monitors, aliases and timers are kept by reference): a number for
   * the references beamjs makes (18 + 32 bits, exact in a double), else a string.
   */
  readonly key: RefKey;
  constructor(node: Atom, creation: number, ids: readonly number[]) {
    this.node = node;
    this.creation = creation;
    this.ids = ids;
    this.key = ids.length === 3 && ids[2] === 0 && ids[0] < 0x40000 ? ids[0] + ids[1] * 0x40000 : ids.join('.');
  }
}
