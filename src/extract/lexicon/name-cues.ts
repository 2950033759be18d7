/**
 * Cue words the entity pass reads around and inside capitalised runs: which
 * lower-case words may join a name, which nouns before or after a name give
 * its type, which capitalised words are not names. Data only; the rules that
 * use them are in passes/04-entities.ts.
 */

/** Lower-case words allowed inside a name between capitalised words. */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'on', 'at', 'de', 'di', 'da', 'do', 'ten', 'ter', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'y', 'bin', 'ibn', 'dos', 'das', 'le', '&', '-']);

/** Connectors that join two names rather than build one ("Putin and Kerry"). */
export const JOINERS: ReadonlySet<string> = new Set(['and', '&', '-', 'at', 'on', 'y']);

/** Connectors that only organisation and place names keep ("Bank of Spain"). */
export const OF_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'the']);

/** Words before a name that make it a place ("in Irving", "visited Oslo"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'outside', 'inside', 'throughout', 'across', 'visited', 'downtown']);

/** Verbs of travel: "to" after one introduces a destination ("is due to travel to X"). */
export const TRAVEL_VERBS: ReadonlySet<string> = new Set([
  'travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling', 'fly', 'flies', 'flew', 'flown', 'flying',
  'return', 'returns', 'returned', 'returning', 'go', 'goes', 'went', 'gone', 'going', 'head', 'heads', 'headed',
  'heading', 'move', 'moved', 'sail', 'sailed', 'drive', 'drove', 'driven', 'fled', 'flee', 'deported', 'evacuated',
  'relocated', 'trip', 'visit', 'journey', 'flight', 'voyage',
]);

/** Words that open geographic names with "of" ("Gulf of Aden", "Republic of Korea"). */
export const GEO_OPENERS: ReadonlySet<string> = new Set(['Republic', 'Kingdom', 'Gulf', 'Bay', 'Isle', 'Sea', 'Lake', 'Mount', 'Strait', 'Straits', 'Cape', 'Port', 'City', 'State', 'Province', 'Commonwealth', 'Federation', 'Emirate', 'Principality', 'Duchy', 'Sultanate']);

/** Newspapers known by their head word alone ("the Guardian"). */
export const MEDIA_HEADS: ReadonlySet<string> = new Set(['Guardian', 'Times', 'Telegraph', 'Independent', 'Observer', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Post', 'Mail', 'Express', 'Sun', 'Mirror', 'Globe', 'Economist', 'Spectator', 'Register', 'Inquirer', 'Examiner']);

/** Legislatures known by their bare name ("told Parliament"). */
export const LEGISLATURES: ReadonlySet<string> = new Set(['Parliament', 'Congress', 'Senate', 'Knesset', 'Duma', 'Bundestag', 'Bundesrat', 'Storting', 'Riksdag', 'Folketing', 'Oireachtas', 'Dail', 'Seanad', 'Sejm', 'Cortes', 'Majlis', 'Legislature', 'Assembly']);

/** Labels of picture and media credits ("Image: Jane Roe."). */
export const CAPTION_LABELS: ReadonlySet<string> = new Set(['Image', 'Images', 'Photo', 'Photos', 'Photograph', 'Picture', 'Video', 'Audio', 'Credit', 'Credits', 'Illustration', 'Graphic']);

/** Lower-case nouns after a name that make it a natural feature or area. */
export const GEO_TRAILING_NOUNS: ReadonlySet<string> = new Set(['mountains', 'mountain', 'river', 'valley', 'desert', 'island', 'islands', 'peninsula', 'lake', 'sea', 'bay', 'gulf', 'coast', 'basin', 'delta', 'region', 'province', 'prefecture', 'county', 'rainforest', 'highlands', 'plateau', 'strait', 'archipelago', 'glacier', 'volcano']);

/** Common irregular past tenses that follow a subject's name. */
export const PAST_VERBS: ReadonlySet<string> = new Set(['heard', 'met', 'went', 'came', 'wrote', 'spoke', 'told', 'said', 'saw', 'took', 'gave', 'made', 'left', 'felt', 'thought', 'knew', 'began', 'won', 'lost', 'led', 'sent', 'found', 'held', 'brought', 'built', 'bought', 'got', 'ran', 'became']);

/** Nouns that take a place with "of": "residents of X", "the mayor of X". */
export const OF_PLACE_NOUNS: ReadonlySet<string> = new Set(['resident', 'residents', 'mayor', 'people', 'citizens', 'outskirts', 'centre', 'center', 'heart', 'north', 'south', 'east', 'west', 'streets', 'governor', 'province', 'suburbs', 'population', 'inhabitants', 'native', 'natives']);

/** Nouns that introduce a place's name: "the nation's capital, Wellington", "the town of X". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(['capital', 'city', 'town', 'village', 'province', 'state', 'region', 'county', 'district', 'island', 'suburb', 'port', 'resort', 'hometown', 'neighbourhood', 'neighborhood']);

/** Nouns for organisations that introduce their name ("security firm X"). */
export const ORG_LEADING_NOUNS: ReadonlySet<string> = new Set(['team', 'journal', 'schools', 'firms', 'companies', 'newspapers', 'charities', 'groups', 'banks', 'clubs', 'firm', 'company', 'agency', 'newspaper', 'broadcaster', 'website', 'magazine', 'charity', 'group', 'organisation', 'organization', 'network', 'channel', 'publication', 'tabloid', 'daily', 'startup', 'start-up', 'retailer', 'carrier', 'airline', 'bank', 'insurer', 'manufacturer', 'maker', 'developer', 'publisher', 'studio', 'band', 'club', 'party', 'union', 'ngo']);

/** Religions and other adjectives of belonging: like demonyms, not entities on their own. */
export const GROUP_ADJECTIVES: ReadonlySet<string> = new Set(['Christian', 'Christians', 'Muslim', 'Muslims', 'Jewish', 'Jew', 'Jews', 'Catholic', 'Catholics', 'Protestant', 'Protestants', 'Orthodox', 'Buddhist', 'Buddhists', 'Hindu', 'Hindus', 'Sikh', 'Sikhs', 'Islamic', 'Islamist', 'Islamists', 'Evangelical', 'Evangelicals', 'Arab', 'Arabs', 'Latino', 'Latinos', 'Hispanic', 'Western', 'Eastern', 'Northern', 'Southern', 'European', 'Europeans', 'African', 'Africans', 'Asian', 'Asians', 'Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic', 'Conservative', 'Conservatives', 'Liberal', 'Liberals', 'Communist', 'Communists', 'Socialist', 'Socialists', 'Sunni', 'Shia', 'Shiite', 'Kurdish', 'Kurds', 'Pagan', 'Pagans', 'Atheist', 'Atheists']);

/** Head words of events, works and products: a name with one is no person ("Lantern Festival"). */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set(['Festival', 'Day', 'Year', 'Series', 'Prize', 'Award', 'Awards', 'Games', 'Cup', 'Championship', 'Championships', 'Olympics', 'War', 'Wars', 'Expo', 'Fair', 'Show', 'Summit', 'Week', 'Season', 'Tour', 'Act', 'Bill', 'Treaty', 'Agreement', 'Accord', 'Plan', 'Project', 'Program', 'Programme', 'Initiative', 'Study', 'Survey', 'Report', 'Index', 'Edition', 'Version', 'Album', 'Film', 'Movie', 'Book', 'Novel', 'Soup', 'System', 'Windows', 'Phone', 'Edge', 'Explorer', 'Collection', 'Collections', 'Gallery', 'Galleries', 'Legacy', 'Eve', 'Christmas', 'Easter', 'New', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Great', 'Grand', 'Royal', 'National', 'International', 'Global', 'World', 'Federal', 'State', 'Online', 'Digital', 'Social', 'Science', 'Sciences']);

/** Words that make a place name into a team or body ("Manchester United", "Ontario Royal"). */
export const NAME_FORMING_WORDS: ReadonlySet<string> = new Set(['United', 'City', 'Royal', 'National', 'International', 'General', 'Central', 'Federal', 'Athletic', 'Rovers', 'Wanderers', 'Town', 'County', 'Union', 'Metropolitan', 'Capital', 'Global', 'Star', 'Express', 'Post', 'Times', 'Sun']);

export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'di', 'da', 'do', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'ten', 'ter', 'bin', 'ibn', 'dos', 'das', 'le', 'la', 'y']);
