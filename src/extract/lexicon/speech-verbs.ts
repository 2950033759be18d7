/**
 * Reporting verbs that introduce quoted or reported speech, with their
 * inflections. Data only: the attribution pass builds its lookups from these.
 * "said Kerry", "Kerry told Putin", "the report concluded" all hinge on one of them.
 */

/** Base form -> inflected forms (the base form itself is always included). */
const IRREGULAR: Record<string, string[]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  read: ['reads', 'reading'],
  speak: ['speaks', 'spoke', 'speaking'],
  put: ['puts', 'putting'],
};

/** Regular verbs: -s, -ed, -ing are derived (with the usual spelling rules). */
const REGULAR = [
  'add', 'reply', 'respond', 'answer', 'ask', 'explain', 'state', 'note', 'comment', 'tweet',
  'post', 'report', 'announce', 'declare', 'claim', 'insist', 'argue', 'warn', 'urge', 'promise',
  'describe', 'conclude', 'continue', 'recommend', 'reason', 'admit', 'acknowledge', 'suggest',
  'predict', 'confirm', 'deny', 'joke', 'quip', 'stress', 'emphasise', 'emphasize', 'maintain',
  'observe', 'remark', 'recall', 'testify', 'concede', 'vow', 'pledge', 'demand', 'complain',
  'exclaim', 'shout', 'whisper', 'mutter', 'assert', 'allege', 'caution', 'counter', 'retort',
  'plead', 'query', 'wonder', 'muse', 'tout', 'hail', 'boast', 'lament', 'concur', 'contend',
  'mention', 'indicate', 'inform', 'advise', 'affirm', 'proclaim', 'reiterate', 'repeat', 'quote',
  'cite', 'brief',
];

/** Verbs that take the speaker's words as an object complement: 'called the ruling "dangerous"'. */
export const NAMING_VERBS = ['call', 'calls', 'called', 'calling', 'label', 'labels', 'labelled', 'labeled', 'dub', 'dubbed', 'term', 'termed'];

/** Verbs whose object is the addressee: "told Putin", "informed the court". */
export const ADDRESSEE_VERBS = ['tell', 'tells', 'told', 'telling', 'inform', 'informs', 'informed', 'assure', 'assured', 'warned', 'warn', 'warns', 'urged', 'asked', 'ask', 'asks'];

/** Verbs of answering: a "you" in the quote is addressed to the previous speaker. */
export const REPLY_VERBS = ['reply', 'replies', 'replied', 'replying', 'respond', 'responds', 'responded', 'responding', 'answer', 'answers', 'answered', 'answering', 'retort', 'retorted', 'countered'];

function inflect(base: string): string[] {
  const forms = [base];
  if (base.endsWith('y') && !/[aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    forms.push(`${stem}ies`, `${stem}ied`, `${base}ing`);
  } else if (base.endsWith('e')) {
    forms.push(`${base}s`, `${base}d`, `${base.slice(0, -1)}ing`);
  } else if (/(s|sh|ch|x|z)$/.test(base)) {
    forms.push(`${base}es`, `${base}ed`, `${base}ing`);
  } else if (/^(quip|plead)$/.test(base)) {
    forms.push(`${base}s`, base === 'quip' ? 'quipped' : 'pleaded', base === 'quip' ? 'quipping' : 'pleading');
  } else {
    forms.push(`${base}s`, `${base}ed`, `${base}ing`);
  }
  return forms;
}

/** Every inflected speech-verb form, lower case. */
export const SPEECH_VERB_FORMS: readonly string[] = [
  ...Object.entries(IRREGULAR).flatMap(([base, forms]) => [base, ...forms]),
  ...REGULAR.flatMap(inflect),
  ...NAMING_VERBS,
];

/** Phrases that name the source after them: "according to X", "in the words of X". */
export const SOURCE_PHRASES = ['according to', 'in the words of', 'quoted by', 'as quoted by', 'as told to'];

/** Adverbs that may stand between a speaker and the verb: "Kerry later told". */
export const SPEECH_ADVERBS = [
  'also', 'later', 'then', 'again', 'further', 'earlier', 'once', 'previously', 'recently', 'simply',
  'quickly', 'only', 'just', 'still', 'has', 'had', 'have', 'will', 'would', 'was', 'is', 'did', 'does',
  'reportedly', 'publicly', 'privately', 'repeatedly', 'firmly', 'bluntly', 'flatly', 'then',
];

/** Nouns that name an organisation in a reporting clause: "the group said". */
export const ORGANISATION_NOUNS = [
  'group', 'company', 'firm', 'organisation', 'organization', 'agency', 'ministry', 'department',
  'government', 'party', 'union', 'council', 'committee', 'court', 'board', 'bank', 'body', 'office',
  'network', 'newspaper', 'paper', 'broadcaster', 'station', 'channel', 'club', 'team', 'university',
  'school', 'institute', 'foundation', 'charity', 'association', 'federation', 'commission', 'authority',
  'police', 'army', 'military', 'militia', 'movement', 'coalition', 'alliance', 'administration',
  'campaign', 'league', 'corporation', 'website',
];

/** Nouns that name a place acting as a speaker: "the city reasoned". */
export const PLACE_NOUNS: Record<string, 'COUNTRY' | 'CITY' | 'REGION'> = {
  country: 'COUNTRY',
  nation: 'COUNTRY',
  kingdom: 'COUNTRY',
  republic: 'COUNTRY',
  city: 'CITY',
  town: 'CITY',
  municipality: 'CITY',
  capital: 'CITY',
  state: 'REGION',
  province: 'REGION',
  region: 'REGION',
  county: 'REGION',
};
