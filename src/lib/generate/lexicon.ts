/** Small built-in word lists: entity classification, alias detection and fallback distractors. */

/** Counts written as words, by value: NUMBER_WORDS[9] is "nine". */
export const NUMBER_WORDS: readonly string[] = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** Countries; `the` marks names written with the definite article ("the United States"). */
export const COUNTRIES: readonly string[] = [
	'Afghanistan', 'Albania', 'Algeria', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan', 'Bangladesh',
	'Belarus', 'Belgium', 'Bolivia', 'Bosnia and Herzegovina', 'Brazil', 'Bulgaria', 'Cambodia', 'Cameroon', 'Canada',
	'Chile', 'China', 'Colombia', 'Croatia', 'Cuba', 'Cyprus', 'Denmark', 'Ecuador', 'Egypt', 'Estonia', 'Ethiopia',
	'Finland', 'France', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran',
	'Iraq', 'Ireland', 'Israel', 'Italy', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kuwait', 'Laos', 'Latvia',
	'Lebanon', 'Libya', 'Lithuania', 'Malaysia', 'Mexico', 'Moldova', 'Mongolia', 'Morocco', 'Myanmar', 'Nepal',
	'New Zealand', 'Nigeria', 'North Korea', 'Norway', 'Pakistan', 'Peru', 'Poland', 'Portugal', 'Qatar', 'Romania',
	'Russia', 'Saudi Arabia', 'Senegal', 'Serbia', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa',
	'South Korea', 'Spain', 'Sri Lanka', 'Sudan', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tanzania', 'Thailand',
	'Tunisia', 'Turkey', 'Uganda', 'Ukraine', 'Uruguay', 'Uzbekistan', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia',
	'Zimbabwe', 'United States', 'United Kingdom', 'Netherlands', 'Philippines', 'Czech Republic',
	'United Arab Emirates', 'Democratic Republic of the Congo', 'Ivory Coast', 'Britain', 'America', 'Korea', 'England',
	'Scotland', 'Wales', 'Congo'
];

export const COUNTRIES_WITH_THE = new Set([
	'United States', 'United Kingdom', 'Netherlands', 'Philippines', 'Czech Republic', 'United Arab Emirates',
	'Democratic Republic of the Congo'
]);

/** Names that stand for the same country; any two in a group are aliases of each other. */
export const PLACE_ALIASES: readonly (readonly string[])[] = [
	['United States', 'America', 'US', 'U.S.', 'USA', 'U.S.A.', 'Washington', 'United States of America'],
	['United Kingdom', 'Britain', 'Great Britain', 'UK', 'U.K.', 'London', 'England'],
	['North Korea', 'Pyongyang', 'DPRK', 'Korea'],
	['South Korea', 'Seoul', 'Republic of Korea', 'Korea'],
	['Russia', 'Moscow', 'Russian Federation', 'Kremlin'],
	['China', 'Beijing', "People's Republic of China", 'PRC'],
	['Japan', 'Tokyo'], ['Ukraine', 'Kyiv', 'Kiev'], ['France', 'Paris'], ['Germany', 'Berlin'], ['Italy', 'Rome'],
	['Spain', 'Madrid'], ['India', 'New Delhi', 'Delhi'], ['Iran', 'Tehran'], ['Israel', 'Jerusalem'],
	['Belarus', 'Minsk'], ['Taiwan', 'Taipei'], ['Turkey', 'Ankara'], ['Egypt', 'Cairo'], ['Canada', 'Ottawa'],
	['Australia', 'Canberra'], ['Brazil', 'Brasilia'], ['Mexico', 'Mexico City'], ['Sweden', 'Stockholm'],
	['Norway', 'Oslo'], ['Poland', 'Warsaw'], ['Netherlands', 'Amsterdam', 'The Hague', 'Holland'],
	['Belgium', 'Brussels'], ['Switzerland', 'Bern'], ['Kenya', 'Nairobi'], ['Nigeria', 'Abuja'],
	['Saudi Arabia', 'Riyadh'], ['Vietnam', 'Hanoi'], ['Thailand', 'Bangkok'], ['Indonesia', 'Jakarta'],
	['Philippines', 'Manila'], ['Argentina', 'Buenos Aires'], ['Chile', 'Santiago'], ['Peru', 'Lima'],
	['Denmark', 'Copenhagen'], ['Finland', 'Helsinki'], ['Greece', 'Athens'], ['Portugal', 'Lisbon'],
	['Austria', 'Vienna'], ['Ireland', 'Dublin'], ['Hungary', 'Budapest'], ['Czech Republic', 'Prague', 'Czechia']
];

export const CITIES: readonly string[] = [
	'Pyongyang', 'Seoul', 'Tokyo', 'Beijing', 'Shanghai', 'Moscow', 'Kyiv', 'London', 'Paris', 'Berlin', 'Rome',
	'Madrid', 'Washington', 'New York', 'Los Angeles', 'Chicago', 'Houston', 'Boston', 'San Francisco', 'Seattle',
	'Miami', 'Toronto', 'Vancouver', 'Montreal', 'Sydney', 'Melbourne', 'Mumbai', 'New Delhi', 'Delhi', 'Bangalore',
	'Karachi', 'Tehran', 'Jerusalem', 'Tel Aviv', 'Cairo', 'Nairobi', 'Lagos', 'Johannesburg', 'Cape Town',
	'Istanbul', 'Ankara', 'Dubai', 'Riyadh', 'Doha', 'Singapore', 'Hong Kong', 'Taipei', 'Bangkok', 'Jakarta',
	'Manila', 'Hanoi', 'Osaka', 'Busan', 'Wuhan', 'Minsk', 'Warsaw', 'Vienna', 'Prague', 'Budapest', 'Stockholm',
	'Oslo', 'Copenhagen', 'Helsinki', 'Amsterdam', 'Brussels', 'Geneva', 'Zurich', 'Lisbon', 'Dublin', 'Athens',
	'Buenos Aires', 'Santiago', 'Lima', 'Bogota', 'Mexico City', 'Sao Paulo', 'Rio de Janeiro', 'Manchester',
	'Liverpool', 'Birmingham', 'Glasgow', 'Edinburgh', 'Munich', 'Hamburg', 'Frankfurt', 'Milan', 'Barcelona',
	'Lyon', 'Marseille', 'Rotterdam', 'Auckland', 'Canberra', 'Ottawa', 'Brasilia', 'Denver', 'Atlanta', 'Dallas',
	'Phoenix', 'Detroit', 'Philadelphia', 'Vladivostok', 'St. Petersburg', 'Kharkiv', 'Odesa', 'Lviv', 'Gaza'
];

/** Regions and other places that are neither countries nor cities. */
export const REGIONS: readonly string[] = [
	'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Middle East', 'Antarctica',
	'Arctic', 'Pacific', 'Atlantic', 'Indian Ocean', 'Siberia', 'Crimea', 'Donbas', 'California', 'Texas', 'Florida',
	'Alaska', 'Hawaii', 'Bavaria', 'Catalonia', 'Scandinavia', 'Balkans', 'Caribbean', 'Mediterranean',
	'Korean Peninsula', 'Silicon Valley', 'Sahara', 'Amazon', 'Alps', 'Himalayas', 'Greenland', 'Kashmir'
];

/** News outlets and agencies, with short forms that name the same outlet. */
export const NEWS_OUTLETS: readonly (readonly string[])[] = [
	['Associated Press', 'AP'], ['Reuters'], ['Agence France-Presse', 'AFP'], ['BBC', 'BBC News'], ['CNN'],
	['Al Jazeera'], ['Bloomberg', 'Bloomberg News'], ['Kyodo News', 'Kyodo'], ['Yonhap', 'Yonhap News Agency'],
	['Xinhua', 'Xinhua News Agency'], ['TASS'], ['RIA Novosti'], ['Korean Central News Agency', 'KCNA'],
	['Korea News Service'], ['Rodong Sinmun'], ['Voice of America', 'VOA'], ['Radio Free Asia', 'RFA'],
	['NHK'], ['The New York Times', 'New York Times'], ['The Washington Post', 'Washington Post'],
	['The Wall Street Journal', 'Wall Street Journal'], ['Financial Times'], ['The Guardian', 'Guardian'],
	['The Times'], ['Le Monde'], ['Der Spiegel'], ['Deutsche Welle', 'DW'], ['NPR'], ['Fox News'], ['NBC News'],
	['CBS News'], ['ABC News'], ['Sky News'], ['The Economist', 'Economist'], ['Politico'], ['Axios'],
	['South China Morning Post'], ['Nikkei', 'Nikkei Asia'], ['Breitbart News'], ['ESPN'], ['The Athletic'],
	['Nature'], ['Science'], ['The Lancet', 'Lancet']
];

/** Organisations other than news outlets, with short forms. */
export const ORGANIZATIONS: readonly (readonly string[])[] = [
	['United Nations', 'UN', 'U.N.'], ['United Nations Security Council', 'Security Council', 'UN Security Council'],
	['European Union', 'EU'], ['NATO', 'North Atlantic Treaty Organization'], ['World Health Organization', 'WHO'],
	['World Bank'], ['International Monetary Fund', 'IMF'], ['World Trade Organization', 'WTO'],
	['International Atomic Energy Agency', 'IAEA'], ['Red Cross', 'International Committee of the Red Cross', 'ICRC'],
	['NASA'], ['European Space Agency', 'ESA'], ['FIFA'], ['UEFA'], ['International Olympic Committee', 'IOC'],
	['Federal Reserve', 'Fed'], ['European Central Bank', 'ECB'], ['Bank of England'], ['Pentagon'],
	['Wagner Group', 'Wagner', 'Wagner Private Military Company'], ['Kremlin'], ['White House'], ['Congress'],
	['Senate'], ['Parliament'], ['OPEC'], ['G7'], ['G20'], ['Amnesty International'], ['Greenpeace'],
	['Apple'], ['Microsoft'], ['Google', 'Alphabet'], ['Amazon'], ['Meta', 'Facebook'], ['Tesla'], ['Samsung'],
	['Toyota'], ['Boeing'], ['Airbus'], ['Pfizer'], ['Moderna'], ['Nvidia'], ['Intel'], ['Sony'], ['Siemens'],
	['Volkswagen'], ['Shell'], ['BP'], ['Nestle'], ['Unilever']
];

/** Fallback organisations per kind when the article has too few of its own. */
export const FALLBACK_ORGANIZATIONS: Record<'news' | 'company' | 'organization' | 'university', readonly string[]> = {
	news: ['Reuters', 'Associated Press', 'Agence France-Presse', 'BBC', 'Al Jazeera', 'Bloomberg', 'Kyodo News', 'Yonhap', 'Xinhua'],
	company: ['Siemens', 'Samsung', 'Toyota', 'Unilever', 'Nestle', 'Boeing', 'Pfizer', 'Volkswagen'],
	organization: ['World Health Organization', 'World Bank', 'International Monetary Fund', 'European Union', 'Red Cross', 'United Nations'],
	university: ['University of Oxford', 'Harvard University', 'University of Tokyo', 'ETH Zurich', 'Stanford University', 'University of Cape Town']
};

/** Fallback person names for distractors: plain, varied, clearly not famous as a group. */
export const FALLBACK_PEOPLE: readonly string[] = [
	'Maria Gonzalez', 'David Chen', 'Anna Petrova', 'James Okoro', 'Laura Schmidt', 'Hiroshi Tanaka', 'Sofia Rossi',
	'Michael Brennan', 'Elena Ivanova', 'Daniel Mensah', 'Sarah Collins', 'Lee Min-jun'
];

/** Last word of an organisation's name that marks a span as an organisation, by kind. */
export const ORG_SUFFIX_KIND: Record<string, 'news' | 'company' | 'organization' | 'university'> = {
	News: 'news', Agency: 'organization', Times: 'news', Post: 'news', Journal: 'news', Herald: 'news', Tribune: 'news',
	Gazette: 'news', Press: 'news', Broadcasting: 'news', Sinmun: 'news', Daily: 'news', Radio: 'news', Television: 'news',
	Magazine: 'news', Corporation: 'company', Corp: 'company', 'Corp.': 'company', Inc: 'company', 'Inc.': 'company',
	Ltd: 'company', 'Ltd.': 'company', LLC: 'company', Group: 'company', Company: 'company', Holdings: 'company',
	Motors: 'company', Airlines: 'company', Airways: 'company', Technologies: 'company', Pharmaceuticals: 'company',
	Biotech: 'company', Therapeutics: 'company', Systems: 'company', Industries: 'company', Energy: 'company',
	Bank: 'organization', University: 'university', Institute: 'organization', Council: 'organization',
	Ministry: 'organization', Department: 'organization', Party: 'organization', Association: 'organization',
	Federation: 'organization', Committee: 'organization', Commission: 'organization', Organization: 'organization',
	Organisation: 'organization', Foundation: 'organization', Authority: 'organization', Administration: 'organization',
	Laboratory: 'organization', Laboratories: 'organization', Observatory: 'organization', Club: 'organization',
	FC: 'organization', Union: 'organization', League: 'organization', Fund: 'organization', Society: 'organization',
	Academy: 'organization', Court: 'organization', Parliament: 'organization', Assembly: 'organization',
	Army: 'organization', Navy: 'organization', Guard: 'organization', Corps: 'organization', Command: 'organization', Force: 'organization', Bureau: 'organization', Directorate: 'organization', Division: 'organization', Services: 'organization', Administration_: 'organization', Service: 'organization', Office: 'organization', Centre: 'organization',
	Center: 'organization', Confederation: 'organization', Inspectorate: 'organization', Alliance: 'organization',
	Exchange: 'organization', Unit: 'organization', Coalition: 'organization', Movement: 'organization', Front: 'organization',
	Hospital: 'organization', College: 'organization', Museum: 'organization', Board: 'organization'
};

/** Words that open or form a person's title; kept in the prompt, not part of the name. */
export const TITLE_WORDS = new Set([
	'President', 'Vice', 'Prime', 'Minister', 'Secretary', 'Chancellor', 'Senator', 'Sen.', 'Rep.', 'Representative',
	'Governor', 'Gov.', 'Mayor', 'Chief', 'Executive', 'CEO', 'Chairman', 'Chairwoman', 'Chair', 'Director', 'Judge',
	'Justice', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.',
	'Professor', 'Prof.', 'General', 'Gen.', 'Colonel', 'Col.', 'Lieutenant', 'Lt.', 'Major', 'Captain', 'Capt.',
	'Admiral', 'Marshal', 'Coach', 'Manager', 'Ambassador', 'Defense', 'Defence', 'Foreign', 'Finance', 'Interior',
	'Health', 'Education', 'Trade', 'Economy', 'Deputy', 'Commissioner', 'Spokesman', 'Spokeswoman', 'Spokesperson',
	'Premier', 'Speaker', 'Leader', 'Supreme', 'First', 'Lady', 'Sir', 'Dame', 'Lord', 'Baroness', 'Baron', 'Duke', 'Duchess', 'Earl', 'Countess', 'Viscount', 'Senior', 'Attorney', 'Officer',
	'Founder', 'Head', 'Striker', 'Midfielder', 'Goalkeeper', 'Defender', 'Forward', 'Captain', 'Skipper', 'Sheikh',
	'Emperor', 'Cardinal', 'Bishop', 'Rabbi', 'Imam', 'Former', 'Acting', 'Interim', 'Administrator', 'Assistant', 'Associate', 'Astronaut', 'Cosmonaut', 'Sergeant', 'Sgt.', 'Sgt', 'Staff', 'Corporal', 'Private', 'Specialist', 'Petty', 'Chief', 'Master', 'Airman', 'Seaman', 'Marine', 'Commander', 'Cmdr.', 'Lt', 'Maj.', 'Brig.', 'Principal', 'Investigator', 'Program', 'Project', 'Scientist', 'Engineer', 'Flight', 'Mission', 'Payload', 'Commissioner', 'Superintendent', 'Regional', 'Chairperson', 'Representative', 'Councilmember', 'Councilman', 'Councilwoman', 'Alderman', 'Sheriff', 'Detective', 'Officer', 'Inspector', 'Trooper', 'Nurse', 'Veteran', 'Coach', 'Head'
]);

/** Title words that only qualify a title ("Finance" in "Finance Minister"): not a title alone. */
export const TITLE_QUALIFIERS = new Set([
	'Vice', 'Prime', 'Chief', 'Executive', 'Defense', 'Defence', 'Foreign', 'Finance', 'Interior', 'Health', 'Education',
	'Trade', 'Economy', 'Deputy', 'Supreme', 'First', 'Senior', 'Former', 'Acting', 'Interim', 'Head', 'Lady', 'Leader', 'Assistant', 'Associate', 'Staff', 'Petty', 'Master', 'Principal', 'Program', 'Project', 'Flight', 'Mission', 'Payload', 'Regional'
]);

/** Demonyms and nationality words: a span made of these is an adjective, not an entity. */
export const DEMONYMS = new Set([
	'American', 'Russian', 'Chinese', 'Japanese', 'Korean', 'North', 'South', 'East', 'West', 'British', 'French',
	'German', 'Italian', 'Spanish', 'Ukrainian', 'Belarusian', 'Indian', 'Pakistani', 'Iranian', 'Israeli', 'Turkish',
	'European', 'African', 'Asian', 'Canadian', 'Mexican', 'Brazilian', 'Australian', 'Swedish', 'Norwegian', 'Danish',
	'Finnish', 'Dutch', 'Belgian', 'Swiss', 'Austrian', 'Polish', 'Greek', 'Portuguese', 'Irish', 'Scottish', 'Welsh',
	'English', 'Kenyan', 'Nigerian', 'Egyptian', 'Saudi', 'Syrian', 'Iraqi', 'Afghan', 'Taiwanese', 'Vietnamese',
	'Thai', 'Indonesian', 'Filipino', 'Argentine', 'Chilean', 'Peruvian', 'Colombian', 'Costa Rican', 'Puerto Rican', 'Sri Lankan', 'South African', 'New Zealander', 'Saudi Arabian', 'Western', 'Eastern',
	'Northern', 'Southern', 'Soviet', 'Arab', 'Latin', 'Nordic', 'Baltic', 'Pacific', 'Atlantic', 'Communist',
	'Democratic', 'Republican', 'Conservative', 'Labour', 'Liberal', 'Olympic', 'Catholic', 'Muslim', 'Christian',
	'Jewish', 'Buddhist', 'Hindu', 'Scandinavian', 'Balkan', 'Gulf', 'Central', 'Jovian', 'Martian', 'Lunar', 'Solar', 'Galilean', 'Venusian', 'Saturnian', 'Arctic', 'Antarctic', 'Federal', 'Mexican-American', 'Hispanic', 'Latino', 'Black', 'Native', 'Indigenous', 'Tribal',
	// Nationality nouns before a name: "Spaniard Rafael Nadal", "Swede Bjorn Borg".
	'Spaniard', 'Swede', 'Briton', 'Dane', 'Frenchman', 'Frenchwoman', 'Englishman', 'Englishwoman', 'Dutchman', 'Irishman',
	'Welshman', 'Scotsman', 'Argentinian', 'Serbian', 'Croatian', 'Romanian', 'Bulgarian', 'Hungarian', 'Czech', 'Cuban',
	'Venezuelan', 'Jamaican', 'Moroccan', 'Algerian', 'Tunisian', 'Libyan', 'Lebanese', 'Jordanian', 'Palestinian', 'Yemeni',
	'Qatari', 'Bangladeshi', 'Nepalese', 'Malaysian', 'Zimbabwean', 'Ugandan', 'Somali', 'Sudanese', 'Ethiopian', 'Ghanaian', 'Congolese'
]);

/** East Asian surnames that come first: "Kim" alone refers to "Kim Jong Un". */
export const FAMILY_NAME_FIRST = new Set([
	'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Moon', 'Han', 'Shin', 'Oh', 'Seo',
	'Kwon', 'Hwang', 'Ahn', 'Song', 'Ri', 'Pak', 'Xi', 'Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao',
	'Wu', 'Zhou', 'Hu', 'Deng', 'Mao', 'Wen'
]);

export const MONTHS = [
	'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'
] as const;

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Capitalised words that are never part of a name (sentence openers and the like). */
export const NON_NAME_CAPITALS = new Set([
	'The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'Of', 'With', 'Without', 'And', 'But', 'Or', 'Nor',
	'So', 'Yet', 'If', 'When', 'While', 'Since', 'After', 'Before', 'During', 'Despite', 'Although', 'Though', 'As',
	'Because', 'Until', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'His', 'Her',
	'Their', 'Our', 'My', 'Your', 'You', 'There', 'Here', 'Some', 'Many', 'Most', 'Several', 'Few', 'All', 'Both',
	'Each', 'Every', 'Other', 'Another', 'Such', 'No', 'Not', 'Only', 'Also', 'Still', 'However', 'Meanwhile',
	'Moreover', 'Furthermore', 'Instead', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'Last', 'Next', 'Earlier',
	'Later', 'According', 'Under', 'Over', 'About', 'Around', 'Among', 'Between', 'Against', 'Through', 'Into',
	'Named', 'Telling', 'Observers', 'Officials', 'Analysts', 'Experts', 'Researchers', 'Scientists', 'Critics',
	'Concertgoers', 'Fans', 'Shares', 'Investors', 'Residents', 'Police', 'Overall', 'Together', 'Once', 'Even',
	'Just', 'Like', 'Unlike', 'What', 'Who', 'Which', 'Where', 'Why', 'How', 'Do', 'Does', 'Did', 'Is', 'Are',
	'Was', 'Were', 'Has', 'Have', 'Had', 'Will', 'Would', 'Can', 'Could', 'Should', 'May', 'Might', 'Must', 'Except', 'Including', 'More', 'Less', 'Most', 'Fewer', 'Additionally', 'Currently', 'Recently', 'Previously', 'Ultimately', 'Finally', 'Initially'
]);

/** Lower-case joiners allowed inside a multi-word name ("Voice of America", "Bank of England"). */
export const NAME_JOINERS = new Set(['of', 'for', 'de', 'da', 'del', 'van', 'von', 'der', 'la', 'le', 'bin', 'al', 'the']);

/** Hyphenated words with digits that are not model names. */
export const NOT_MODELS = new Set(['COVID-19', 'Covid-19', 'SARS-CoV-2', 'G-7', 'G-20']);

/** The fifty states, the District and the territories: the places a US article names as "states". */
export const US_STATES: readonly string[] = [
	'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
	'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
	'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
	'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
	'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
	'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico', 'Guam', 'American Samoa'
];

/** Continent of each country in COUNTRIES: country distractors come from the answer's own part of the world. */
export const CONTINENT: Record<string, 'africa' | 'americas' | 'asia' | 'europe' | 'oceania' | 'middle-east'> = {
	Afghanistan: 'asia', Albania: 'europe', Algeria: 'africa', Argentina: 'americas', Armenia: 'europe', Australia: 'oceania',
	Austria: 'europe', Azerbaijan: 'asia', Bangladesh: 'asia', Belarus: 'europe', Belgium: 'europe', Bolivia: 'americas',
	'Bosnia and Herzegovina': 'europe', Brazil: 'americas', Bulgaria: 'europe', Cambodia: 'asia', Cameroon: 'africa',
	Canada: 'americas', Chile: 'americas', China: 'asia', Colombia: 'americas', Croatia: 'europe', Cuba: 'americas',
	Cyprus: 'europe', Denmark: 'europe', Ecuador: 'americas', Egypt: 'middle-east', Estonia: 'europe', Ethiopia: 'africa',
	Finland: 'europe', France: 'europe', Georgia: 'europe', Germany: 'europe', Ghana: 'africa', Greece: 'europe',
	Hungary: 'europe', Iceland: 'europe', India: 'asia', Indonesia: 'asia', Iran: 'middle-east', Iraq: 'middle-east',
	Ireland: 'europe', Israel: 'middle-east', Italy: 'europe', Japan: 'asia', Jordan: 'middle-east', Kazakhstan: 'asia',
	Kenya: 'africa', Kuwait: 'middle-east', Laos: 'asia', Latvia: 'europe', Lebanon: 'middle-east', Libya: 'africa',
	Lithuania: 'europe', Malaysia: 'asia', Mexico: 'americas', Moldova: 'europe', Mongolia: 'asia', Morocco: 'africa',
	Myanmar: 'asia', Nepal: 'asia', 'New Zealand': 'oceania', Nigeria: 'africa', 'North Korea': 'asia', Norway: 'europe',
	Pakistan: 'asia', Peru: 'americas', Poland: 'europe', Portugal: 'europe', Qatar: 'middle-east', Romania: 'europe',
	Russia: 'europe', 'Saudi Arabia': 'middle-east', Senegal: 'africa', Serbia: 'europe', Singapore: 'asia',
	Slovakia: 'europe', Slovenia: 'europe', Somalia: 'africa', 'South Africa': 'africa', 'South Korea': 'asia',
	Spain: 'europe', 'Sri Lanka': 'asia', Sudan: 'africa', Sweden: 'europe', Switzerland: 'europe', Syria: 'middle-east',
	Taiwan: 'asia', Tanzania: 'africa', Thailand: 'asia', Tunisia: 'africa', Turkey: 'middle-east', Uganda: 'africa',
	Ukraine: 'europe', Uruguay: 'americas', Uzbekistan: 'asia', Venezuela: 'americas', Vietnam: 'asia',
	Yemen: 'middle-east', Zambia: 'africa', Zimbabwe: 'africa', 'United States': 'americas', 'United Kingdom': 'europe',
	Netherlands: 'europe', Philippines: 'asia', 'Czech Republic': 'europe', 'United Arab Emirates': 'middle-east',
	'Democratic Republic of the Congo': 'africa', 'Ivory Coast': 'africa', Congo: 'africa'
};

/** Government and space agencies written as acronyms: "the agency" in their articles. */
export const AGENCIES = new Set([
	'NASA', 'ESA', 'JAXA', 'ISRO', 'CNSA', 'CSA', 'Roscosmos', 'FEMA', 'NOAA', 'EPA', 'FDA', 'CDC', 'NIH', 'USGS', 'VA',
	'FBI', 'CIA', 'NSA', 'DHS', 'DOD', 'DoD', 'DOE', 'USDA', 'IRS', 'SEC', 'FTC', 'FAA', 'FCC', 'NSF', 'NIST', 'OSHA',
	'VHA', 'Pentagon', 'UKSA', 'DLR', 'CNES', 'ASI'
]);

/** Countries most often in the news, most prominent first: distractors a student finds plausible. */
export const PROMINENT_COUNTRIES: readonly string[] = [
	'United States', 'China', 'Russia', 'United Kingdom', 'France', 'Germany', 'Japan', 'India', 'Canada', 'Italy', 'Brazil',
	'South Korea', 'Australia', 'Spain', 'Mexico', 'Turkey', 'Saudi Arabia', 'Iran', 'Israel', 'Ukraine', 'Poland', 'Egypt',
	'Nigeria', 'South Africa', 'Argentina', 'Indonesia', 'Pakistan', 'Netherlands', 'Sweden', 'Switzerland', 'North Korea',
	'Vietnam', 'Thailand', 'Kenya', 'Greece', 'Norway', 'Taiwan', 'Philippines', 'New Zealand', 'Ireland'
];

/** The Sun, the Moon and the planets: what kind of body each is, and never a mission or a spacecraft. */
export const CELESTIAL = new Map<string, string>([
	['Sun', 'star'], ['Moon', 'moon'], ['Earth', 'planet'], ['Mercury', 'planet'], ['Venus', 'planet'], ['Mars', 'planet'],
	['Jupiter', 'planet'], ['Saturn', 'planet'], ['Uranus', 'planet'], ['Neptune', 'planet'], ['Pluto', 'planet']
]);

/** Names too common in their articles to be worth a question on their own ("the Moon", "Earth"). */
export const TOO_COMMON = new Set(['Sun', 'Moon', 'Earth']);

/** Adjectives that give a name away: "Jovian" for Jupiter, "American" for the United States. */
export const ADJECTIVE_OF: Record<string, readonly string[]> = {
	Jupiter: ['Jovian'], Mars: ['Martian'], Moon: ['lunar'], Sun: ['solar'], Saturn: ['Saturnian'], Venus: ['Venusian'],
	'United States': ['American', 'U\\.S\\.', 'US'], America: ['American'], Russia: ['Russian'], China: ['Chinese'], Japan: ['Japanese'],
	'United Kingdom': ['British', 'UK', 'U\\.K\\.'], Britain: ['British'], France: ['French'], Germany: ['German'], Italy: ['Italian'],
	Spain: ['Spanish'], India: ['Indian'], Canada: ['Canadian'], Australia: ['Australian'], 'South Korea': ['South Korean'],
	'North Korea': ['North Korean'], Ukraine: ['Ukrainian'], Israel: ['Israeli'], Iran: ['Iranian'], Turkey: ['Turkish'],
	Mexico: ['Mexican'], Brazil: ['Brazilian'], Taiwan: ['Taiwanese'], Sweden: ['Swedish'], Belgium: ['Belgian'], England: ['English'],
	Ireland: ['Irish'], Poland: ['Polish'], Egypt: ['Egyptian'], Kenya: ['Kenyan'], Nigeria: ['Nigerian'], Pakistan: ['Pakistani'],
	Europe: ['European'], Africa: ['African'], Asia: ['Asian'], Kazakhstan: ['Kazakh'], Belarus: ['Belarusian'],
	Scotland: ['Scottish', 'Scots'], Wales: ['Welsh'], Greece: ['Greek'], Netherlands: ['Dutch'], Denmark: ['Danish'], Norway: ['Norwegian'],
	Finland: ['Finnish'], Portugal: ['Portuguese'], Switzerland: ['Swiss'], Austria: ['Austrian'], Afghanistan: ['Afghan'],
	Iraq: ['Iraqi'], Syria: ['Syrian'], 'Saudi Arabia': ['Saudi'], Indonesia: ['Indonesian'], Malaysia: ['Malaysian'],
	Thailand: ['Thai'], Vietnam: ['Vietnamese'], Philippines: ['Filipino', 'Philippine'], 'New Zealand': ['New Zealander'],
	Argentina: ['Argentine', 'Argentinian'], Chile: ['Chilean'], Colombia: ['Colombian'], Peru: ['Peruvian'], Cuba: ['Cuban'],
	'South Africa': ['South African'], Ethiopia: ['Ethiopian'], Ghana: ['Ghanaian'], Myanmar: ['Burmese'], Bangladesh: ['Bangladeshi'],
	'Sri Lanka': ['Sri Lankan'], Nepal: ['Nepalese', 'Nepali'], Hungary: ['Hungarian'], Romania: ['Romanian'], Czechia: ['Czech'],
	'Czech Republic': ['Czech'], Serbia: ['Serbian'], Croatia: ['Croatian'], Lebanon: ['Lebanese'], Jordan: ['Jordanian'], Qatar: ['Qatari'],
	Palestine: ['Palestinian'], Yemen: ['Yemeni'], Kuwait: ['Kuwaiti'], Tunisia: ['Tunisian'], Morocco: ['Moroccan'], Algeria: ['Algerian'], Libya: ['Libyan'], Sudan: ['Sudanese'], Somalia: ['Somali']
};
