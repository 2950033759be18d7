/**
 * People of the scale corpus: given names, invented family names and the
 * titles they hold. Written for the generator (data only); a person is a
 * given name + a family name drawn once per corpus, so the combinations are
 * invented even where a part is common.
 */

export const MALE_GIVEN_NAMES = [
  'Adrian', 'Anton', 'Bruno', 'Carlos', 'Daniel', 'Dmitri', 'Emil', 'Felix', 'Georg', 'Tariq',
  'Ivan', 'Jakob', 'Jonas', 'Karim', 'Leon', 'Lukas', 'Marek', 'Martin', 'Mateo', 'Nikolai',
  'Omar', 'Oskar', 'Pablo', 'Pavel', 'Rafael', 'Ruben', 'Samuel', 'Stefan', 'Tomas', 'Viktor',
  'Yusuf', 'Andres', 'Kenji', 'Arjun', 'Henrik', 'Marco', 'Julian', 'Branko', 'Florin', 'Teodor',
] as const;

export const FEMALE_GIVEN_NAMES = [
  'Adriana', 'Alina', 'Amira', 'Anna', 'Beatriz', 'Carla', 'Clara', 'Daria', 'Elena', 'Eva',
  'Fatima', 'Greta', 'Helena', 'Ines', 'Irina', 'Julia', 'Katarina', 'Laila', 'Lena', 'Lucia',
  'Maria', 'Marta', 'Mila', 'Nadia', 'Nora', 'Olga', 'Paula', 'Rosa', 'Sara', 'Sofia',
  'Tamara', 'Vera', 'Yasmin', 'Zofia', 'Priya', 'Keiko', 'Ingrid', 'Leila', 'Miriam', 'Renata',
] as const;

/** Invented family names: they sound like names from many places but name no one in particular. */
export const FAMILY_NAMES = [
  'Abrantes', 'Aldovan', 'Andrich', 'Arvelo', 'Balcescu', 'Barentsen', 'Belmonte', 'Berovic', 'Calderas', 'Castellane',
  'Cervenko', 'Dahlquist', 'Delacroix', 'Domenech', 'Drozdova', 'Eklund', 'Esterhuis', 'Falkenrath', 'Ferrandis', 'Galvano',
  'Gerasimchuk', 'Grunwald', 'Halvorsen', 'Harutyun', 'Ivashko', 'Jaramillo', 'Jovanoski', 'Kalnins', 'Karamanlis', 'Kestrel',
  'Kovalenko', 'Lachance', 'Lindqvist', 'Lozano', 'Makarenko', 'Marchetti', 'Mendivil', 'Moravec', 'Nakashima', 'Navarrete',
  'Nordahl', 'Obradovic', 'Okonkwo', 'Olabode', 'Ortolani', 'Petrakis', 'Pireaux', 'Quintanar', 'Radulescu', 'Rasmussen',
  'Revilla', 'Rosenthal', 'Sabatini', 'Salgueiro', 'Sandoval', 'Savchenko', 'Serrano', 'Sokolinski', 'Sundberg', 'Tamburini',
  'Tarasenko', 'Terzian', 'Thorvald', 'Toledano', 'Umarov', 'Valdivia', 'Vandermeer', 'Varga', 'Velasquez', 'Vilkas',
  'Voronin', 'Wojcicki', 'Yamazaki', 'Zabala', 'Zeleny', 'Zoric', 'Achterberg', 'Bakhtiari', 'Costanza', 'Dragomir',
  'Eriksdottir', 'Fontaine', 'Gallardo', 'Hendrikse', 'Iglesias', 'Jurkovic', 'Kamaraj', 'Lombardi', 'Mirzayev', 'Nieminen',
  'Ostrowski', 'Pellegrini', 'Quesada', 'Rautio', 'Salvesen', 'Takahara', 'Urquhart', 'Vasquez', 'Wennberg', 'Zhelev',
] as const;

/** Government offices: "<Demonym> <title> <Name>", e.g. "Freedonian Foreign Minister Ana Novak". */
export const GOVERNMENT_TITLES = [
  'President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Finance Minister',
  'Trade Minister', 'Interior Minister', 'Energy Minister', 'Health Minister', 'Deputy Foreign Minister',
] as const;

/** Offices in an organisation: "<ACRONYM> <title> <Name>" or "<Name>, <title> of the <Org>". */
export const ORGANISATION_TITLES = ['Director General', 'Secretary-General', 'chief economist', 'President', 'Chairman'] as const;

/** Spokespeople speak for a body; the title follows the gender of the person. */
export const SPOKESPERSON_TITLES = { male: 'spokesman', female: 'spokeswoman' } as const;

/** Words for people who are not named: they must never become gold entities. */
export const UNNAMED_SOURCES = [
  'a senior official', 'a diplomat familiar with the talks', 'officials', 'analysts', 'witnesses', 'aides',
] as const;
