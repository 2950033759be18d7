/**
 * Person titles. Formal titles are capitalised before a name ("Foreign
 * Minister Sergey Lavrov"); role nouns are lower case ("curator Ann Lee").
 * Either one before a capitalised name makes that name a Person. Data only.
 */

/** Multi-word titles first matters not: the matcher tries the longest. Lower-cased. */
export const FORMAL_TITLES: readonly string[] = [
  'president', 'vice president', 'vice-president', 'prime minister', 'deputy prime minister', 'minister',
  'foreign minister', 'defence minister', 'defense minister', 'interior minister', 'finance minister',
  'health minister', 'education minister', 'justice minister', 'culture minister', 'trade minister',
  'secretary of state', 'secretary', 'secretary-general', 'secretary general', 'under secretary', 'undersecretary',
  'home secretary', 'foreign secretary', 'defence secretary', 'defense secretary', 'press secretary',
  'treasury secretary', 'chancellor', 'chancellor of the exchequer', 'premier', 'governor', 'lieutenant governor',
  'mayor', 'deputy mayor', 'senator', 'sen', 'sen.', 'congressman', 'congresswoman', 'representative', 'rep', 'rep.',
  'ambassador', 'envoy', 'special envoy', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sheikh',
  'crown prince', 'pope', 'cardinal', 'archbishop', 'bishop', 'reverend', 'rev', 'rev.', 'father', 'sister', 'rabbi',
  'imam', 'ayatollah', 'grand ayatollah', 'patriarch', 'judge', 'justice', 'chief justice', 'attorney general',
  'general', 'gen', 'gen.', 'lieutenant general', 'major general', 'brigadier general', 'colonel', 'col', 'col.',
  'lieutenant', 'lt', 'lt.', 'major', 'maj', 'maj.', 'captain', 'capt', 'capt.', 'sergeant', 'sgt', 'sgt.',
  'admiral', 'adm', 'adm.', 'commander', 'marshal', 'field marshal', 'corporal', 'private', 'officer', 'detective',
  'inspector', 'chief inspector', 'superintendent', 'constable', 'sheriff', 'chief', 'police chief',
  'professor', 'prof', 'prof.', 'emeritus professor', 'associate professor', 'assistant professor', 'doctor', 'dr',
  'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'baron', 'baroness',
  'chairman', 'chairwoman', 'chair', 'ceo', 'chief executive', 'director', 'director-general', 'director general',
  'spokesman', 'spokeswoman', 'spokesperson', 'speaker', 'leader', 'opposition leader', 'party leader',
  'deputy', 'commissioner', 'high commissioner', 'coach', 'manager', 'dean', 'provost', 'principal', 'headmaster',
  'mp', 'mep', 'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'assemblyman', 'assemblywoman',
  'state secretary', 'first lady', 'foreign affairs minister', 'labor minister', 'labour minister',
  'shadow home secretary', 'shadow chancellor', 'shadow foreign secretary', 'supreme leader',
  // Portfolios: "Energy Minister", "Transport Secretary".
  'energy minister', 'economy minister', 'agriculture minister', 'environment minister', 'transport minister',
  'industry minister', 'tourism minister', 'oil minister', 'petroleum minister', 'mining minister',
  'information minister', 'communications minister', 'sports minister', 'youth minister', 'water minister',
  'housing minister', 'planning minister', 'fisheries minister', 'development minister', 'immigration minister',
  'economy secretary', 'energy secretary', 'transport secretary', 'environment secretary', 'health secretary',
  'education secretary', 'business secretary', 'work and pensions secretary',
];

/** Lower-case role nouns that introduce a person's name ("actor Ann Lee"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'actor', 'actress', 'singer', 'songwriter', 'singer-songwriter', 'musician', 'rapper', 'artist', 'painter',
  'photographer', 'photographers', 'author', 'writer', 'novelist', 'poet', 'journalist', 'reporter', 'editor',
  'columnist', 'correspondent', 'curator', 'designer', 'architect', 'director', 'producer', 'filmmaker',
  'illustrator', 'cartoonist', 'cosplayer', 'comedian', 'dancer', 'model', 'player', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'coach', 'manager', 'captain', 'champion', 'athlete', 'golfer', 'boxer', 'driver',
  'student', 'teacher', 'professor', 'lecturer', 'researcher', 'scientist', 'economist', 'historian', 'analyst',
  'lawyer', 'barrister', 'solicitor', 'attorney', 'prosecutor', 'judge', 'magistrate', 'doctor', 'physician',
  'surgeon', 'nurse', 'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'co-founder', 'creator', 'owner',
  'businessman', 'businesswoman', 'entrepreneur', 'investor', 'billionaire', 'executive', 'chairman', 'president',
  'mayor', 'governor', 'senator', 'minister', 'secretary', 'ambassador', 'envoy', 'diplomat', 'official',
  'activist', 'campaigner', 'blogger', 'presenter', 'host', 'anchor', 'broadcaster', 'commentator', 'pastor',
  'priest', 'bishop', 'imam', 'rabbi', 'monk', 'nun', 'soldier', 'officer', 'detective', 'inspector', 'sergeant',
  'colonel', 'general', 'pilot', 'astronaut', 'engineer', 'programmer', 'developer', 'chef', 'farmer', 'worker',
  'volunteer', 'resident', 'witness', 'victim', 'suspect', 'defendant', 'plaintiff', 'mother', 'father', 'son',
  'daughter', 'wife', 'husband', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'grandmother', 'grandfather',
  'friend', 'colleague', 'leader', 'chief', 'head', 'deputy', 'candidate', 'nominee', 'mp', 'lawmaker',
  'legislator', 'politician', 'councillor', 'academic', 'expert', 'critic', 'fan', 'boy', 'girl', 'man', 'woman',
]);

/** Honorifics that give the gender of the name after them. */
// A prototype-free object: looking up "constructor" or "toString" finds nothing.
export const GENDERED_TITLES: Readonly<Record<string, 'male' | 'female'>> = Object.assign(Object.create(null), {
  mr: 'male', 'mr.': 'male', sir: 'male', lord: 'male', king: 'male', prince: 'male', emperor: 'male', baron: 'male',
  father: 'male', brother: 'male', congressman: 'male', councilman: 'male', assemblyman: 'male', chairman: 'male',
  spokesman: 'male', businessman: 'male', actor: 'male', husband: 'male', son: 'male', uncle: 'male', boy: 'male',
  man: 'male', grandfather: 'male', monk: 'male',
  mrs: 'female', 'mrs.': 'female', ms: 'female', 'ms.': 'female', miss: 'female', dame: 'female', lady: 'female',
  queen: 'female', princess: 'female', empress: 'female', baroness: 'female', sister: 'female',
  congresswoman: 'female', councilwoman: 'female', assemblywoman: 'female', chairwoman: 'female',
  spokeswoman: 'female', businesswoman: 'female', actress: 'female', wife: 'female', daughter: 'female',
  mother: 'female', aunt: 'female', girl: 'female', woman: 'female', grandmother: 'female', nun: 'female',
  'first lady': 'female',
});
