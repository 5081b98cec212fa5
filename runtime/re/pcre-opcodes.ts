// The opcodes of PCRE 8.44's compiled patterns (pcre_internal.h, 8-bit code units, LINK_SIZE 2,
// IMM2_SIZE 2), as erts vendors it: the single table pcre-bytecode.ts decodes by. Each row gives
// the opcode's number, its name without the OP_ prefix, its length in bytes as OP_lengths has it
// (a minimum where the row says how it grows) and what it does.

/** How an opcode's real length exceeds its table length. */
export const enum Grow {
  None,
  /** A character follows: more bytes when it is a multi-byte UTF-8 character in unicode mode. */
  Char,
  /** A type opcode follows: two more bytes when it is PROP or NOTPROP. */
  Type,
  /** The length is the LINK after the opcode (XCLASS). */
  Link,
  /** A name follows: its length byte, the name and a NUL (MARK, PRUNE_ARG, SKIP_ARG, THEN_ARG). */
  Name,
}

export interface OpcodeInfo {
  readonly code: number;
  readonly name: string;
  readonly length: number;
  readonly grow: Grow;
  readonly doc: string;
}

const rows: [string, number, Grow, string][] = [
  ['END', 1, Grow.None, 'end of the pattern'],
  ['SOD', 1, Grow.None, '\\A: start of the subject'],
  ['SOM', 1, Grow.None, '\\G: the start offset'],
  ['SET_SOM', 1, Grow.None, '\\K: reset the match start'],
  ['NOT_WORD_BOUNDARY', 1, Grow.None, '\\B'],
  ['WORD_BOUNDARY', 1, Grow.None, '\\b'],
  ['NOT_DIGIT', 1, Grow.None, '\\D'],
  ['DIGIT', 1, Grow.None, '\\d'],
  ['NOT_WHITESPACE', 1, Grow.None, '\\S'],
  ['WHITESPACE', 1, Grow.None, '\\s'],
  ['NOT_WORDCHAR', 1, Grow.None, '\\W'],
  ['WORDCHAR', 1, Grow.None, '\\w'],
  ['ANY', 1, Grow.None, '. without dotall, \\N: any character but a newline'],
  ['ALLANY', 1, Grow.None, '. with dotall: any character'],
  ['ANYBYTE', 1, Grow.None, '\\C: one byte'],
  ['NOTPROP', 3, Grow.None, '\\P{..}: property type and value follow'],
  ['PROP', 3, Grow.None, '\\p{..}: property type and value follow'],
  ['ANYNL', 1, Grow.None, '\\R: a newline sequence'],
  ['NOT_HSPACE', 1, Grow.None, '\\H'],
  ['HSPACE', 1, Grow.None, '\\h'],
  ['NOT_VSPACE', 1, Grow.None, '\\V'],
  ['VSPACE', 1, Grow.None, '\\v'],
  ['EXTUNI', 1, Grow.None, '\\X: an extended grapheme cluster'],
  ['EODN', 1, Grow.None, '\\Z: end, or before a final newline'],
  ['EOD', 1, Grow.None, '\\z: end of the subject'],
  ['DOLL', 1, Grow.None, '$ without multiline (dollar_endonly decides at match time)'],
  ['DOLLM', 1, Grow.None, '$ with multiline'],
  ['CIRC', 1, Grow.None, '^ without multiline'],
  ['CIRCM', 1, Grow.None, '^ with multiline'],
  ['CHAR', 2, Grow.Char, 'one character'],
  ['CHARI', 2, Grow.Char, 'one character, caselessly'],
  ['NOT', 2, Grow.Char, 'any character but one'],
  ['NOTI', 2, Grow.Char, 'any character but one, caselessly'],
];

/** The 13 repeat forms of each single-item family, in their order (count: a 2-byte count precedes the item). */
export const REPEAT_FORMS: { name: string; count: boolean }[] = [
  { name: 'STAR', count: false },
  { name: 'MINSTAR', count: false },
  { name: 'PLUS', count: false },
  { name: 'MINPLUS', count: false },
  { name: 'QUERY', count: false },
  { name: 'MINQUERY', count: false },
  { name: 'UPTO', count: true },
  { name: 'MINUPTO', count: true },
  { name: 'EXACT', count: true },
  { name: 'POSSTAR', count: false },
  { name: 'POSPLUS', count: false },
  { name: 'POSQUERY', count: false },
  { name: 'POSUPTO', count: true },
];
const families: [string, Grow, string][] = [
  ['', Grow.Char, 'a character repeated'],
  ['I', Grow.Char, 'a character repeated, caselessly'],
  ['NOT', Grow.Char, 'any character but one, repeated'],
  ['NOTI', Grow.Char, 'any character but one, caselessly, repeated'],
  ['TYPE', Grow.Type, 'a character type (\\d, ., \\p{..}...) repeated'],
];
for (const [family, grow, doc] of families) {
  for (const f of REPEAT_FORMS) {
    const name = family === 'I' ? `${f.name}I` : family === 'NOTI' ? `NOT${f.name}I` : `${family}${f.name}`;
    rows.push([name, f.count ? 4 : 2, grow, doc]);
  }
}

rows.push(
  ['CRSTAR', 1, Grow.None, '* after a class or backreference'],
  ['CRMINSTAR', 1, Grow.None, '*? after a class or backreference'],
  ['CRPLUS', 1, Grow.None, '+ after a class or backreference'],
  ['CRMINPLUS', 1, Grow.None, '+? after a class or backreference'],
  ['CRQUERY', 1, Grow.None, '? after a class or backreference'],
  ['CRMINQUERY', 1, Grow.None, '?? after a class or backreference'],
  ['CRRANGE', 5, Grow.None, '{min,max} after a class or backreference (max 0: unbounded)'],
  ['CRMINRANGE', 5, Grow.None, '{min,max}? after a class or backreference'],
  ['CRPOSSTAR', 1, Grow.None, '*+ after a class or backreference'],
  ['CRPOSPLUS', 1, Grow.None, '++ after a class or backreference'],
  ['CRPOSQUERY', 1, Grow.None, '?+ after a class or backreference'],
  ['CRPOSRANGE', 5, Grow.None, '{min,max}+ after a class or backreference'],
  ['CLASS', 33, Grow.None, 'a class: a 32-byte bitmap, nothing above 255'],
  ['NCLASS', 33, Grow.None, 'a negated class: a 32-byte bitmap, everything above 255'],
  ['XCLASS', 0, Grow.Link, 'a class with characters above 255 or properties'],
  ['REF', 3, Grow.None, 'a backreference to a group'],
  ['REFI', 3, Grow.None, 'a backreference to a group, caselessly'],
  ['DNREF', 5, Grow.None, 'a backreference to a duplicated name: name-table index and count'],
  ['DNREFI', 5, Grow.None, 'a backreference to a duplicated name, caselessly'],
  ['RECURSE', 3, Grow.None, 'a subroutine call: offset of the group from the start of the code'],
  ['CALLOUT', 6, Grow.None, '(?C): number, pattern offset and length; erts sets no callout function'],
  ['ALT', 3, Grow.None, 'start of the next alternative: link to the next ALT or KET'],
  ['KET', 3, Grow.None, 'end of a group: link back to its start'],
  ['KETRMAX', 3, Grow.None, 'end of a group repeated greedily without bound'],
  ['KETRMIN', 3, Grow.None, 'end of a group repeated lazily without bound'],
  ['KETRPOS', 3, Grow.None, 'end of a group repeated possessively without bound'],
  ['REVERSE', 3, Grow.None, 'first in a lookbehind branch: the branch length to move back'],
  ['ASSERT', 3, Grow.None, '(?=..)'],
  ['ASSERT_NOT', 3, Grow.None, '(?!..)'],
  ['ASSERTBACK', 3, Grow.None, '(?<=..)'],
  ['ASSERTBACK_NOT', 3, Grow.None, '(?<!..)'],
  ['ONCE', 3, Grow.None, '(?>..) containing captures'],
  ['ONCE_NC', 3, Grow.None, '(?>..) without captures'],
  ['BRA', 3, Grow.None, 'a non-capturing group'],
  ['BRAPOS', 3, Grow.None, 'a non-capturing group repeated possessively'],
  ['CBRA', 5, Grow.None, 'a capturing group: link, then the group number'],
  ['CBRAPOS', 5, Grow.None, 'a capturing group repeated possessively'],
  ['COND', 3, Grow.None, 'a conditional group'],
  ['SBRA', 3, Grow.None, 'BRA that may match empty (repeats check for an empty iteration)'],
  ['SBRAPOS', 3, Grow.None, 'BRAPOS that may match empty'],
  ['SCBRA', 5, Grow.None, 'CBRA that may match empty'],
  ['SCBRAPOS', 5, Grow.None, 'CBRAPOS that may match empty'],
  ['SCOND', 3, Grow.None, 'COND that may match empty'],
  ['CREF', 3, Grow.None, 'condition: group n is set'],
  ['DNCREF', 5, Grow.None, 'condition: a group of a duplicated name is set (index, count)'],
  ['RREF', 3, Grow.None, 'condition: in a recursion into group n (0xffff: any)'],
  ['DNRREF', 5, Grow.None, 'condition: in a recursion into a group of a duplicated name'],
  ['DEF', 1, Grow.None, 'condition: (?(DEFINE)..), never true'],
  ['BRAZERO', 1, Grow.None, 'the next group is optional, greedily'],
  ['BRAMINZERO', 1, Grow.None, 'the next group is optional, lazily'],
  ['BRAPOSZERO', 1, Grow.None, 'the next group is optional, possessively'],
  ['MARK', 3, Grow.Name, '(*MARK:NAME)'],
  ['PRUNE', 1, Grow.None, '(*PRUNE)'],
  ['PRUNE_ARG', 3, Grow.Name, '(*PRUNE:NAME)'],
  ['SKIP', 1, Grow.None, '(*SKIP)'],
  ['SKIP_ARG', 3, Grow.Name, '(*SKIP:NAME)'],
  ['THEN', 1, Grow.None, '(*THEN)'],
  ['THEN_ARG', 3, Grow.Name, '(*THEN:NAME)'],
  ['COMMIT', 1, Grow.None, '(*COMMIT)'],
  ['FAIL', 1, Grow.None, '(*FAIL)'],
  ['ACCEPT', 1, Grow.None, '(*ACCEPT)'],
  ['ASSERT_ACCEPT', 1, Grow.None, '(*ACCEPT) inside an assertion'],
  ['CLOSE', 3, Grow.None, 'before ACCEPT: close capturing group n'],
  ['SKIPZERO', 1, Grow.None, 'the next group is repeated {0}: skipped'],
);

/** All opcodes, indexed by number (OP_TABLE_LENGTH is OPCODES.length, 162). */
export const OPCODES: readonly OpcodeInfo[] = rows.map(([name, length, grow, doc], code) => ({ code, name, length, grow, doc }));

/** The number of the opcode named `name` (a typo is caught when the module loads). */
export function op(name: string): number {
  const i = OPCODES.findIndex((o) => o.name === name);
  if (i < 0) throw new Error(`no PCRE opcode ${name}`);
  return i;
}
