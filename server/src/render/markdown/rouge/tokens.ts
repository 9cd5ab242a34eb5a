// Rouge's token types (rouge/token.rb) by their short names, the CSS classes its HTML formatter writes. Text has
// none: Rouge writes it without a span.
export const Text = '';
export const Whitespace = 'w';
export const Error = 'err';

export const Keyword = 'k';
export const KeywordConstant = 'kc';
export const KeywordDeclaration = 'kd';
export const KeywordNamespace = 'kn';
export const KeywordPseudo = 'kp';
export const KeywordReserved = 'kr';
export const KeywordType = 'kt';

export const Name = 'n';
export const NameAttribute = 'na';
export const NameBuiltin = 'nb';
export const NameBuiltinPseudo = 'bp';
export const NameClass = 'nc';
export const NameConstant = 'no';
export const NameDecorator = 'nd';
export const NameEntity = 'ni';
export const NameFunction = 'nf';
export const NameLabel = 'nl';
export const NameNamespace = 'nn';
export const NameOther = 'nx';
export const NameTag = 'nt';
export const NameVariable = 'nv';
export const NameVariableClass = 'vc';
export const NameVariableGlobal = 'vg';
export const NameVariableInstance = 'vi';

export const Str = 's';
export const StrAffix = 'sa';
export const StrBacktick = 'sb';
export const StrChar = 'sc';
export const StrDelimiter = 'dl';
export const StrDoc = 'sd';
export const StrDouble = 's2';
export const StrEscape = 'se';
export const StrHeredoc = 'sh';
export const StrInterpol = 'si';
export const StrOther = 'sx';
export const StrRegex = 'sr';
export const StrSingle = 's1';
export const StrSymbol = 'ss';

export const Num = 'm';
export const NumBin = 'mb';
export const NumFloat = 'mf';
export const NumHex = 'mh';
export const NumInteger = 'mi';
export const NumIntegerLong = 'il';
export const NumOct = 'mo';
export const NumOther = 'mx';

export const Operator = 'o';
export const OperatorWord = 'ow';
export const Punctuation = 'p';
export const PunctuationIndicator = 'pi';

export const Comment = 'c';
export const CommentMultiline = 'cm';
export const CommentPreproc = 'cp';
export const CommentPreprocFile = 'cpf';
export const CommentSingle = 'c1';
export const CommentDoc = 'cd';
export const CommentSpecial = 'cs';

export const GenericDeleted = 'gd';
export const GenericEmph = 'ge';
export const GenericHeading = 'gh';
export const GenericInserted = 'gi';
export const GenericStrong = 'gs';
export const GenericSubheading = 'gu';
export const GenericTraceback = 'gt';
export const GenericOutput = 'go';
export const GenericPrompt = 'gp';
export const NameProperty = 'py';
export const LiteralDate = 'ld';
