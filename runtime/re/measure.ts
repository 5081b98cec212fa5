// What parse.ts and compile.ts ask of an AST node: whether it can match the empty string (for
// repeats that must stop on an empty iteration) and the fixed length of its matches (for
// lookbehinds, which PCRE requires to be of fixed length, branch by branch).

import type { Node } from './ast.js';

/** fixedLength's answer for a call to a group not parsed yet. */
export const UNKNOWN_LENGTH = -4;

/** Whether a node can match the empty string (cheaply, erring towards true for calls). */
export function canBeEmpty(n: Node): boolean {
  switch (n.type) {
    case 'char':
    case 'set':
    case 'any':
    case 'byte':
    case 'newline':
    case 'extuni':
      return false;
    case 'seq':
      return n.items.every(canBeEmpty);
    case 'alt':
      return n.alts.some(canBeEmpty);
    case 'group':
      return n.kind === 'capture' || n.kind === 'plain' || n.kind === 'atomic' ? canBeEmpty(n.body) : true;
    case 'repeat':
      return n.min === 0 || canBeEmpty(n.body);
    case 'cond':
      return canBeEmpty(n.yes) || canBeEmpty(n.no);
    case 'call':
      return false;
    default:
      return true;
  }
}

/**
 * The length in characters every match of `n` has, -1 when it varies, for lookbehinds. Calls
 * take the called group's length; `depth` stops recursive calls.
 */
export function fixedLength(n: Node, groups: Map<number, Node>, depth: number): number {
  switch (n.type) {
    case 'empty':
    case 'assert':
    case 'keep':
    case 'verb':
      return 0;
    case 'char':
    case 'set':
    case 'any':
    case 'byte':
      return 1;
    case 'newline':
    case 'extuni':
    case 'backref':
      return -1;
    case 'seq': {
      let t = 0;
      for (const x of n.items) {
        const l = fixedLength(x, groups, depth);
        if (l < 0) return l;
        t += l;
      }
      return t;
    }
    case 'alt': {
      let len = -3;
      for (const a of n.alts) {
        const l = fixedLength(a, groups, depth);
        if (l < 0) return -1;
        if (len !== -3 && l !== len) return -1;
        len = l;
      }
      return len;
    }
    case 'group':
      if (n.kind === 'capture' || n.kind === 'plain' || n.kind === 'atomic') return fixedLength(n.body, groups, depth);
      return 0;
    case 'repeat': {
      if (n.min !== n.max) return -1;
      const l = fixedLength(n.body, groups, depth);
      return l < 0 ? -1 : l * n.min;
    }
    case 'cond': {
      const a = fixedLength(n.yes, groups, depth);
      const b = fixedLength(n.no, groups, depth);
      return a >= 0 && a === b ? a : -1;
    }
    case 'call': {
      const g = groups.get(n.group);
      if (g === undefined) return UNKNOWN_LENGTH;
      if (depth > 20) return -1;
      return fixedLength(g, groups, depth + 1);
    }
  }
}
