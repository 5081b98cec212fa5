// Compile errors of the re engine. The texts are those erts 25's PCRE returns in
// {error, {ErrString, Position}} (users match on them); Position is a byte offset into the
// pattern, placed where PCRE's scanner stood when it noticed the error. Features the engine does
// not implement raise Unsupported instead, which the BIF turns into an Erlang error naming the
// feature, never a silently different match.

export const E = {
  backslashAtEnd: '\\ at end of pattern',
  cAtEnd: '\\c at end of pattern',
  quantifierOrder: 'numbers out of order in {} quantifier',
  quantifierTooBig: 'number too big in {} quantifier',
  missingBracket: 'missing terminating ] for character class',
  rangeOrder: 'range out of order in character class',
  nothingToRepeat: 'nothing to repeat',
  afterQuestion: 'unrecognized character after (? or (?-',
  posixOutside: 'POSIX named classes are supported only within a class',
  missingParen: 'missing )',
  noSuchGroup: 'reference to non-existent subpattern',
  missingCommentParen: 'missing ) after comment',
  unmatchedParen: 'unmatched parentheses',
  afterQuestionLt: 'unrecognized character after (?<',
  lookbehindNotFixed: 'lookbehind assertion is not fixed length',
  malformedCondition: 'malformed number or name after (?(',
  condTooManyBranches: 'conditional group contains more than two branches',
  assertionExpected: 'assertion expected after (?( or (?(?C)',
  recursionSyntax: '(?R or (?[+-]digits must be followed by )',
  unknownPosix: 'unknown POSIX class name',
  posixCollating: 'POSIX collating elements are not supported',
  charTooLarge: 'character value in \\x{} or \\o{} is too large',
  condZero: 'invalid condition (?(0)',
  unsupportedEscape: 'PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u',
  calloutTooBig: 'number after (?C is > 255',
  calloutParen: 'closing ) for (?C expected',
  recursiveLoop: 'recursive call could loop indefinitely',
  afterQuestionP: 'unrecognized character after (?P',
  nameTerminator: 'syntax error in subpattern name (missing terminator)',
  duplicateName: 'two named subpatterns have the same name',
  invalidUtf8: 'invalid UTF-8 string',
  malformedProperty: 'malformed \\P or \\p sequence',
  unknownProperty: 'unknown property name after \\P or \\p',
  nameTooLong: 'subpattern name is too long (maximum 32 characters)',
  octalTooBig: 'octal value is greater than \\377 in 8-bit non-UTF-8 mode',
  defineBranches: 'DEFINE group contains more than one branch',
  gSyntax: '\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number',
  zeroReference: 'a numbered reference must not be zero',
  verbArgument: 'an argument is not allowed for (*ACCEPT), (*FAIL), or (*COMMIT)',
  verbUnknown: '(*VERB) not recognized or malformed',
  numberTooBig: 'number is too big',
  nameExpected: 'subpattern name expected',
  digitAfterPlus: 'digit expected after (?+',
  differentNames: 'different names for subpatterns of the same number are not allowed',
  markArgument: '(*MARK) must have an argument',
  cNotAscii: '\\c must be followed by an ASCII character',
  kSyntax: '\\k is not followed by a braced, angle-bracketed, or quoted name',
  nInClass: '\\N is not supported in a class',
  surrogate: 'disallowed Unicode code point (>= 0xd800 && <= 0xdfff)',
  markNameTooLong: 'name is too long in (*MARK), (*PRUNE), (*SKIP), or (*THEN)',
  nonHex: 'non-hex character in \\x{} (closing brace missing?)',
  nonOctal: 'non-octal character in \\o{} (closing brace missing?)',
  oBrace: 'missing opening brace after \\o',
  tooDeep: 'parentheses are too deeply nested',
  invalidRange: 'invalid range in character class',
  nameDigit: 'group name must start with a non-digit',
  digitsMissing: 'digits missing in \\x{} or \\o{}',
  tooLarge: 'regular expression is too large',
  inconsistentNewline: 'inconsistent NEWLINE options',
  utfDisabled: 'setting UTF is disabled by the application',
} as const;

/** A pattern PCRE rejects: erts's {error, {Message, Offset}}. */
export class ReCompileError {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

/** A pattern PCRE accepts but this engine cannot run as PCRE would. */
export class ReUnsupported {
  constructor(readonly feature: string) {}
}
