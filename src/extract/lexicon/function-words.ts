/**
 * Capitalised words that are not names: function words, pronouns, and the
 * common openers of news sentences ("However", "Yesterday"). A run of
 * capitalised words never starts or ends with one. Lower-cased. Data only.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'hers', 'their', 'theirs', 'our', 'ours', 'my', 'mine', 'your', 'yours', 'him', 'them', 'us',
  'me', 'who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how', 'whether', 'while', 'whilst',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'for', 'if', 'then', 'than', 'though', 'although', 'because', 'since',
  'as', 'at', 'by', 'in', 'on', 'of', 'to', 'from', 'with', 'without', 'into', 'onto', 'upon', 'about', 'above',
  'after', 'before', 'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'during', 'except',
  'inside', 'outside', 'over', 'under', 'until', 'till', 'unlike', 'like', 'near', 'off', 'out', 'per', 'through',
  'throughout', 'toward', 'towards', 'via', 'within', 'against', 'among', 'amongst', 'across', 'along', 'around',
  'despite', 'following', 'according', 'regarding', 'concerning', 'including', 'unless', 'once', 'whereas',
  'however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'therefore', 'thus', 'hence',
  'also', 'still', 'even', 'just', 'only', 'already', 'instead', 'indeed', 'perhaps', 'maybe', 'later', 'earlier',
  'now', 'today', 'tonight', 'yesterday', 'tomorrow', 'last', 'next', 'first', 'second', 'third', 'finally',
  'all', 'any', 'both', 'each', 'every', 'few', 'many', 'more', 'most', 'much', 'no', 'none', 'not', 'other',
  'others', 'some', 'such', 'several', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'will',
  'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'yes', 'oh', 'ok', 'okay', 'well', 'please',
  'thank', 'thanks', 'dear', 'hello', 'hi', 'image', 'images', 'video', 'photo', 'photos',
  'picture', 'source', 'sources', 'related', 'see', 'also', 'update', 'updated', 'breaking', 'exclusive',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'am', 'pm', 'bc', 'ad', 'ce',
  'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'nobody', 'nothing',
  'something', 'everything', 'anything', 'whatever', 'whoever', 'wherever', 'whenever', 'again', 'too', 'very',
  'speaking', 'asked', 'said', 'says', 'told', 'added', 'despite', 'amid', 'via', 'let', 'lets', 'let’s',
  'mostly', 'overall', 'currently', 'recently', 'previously', 'originally', 'initially', 'eventually', 'soon',
]);
