"""The words a name is read by: capitalised runs, titles and ranks, and the word lists that make a run an
organisation, a place, a work, or no name at all (natopress.draft.names reads them)."""

from __future__ import annotations

import re

from natopress.draft.ranks import RANK_CODE_WORD
from natopress.draft.speech import (
    FRENCH_CLASS,
    HONORIFICS,
    POST_ACRONYMS,
    POST_TITLE_ALT,
    RANKS_WITHOUT_POINT,
    RETIRED,
)
from natopress.draft.things import SHIP_PREFIXES
from natopress.text.sentences import TITLE_STOP

UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
"""The upper-case letters of Latin scripts (Basic Latin to Latin Extended-B: `Đ`, `Ş`, `Ő` …), as a class body."""
_REGNAL = r"(?<=[a-zà-ÿ][ \t])[IVX](?=[ \t]+(?:of|de|du|d['’])[ \t]|[,;:)]|\.?[ \t]*(?:\n|\Z))"
"""A monarch's one-letter number after the name (`Harald V of Norway`, `le Roi Harald V.` closing its
paragraph); two letters or more (`Abdullah II`) are a word of their own."""
WORD = (
    rf"(?:[{UPPER}][a-zà-ÿ]+-[A-Z]\.(?=[ \t]+[{UPPER}])|(?![LD][’'][a-zà-ÿ])[{UPPER}][\w’'-]*[\w]|{_REGNAL}|(?!M\.[A-Z])[A-Z]\.[A-Z][a-zà-ÿ][\w’'-]*|[A-Z]\.(?:[A-Z]\.)*"
    rf"|(?<=[a-zà-ÿ][ \t])[A-Z](?:[ \t][A-Z])?(?=[ \t]+[{UPPER}][a-zà-ÿ]))"
)
"""A capitalised word, also a hyphenated given name cut to its initial before a surname (`Henning-A. X`); not
an elided article before a lower-case word (`L’ambassadeur`, `D’après`); a
monarch's one-letter number (`_REGNAL`); an initial with its full stop, also glued to the surname (`John
F.Kerry`; not the French honorific `M.` glued to a name, `M.Guido X`), or without it inside a name (`Martin B Nielsen`, `Kevin J Scheid`, `Admiral P M Bennett`: one or two, after a word in lower case,
before a capitalised one)."""
PARTICLE = r"(?:de|van|von|der|den|da|di|du|al|el|bin|ben|ibn|ul|ter|zu|oglu|oğlu|ogly|qizi|kyzy|del|della|do|dos|das|vel)"
_STRAY_POINT = (
    rf"(?!{TITLE_STOP})[{UPPER}][a-zà-ÿ]{{2,}}\."
    rf"(?=[ \t]+[A-LN-Z]\.[ \t]+[{UPPER}][a-zà-ÿ])"
)
"""A given name with a stray full stop before an initial and a surname (`General Tod. D. Wolters`); not a
title's abbreviation (`Royal Navy Capt. D. Smith`), nor a sentence's end before `M.` (`le président Alar
Karis. M. Stoltenberg a …`)."""
_LATER_WORD = rf"(?:D[’'][a-zà-ÿ][\w’'-]*[\w]|{_STRAY_POINT}|{WORD})"
"""A word after the first of a name: also a surname with an elided particle (`Georges D’hollander`), a given
name with a stray point (`_STRAY_POINT`)."""
NICKNAME = rf"(?:[\"“‘][{UPPER}][a-zà-ÿ]+[\"”’]|«[ \u00a0\u202f]?[{UPPER}][a-zà-ÿ]+[ \u00a0\u202f]?»)(?=[ \t]+[{UPPER}])"
"""A nickname in quotation marks between a given name and a surname (`Frederick "Ben" Hodges`, `John « Mick »
Nicholson`)."""
NAME_RE = re.compile(
    rf"{WORD}(?:[ \t]+(?:(?:(?:{PARTICLE}|(?<=de[ \t])l[ae]s?)[ \t]+){{0,2}}(?:(?:al|el|bin|ben|ibn)[-‑]|d[’'](?=[{UPPER}]))?{_LATER_WORD}"
    rf"|{NICKNAME}|{RETIRED}(?=[ \t]+[{UPPER}]))){{0,11}}"
)
"""A capitalised sequence of up to twelve words, with particles (`Ursula von der Leyen`, elided: `Valéry Giscard
d’Estaing`) and a nickname
(`NICKNAME`): a title and the name after it (`NATO Deputy Secretary General Firstname Lastname`) are cut
apart by `RuleFinder`."""
MAX_NAME_WORDS = 4
GENERATION_RE = re.compile(r",?\s+(?:II|III|IV|Jr\.?|Sr\.?),?\Z", re.IGNORECASE)
"""A generational suffix ending a name (`James G. Foggo III`, `William B. Caldwell, IV`, `Karl Weller Jr.`)."""
_POSSESSIVE_RE = re.compile(r"(?<=\w)[’']s\Z")
INNER_POSSESSIVE_RE = re.compile(r"(?<=\w)[’']s(?=[ \t])")
"""An English possessive inside a capitalised run (`David McLeod’s CF-188`)."""
"""An English possessive ending a capitalised run (`Admiral James Foggo’s meetings`)."""


def without_generation(name: str) -> str:
    """`name` less a generational suffix at its end (`GENERATION_RE`): `James G. Foggo`."""
    return GENERATION_RE.sub("", name)


def name_end(text: str, start: int, end: int) -> int:
    """The end (code points) of the name in the capitalised run `text[start:end]`: before an English
    possessive (`Foggo’s` → `Foggo`) or British post-nominal letters (`Gareth Powell QGM` → `Gareth
    Powell`), else `end`."""
    possessive = _POSSESSIVE_RE.search(text, start, end)
    if possessive is not None:
        return possessive.start()
    honours = _POST_NOMINALS_RE.search(text, start, end) or _HEADLINE_VERB_RE.search(text, start, end)
    return honours.start() if honours is not None and honours.start() > start else end


POST_NOMINALS = (
    r"(?:,?\s+(?:OBE|MBE|CBE|KBE|GBE|DSO|QGM|QCVS|QVRM|MC|DFC|AFC|KCB|GCB|CB|KCMG|CMG|ADC|PhD|Ph\.D\.?"
    r"|RAF|RN|RM|RAAF|RCAF|RNZAF|RCN|RAN|RNZN|RNLN|USAF|USN|USMC|USCG|ACOS|DCOS"
    r"|RGR|RLC|REME|RAMC|RE|RA|RAC|AGC|AAC|RMP|RRF|PARA|RIFLES|SCOTS|YORKS|LANCS|MERCIAN|R\s+SIGNALS"
    r"|Royal\s+(?:Navy|Air\s+Force|Marines))(?![\w’'-]))+"
)
"""British honours and degrees, an armed service's or a British Army corps' or regiment's letters (`RGR`, the
Royal Gurkha Rifles; `REME`) or name and a staff post's written after a name,
as a pattern to embed (`Peter Hudson CB CBE`, `Zoran Jolevski PhD`, `Wing Commander X RAF`, `X ACOS J4`,
`Captain X Royal Navy`)."""
_POST_NOMINALS_RE = re.compile(rf"{POST_NOMINALS}\Z")
"""Post-nominal letters after a name (`Lt Col Gareth Powell QGM`, `Tim Evans, CBE DSO`, `X RAF`): no part of
it."""
HEADLINE_VERBS = (
    "Chairs|Visits|Meets|Welcomes|Opens|Addresses|Hosts|Attends|Launches|Receives|Praises|Thanks"
    "|Calls|Says|Stresses|Urges|Highlights|Discusses|Signs|Takes|Hands|Assumes|Arrives|Speaks|Leads|Joins"
    "|Congratulates|Condemns|Underlines|Announces|Reaffirms|Affirms|Commends|Honours|Honors|Marks|Celebrates"
    "|Talks|Tours|Answers|Briefs|Presents|Outlines|Emphasises|Emphasizes|Delivers|Reviews|Inaugurates|Travels"
    "|Witnesses|Wins|Gets|Starts|Ends|Completes|Concludes|Begins"
)
"""Verbs of a headline's present tense, capitalised as a title-case headline writes them."""
_HEADLINE_VERB_RE = re.compile(rf"\s+(?:{HEADLINE_VERBS})(?![\w’'-])")
"""A verb capitalised in a title-case headline right after a name (`Madeleine Albright Chairs …`,
`Secretary General Visits …`, `General Lanata Visits Romania`): neither it nor what follows is part of
the name."""


STYLE = r"(?:(?:Right\s+)?Hono(?:u)?rable|Rt\.?\s+Hon\.?)"
"""A style before a name or peerage (a Privy Counsellor's `the Right Honourable Lord Robertson`, `the Rt Hon
X`; `the Honourable Rose X`): a form of address, no role (natopress.draft.roles.FORM_OF_ADDRESS_RE)."""
TITLES = (
    r"Chief Warrant Officer(?:\s+\d)?|Warrant Officer(?:\s+(?:Class\s+)?\d|\s+\(Class\s+(?:\d|One|Two)\)|\s+(?:1st|2nd|First|Second)\s+Class)?|Command Sergeant Major|Sergeant Major|"
    r"(?:Master |Staff |Chief Master |Senior Master |Technical )?Sergeant(?: First Class| 1st Class)?"
    r"|(?:Senior )?Airman(?: First Class| 1st Class| Basic)?|(?:Chief )?Petty Officer(?: First Class| 1st Class)?|Corporal|"
    r"(?:Command )?Sgt\.?\s+Maj(?:\.|or)?|(?:Staff |Master |1st )?Sgt\.?(?:\s+1st\s+Class)?|First Sergeant|Lance (?:Corporal|Cpl\.)|Cpl\.|Spc\.|Pfc\.|Pvt\.|"
    r"Deputy Secretary[ -]General|Assistant Secretary[ -]General|Secretary[ -]General|Secretary of State|(?:Parliamentary )?State Secretary|Secretary of Defen[cs]e|First Lady|"
    r"Supreme Allied Commander(?:\s+(?:Europe|Transformation|Atlantic))?|"
    "Vice President|President-elect|President|Prime Minister|(?-i:Premier(?= [A-Z][a-z])(?! Minist))|Foreign Minister|Defence Minister|Defense Minister|Ministers|Minister|"
    "Ambassadors|Ambassador|Archbishop|Bishop|Cardinal|Patriarch|Imam|Mufti|Rabbi|Reverend|(?-i:Father(?= [A-Z]))|"
    "Chancellor|Vice-Rector|Rector|Co-Chairman|Co-Chair|Chairman|Chair|Lord|Baroness|Commandant|Commander|Mayor|Spokesperson|Spokesman|Senator|Congressman|Congresswoman|Sheikh|Cheikh|Cheik|Councillor|Councilor|Counsellor|Counselor|King|Queen|Crown Prince|Princess|Prince|Grand Duke|Grand Duchess|"
    r"Secretary(?!\s+General)|"
    # German and Dutch ranks kept in English releases (`Oberstleutnant X`, `Kolonel X`)
    "General Counsel|Legal Counsel|Alderman|Rifleman|Guardsman|Trooper|Sapper|Fusilier|Lance Bombardier|Bombardier|Generalleutnant|Generalmajor|Brigadegeneral|Oberstleutnant|Oberst|Hauptmann|Fregattenkapitän|"
    "Korvettenkapitän|Kapitän zur See|Flottillenadmiral|Konteradmiral|Vizeadmiral|Luitenant[- ]kolonel|Kolonel|"
    "Kapitein|Luitenant[- ]generaal|Generaal[- ]majoor|Brigadegeneraal|Generaal|Vice[- ]admiraal|Admiraal|"
    "General Manager|Manager|Lieutenant[- ]Admiral|Lieutenant General|Major General|Brigadier General|General|Vice Admiral|Rear Admiral|Admiral|"
    r"Lieutenant-General|Major-General|Brigadier-General|Colonel-General|Brigadier|(?:(?:His|Her)\s+)?Royal\s+Highness|(?:His|Her)\s+Majesty|Commodores|Admirals|Generals|Colonels|Air Vice[ -]Marshall?|Air Marshall?|Air Chief Marshall?|Air Commodore|Group Captain|Wing Commander|Squadron Leader|Flight Lieutenant|Flying Officer|Pilot Officer|Commodore|Colonel|Lieutenant Colonel|Lieutenant Commander|Lieutenant|Captain|Major|Professor(?: Emerit(?:a|us))?|Prof\.?(?=\s)|Doctor(?=\s)|"
    "Mass Communication Specialist(?: (?:1st|2nd|3rd) Class| Seaman)?|Head of(?: the)?(?: [A-ZÀ-Ý][a-zà-ÿ’'-]+){0,2} delegation|Commanding Officer|(?:Senior )?Liaison Officer|Officer Commanding|High Representative|Special Representative|Representative|Special Envoy|Envoy|(?:Senior|Chief) Advis[eo]r|Advis[eo]r|Speaker(?: Emerit(?:a|us))?|Chief(?-i: [A-Z][a-z]+){1,2} Officer|Chief Executive|Chief Scientist|Chief|Director General|Director|Governor|Gov[.](?= )|"
    rf"(?-i:{POST_TITLE_ALT})(?=\s)|"  # `ASG Baiba X`, `SACEUR General X`
    rf"(?-i:{RANK_CODE_WORD}(?!\))|MC[1-3]|MCC|MCCS|ACM|CDRE|CPL|SGT|SSgt\.?|TSgt\.?|LCpl\.?|Spc\.?|Pfc\.?|SrA|SSG|SPC|PFC|LTG|LtG|LTC|COL|MAJ|CPT|CSM|SGM|SFC|SSGT|TSGT|MSGT|SMSGT|CMSGT|LCDR|LTCDR|CDR|CAPT|1LT|2LT|CMSgt|SMSgt|MSgt|CWO\d?|WO\d?|MGen|BGen|LGen|MajGen|BrigGen|RAdm|VAdm|BG|MG|GEN|MGEN|LGEN|BGEN|AMB|HE)|"
    rf"{STYLE}(?=\s)|Amb\.?(?=\s)|His Excellency|Her Excellency|His Excellence|Son Excellence|Sheikh|Cheikh|H\.\s?H\.|"
    r"Lt\.?[\s-]*Gen\.?|Maj\.?[\s-]*Gen\.?|Brig\.?[\s-]*Gen\.?|Lt\.?[\s-]*Col\.?|Gen\.|Adm\.|Col\.|Maj\.|Capt\.|Cdr\.|Cmdr\.?|R\.?ADM|V\.?ADM|RDML|H\.\s?E\.|H\.\s?R\.\s?H\.|(?-i:HRH)|S\.\s?E\.(?:\s?M\.)?|"
    rf"(?:{RANKS_WITHOUT_POINT}|(?-i:Sqn\s+Ldr|Wg\s+Cdr|Gp\s+Capt|Air\s+Cdre))(?=\s)|"
    "secrétaire générale? adjointe?(?: déléguée?)?|secrétaire générale? déléguée?|secrétaire générale?|vice-présidente?|présidente? déléguée?|présidente?|vice-premi(?:er|ère) ministre|premi(?:er|ère) ministre|"
    "vice-ministre|chef|recteur|rectrice|directeur général|directrice générale|directeur|directrice|"
    "archevêque|évêque|patriarche|imam|mufti|rabbin|représentante? spéciale?|ministres|ministre|ambassadeurs|ambassadeur|ambassadrice|commodore|chancelière|chancelier|commandante?|porte-parole|roi|reine|prince héritier|princesse|prince|grand-duc|grande-duchesse|"
    "médecin[ -](?:général|colonel|chef|commandant)|général de corps d['’]armée|général de corps aérien|général de (?:division|brigade)(?: aérienne)?|général d['’]armée(?: aérienne)?|général|"
    "lieutenant[-‑ ]général|major[-‑ ]général|vice-amiral|contre-amiral|amiral|lieutenant[-‑]colonel|colonel|capitaine de (?:frégate|vaisseau|corvette)|capitaine|"
    "sous[-‑]lieutenant|lieutenant de vaisseau|enseigne de vaisseau"
    + FRENCH_CLASS
    + "|chef de bataillon|chef d['’]escadrons?|"
    "(?:sergent|adjudant|caporal|brigadier)(?:[-‑]chef)?|aspirant|matelot"
    + FRENCH_CLASS
    + "|quartier[-‑]maître|(?:second|premier)[-‑ ]maître|maître principal|ma[iî]tre(?= [A-ZÀ-Ý])|"
    "professeur"
)
TITLE_RE = re.compile(
    rf"(?:(?<=\b[lLdD][’'])|(?<![\w’'-]))(?:(?:NATO|OTAN|Vice|Deputy|Assistant|[A-Z][a-z]+(?:ian|ish|ese|ch|an))(?:[^\S\n]+|(?<=Vice)-|(?<=Deputy)-)){{0,2}}(?i:{TITLES})(?![\w’'-])"
    r"(?:\s+(?:of|for|de|du|des|d['’]|aux|à\s+la|au)(?:\s+(?:the|la|le|les|l['’]))?\s*[\w’'-]+"
    r"(?:(?:\s+(?:and|et|la)\s+|\s+(?:of|de|des|du)\s+(?:(?:the|la|les)\s+|l['’])?|\s+d['’]|\s+)[A-ZÀ-Ý][\w’'-]*"
    r"(?:\s+(?-i:étrangères|européennes|armées|nationale|intérieures|extérieures))?)*)?"
)
"""A title or rank, with its complement (`Minister of Foreign Affairs of Ostravia`, `ministre des
Affaires étrangères de la République d’Ostravie`), optionally preceded by `NATO`, a nationality,
`Vice`/`Deputy` (`Ostravian Minister`, `Lithuanian Vice-Minister`), on the title's own line (a caption's
last word is no nationality of a post opening the next paragraph: `Photo by Piet Brouwman` ⏎ `SACEUR met`)."""
HONORIFIC_BEFORE_RE = re.compile(rf"(?<![\w’'-]){HONORIFICS}\s+")
"""An honorific before a name: `M. X`, `Mme X`, `Mr X`, `Ms X`, `Dr X`."""


def words_of(*lines: str) -> frozenset[str]:
    """The white-space separated words of `lines`."""
    return frozenset(" ".join(lines).split())


FRENCH_DEMONYMS = words_of(
    "britannique américain américaine français française allemand allemande italien italienne canadien",
    "canadienne espagnol espagnole néerlandais néerlandaise belge polonais polonaise roumain roumaine turc",
    "turque grec grecque danois danoise norvégien norvégienne estonien estonienne letton lettone lituanien",
    "lituanienne bulgare hongrois hongroise tchèque slovaque slovène croate albanais albanaise portugais",
    "portugaise islandais islandaise finlandais finlandaise suédois suédoise ukrainien ukrainienne géorgien",
    "géorgienne russe serbe monténégrin monténégrine macédonien macédonienne luxembourgeois luxembourgeoise",
    "irlandais irlandaise autrichien autrichienne suisse moldave afghan afghane irakien irakienne jordanien",
    "jordanienne libyen libyenne tunisien tunisienne marocain marocaine égyptien égyptienne mauritanien",
    "mauritanienne algérien algérienne israélien israélienne japonais japonaise coréen coréenne australien",
    "australienne chinois chinoise indien indienne pakistanais pakistanaise",
)
"""French nationality adjectives, written after the title they qualify (`la première ministre britannique,
X`, `le président américain, X`)."""
_NATIONALITY_AFTER_RE = re.compile(r"[^\S\n]+(?P<word>[a-zà-ÿ]+)")


def nationality_after(text: str, position: int, end: int) -> int:
    """The end of a French nationality (`FRENCH_DEMONYMS`) written right after a title or rank ending at
    `position` (`la première ministre britannique`, `le colonel américain`), before `end`; `position` when
    there is none."""
    word = _NATIONALITY_AFTER_RE.match(text, position, end)
    return word.end() if word is not None and word["word"] in FRENCH_DEMONYMS else position


DEMONYMS = words_of(
    "Latvian Italian Canadian Polish German Deutsche French British American Romanian Turkish Spanish Greek Dutch",
    "Danish Norwegian Estonian Lithuanian Bulgarian Hungarian Czech Slovak Slovenian Croatian Albanian",
    "Portuguese Belgian Icelandic Finnish Swedish Ukrainian Georgian Russian Serbian Bosnian Kosovar",
    "Macedonian Montenegrin Moldovan Moldavian Iraqi Jordanian Libyan Tunisian Moroccan Egyptian Mauritanian Algerian",
    "Israeli Qatari Kuwaiti Emirati Saudi Pakistani Indian Japanese Korean Australian Mongolian Kazakh Uzbek",
    "Chinese European Asian African Arab Allied Austrian Swiss Irish Armenian Azerbaijani Belarusian Maltese",
    "Cypriot Luxembourgish Serb Serbs Croat Croats Bosniak Bosniaks Albanians Zealander Zealanders Serbes",
    "Albanais Croates Bosniaques Luxembourgeois Kosovars Balkan Nordic Scandinavian Nazi",
    "Colombian Mexican Brazilian Argentinian Argentine Chilean Peruvian Venezuelan Cuban",
)
"""Nationality adjectives and nouns opening a run of capitalised words (`Latvian Ministries`, `Canadian
Embassy`, `Italian Space Surveillance`) or ending one without a role (`Kosovo Albanian`, `New Zealanders`):
no person's first or last name (`Afghan` is a first name: `Afghan Gul`, left out)."""
ORG_WORDS = words_of(
    "Airforce Brigada Croix-Rouge Conférence Conference Forum Assemblée Assembly Session Académie Academy Institut Institute "
    "League Ligue Coalition Watch Secretariat Secrétariat Association Congress Congrès Senate Sénat Cabinet "
    "Court Cour Tribunal Fund Fonds Foundation Fondation Service Services Directorate Division Brigade "
    "NATO OTAN Alliance Council Conseil Organisation Organization Organisation Command Commandement "
    "Force Forces Union Ministry Ministère Agency Agence Committee Comité Headquarters Nations "
    "Parliament Parlement Assembly Assemblée Mission Office Centre Center Group Groupe Team "
    "Équipe Bank Banque Government Gouvernement Staff État-major College Collège School University Universität Universiteit "
    "Université Partnership Partenariat Summit Sommet Commission Corps Navy Army Armée Marine "
    "Police Cell Cellule Unit Unité Accelerator Network Réseau Board Panel Facility Hub Fleet Flotte "
    "Battalion Batallion Bataillon Regiment Régiment Squadron Escadron Air Chiefs Directors Ambassadors "
    "Commanders Leaders Delegates Envoys Advisers Advisors Experts Heads Officials Organizations "
    "Organisations Organisations Presidency Présidence Chamber Chambre Workshop Company Compagnie "
    "Hospital Hôpital Clinic Clinique Orphanage Orphelinat Lab Laboratory Laboratoire Hotel Hôtel Mess Embassy Bde "
    "Society Club Consortium Delegation Symposium Platform Institutions Inc Ltd LLC Plc PLC GmbH Corporation Legion Headquarter Gemeente Veteranen Systems "
    "Library Kindergarten Internacional Internazionale Internationale Délégation Platoon Korps Merevägi Kaitsevägi "
    "Bundeswehr Luftwaffe Bibliothèque Choir Chorus Chœur Orchestra Orchestre Philharmonic Philharmonie Museum Musée Theatre Théâtre "
)
"""Words that make a capitalised sequence an organisation's name."""
ORG_HEADS = words_of("Bureau Sciences")
"""Words that name a body when they open a capitalised sequence (`Bureau du Haut Représentant`, `Bureau of
Intelligence`, `Sciences Po`) and are a surname when they end one (`Jean-François Bureau`)."""
LOC_WORDS = words_of(
    "Sea Seas Mer Mers Ocean Oceans Océan Rio Río Republic République Republika Republica Kingdom Royaume States Unis Balkans Islands Mountains "
    "Region Région Province Gulf Golfe Strait Détroit Peninsula Péninsule Nord Sud Est Ouest Atlantique "
    "North South East West America Amérique Europe Africa Afrique Asia Asie Pacific Pacifique Arctic "
    "Arctique Middle Moyen-Orient Camp Base Airfield Airport Monastery Cathedral Barracks Garrison Harbour Harbor "
    "Valley River Entrance Pays Countries Cemetery Cimetière Square Place District Bazaar Island Île Mosque "
    "Mosquée Church Église Memorial Monument Tower Towers Park Parc Palace Palais Palazzo Piazza Channel Castle Château Bridge Pont Market "
    "Street Avenue Boulevard Capo Monte San Town Village City Ville D.C. Capitol Blvd Viale Piazza Sao São Qala Lake Lac Rue Via Estrada Municipality Municipalité "
    "Federation Fédération Emirates Pocket Khel Lago Grad Gornji Gornja Gornje Donji Donja Donje Bosanski "
    "Bosanska Bosansko Sanski Banja Opstina Opština Općina Opcina Velika Veliki Veliko Stari Stara Staro Slavonski Srpski Novi Novo Selo Polje Brdo Creek Embankment Route Road Provinces "
    "Station Empire Polygon Auditorium Gallery Galerie Range Fortress Forteresse Citadel Citadelle "
    "Sud-Est Nord-Est Sud-Ouest Nord-Ouest Bay Baie Fjord "
)
PLACE_PREFIXES = words_of("Capo Monte San Rue")
"""Words of `LOC_WORDS` that open a place's name (`San Marino`, `Monte Grappa`, `Rue de la Loi`): last in a
run, a surname (`Burcu San`, `Ilse A. La Rue`)."""
WORK_WORDS = words_of(
    "Report Rapport Strategy Stratégie Concept Treaty Traité Declaration Déclaration Plan Initiative "
    "Agenda Programme Program Charter Charte Communiqué Statement Doctrine Allocution Discours Pacte Pact Day "
    "Exercise Exercice Operation Opération Award Prix War Guerre Policing Accord Accords Agreement "
    "Agreements Manual Medal Médaille Games Jeux Olympics Op Message Speech Remarks Address Prize Document System "
    "Project Projet Ship Expo Banquet Gala Ex Flag Dclaration Communiqu Lorem Ipsum "
)
"""Words that make a capitalised sequence the name of a document, plan or event (`Annual Report`), never
of a person; also as the older site stored them, their accents lost (`Dclaration du Secrtaire`), and a
template's filler text (`Lorem Ipsum`)."""
COMMON_WORDS = words_of(
    "Affairs Support Change Challenge Celebration Plans Strategy Strategies Frameworks Armament Tanker Demilitarization "
    "Demilitarisation Presence Dialogue Security Representatives Transformation Capability Capabilities Capacity "
    "Stability Policy Training Operations Ceremony Integrity Detachment Community Members Meeting Groups "
    "Department Challenges Authorities Analysis Warfare Transport Development Cooperation Partnership "
    "Readiness Defence Defense State Military Joint Political Strategic International National Maritime Civil "
    "Public Senior Forward Resolute Projecting Graduation Euro-Atlantic Your Dear Welcome Zealand "
    "Mediterranean Baltic Sécurité Politique Coopération Maison Remarks Opening Closing Keynote "
    "Lt Sgt Cpl Défense Seminar Study Guard Nation Component Teams Perspectives Shields Bond Laying "
    "Hand-Over Handover Typhoon Eurofighter Gripen Rafale Tornado World City Chancellery Building Branch Management Information "
    "Alleged Counter Content CinC Engineer Engineers Majesty Majesty’s Altesse Majesté Battlegroup Battlegroups Battalions Brigades Divisions Regiments Squadrons Multinational Striking House Violence Birthday Visit Activity Ordnance Historical Official Happy Rada "
    "Roads Planning Co-operation Christmas Catastrophe Theatre Naval Emissions Mapping Structure Provincial "
    "Patrols Flagship Resilience Guests Breakfast Newsmaker Paediatric Design Protocol Authority Boards Course "
    "Phase Phases Developments Concerning Remembers Throughout Now Elite Gap Straight Strait Airbase Stream Ministerial "
    "Review Partners Partner Status Cooperative Active Carrier Vehicle Facebook Twitter Flickr YouTube "
    "Youtube Instagram LinkedIn Sénateurs Partenaires Dîner Diplomacy Investment Intelligence "
    "Infrastructure Innovation Logistics Armaments Communications Partnerships View Family Takeaways "
    "Domain Technologies Order Transitional Airmen Soldiers Sailors Troops Personnel Veterans Global "
    "Women Peace Principles Guiding Conflict Grenades Selected Outside Serving Cyber Elements Managing Editor Lecturer Lecturers Responsible Tatars Minorities Minorités Southeastern Northeastern Southwestern Northwestern Aider Sector Setting Scale État Trafficking "
)
"""Capitalised common words of NATO's prose that are in no person's name (`Forward Presence`, `Resolute
Support`, `Political Affairs`, `Dear Donald`): a sequence holding one is no person. Taken from the
words most often capitalised in non-persons across the development readings; no surname among them."""
TITLE_NOUNS = (
    words_of(
        "Commander Commanding Commandant Officer Officers Minister Director Chairman Chair Co-Chair Co-chair "
        "Spokesperson Spokesman "
        "Secretary Ambassador Governor Mayor Manager Adviser Advisor Representative Deputy Head Leader "
        "CHOD CHODs COS DCOS DCOM Secrétaire Président Présidente Ministre Directeur Directrice Ambassadeur "
        "Ambassadrice Porte-parole Représentant Représentante Ambassadors Ambassadeurs Managers CEO Member Official"
    )
    | POST_ACRONYMS
)
"""The nouns of titles (`Corps Commander`, `Commanding Officer`) and posts' acronyms (`SACEUR`): a capitalised
run holding one, left after the title rules have cut a name from it, names a post, never a person."""
MONTH_WORDS = words_of(
    "January February March April May June July August September October November December Janvier "
    "Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre Feb Apr Aug Sep Sept Oct Nov Dec"
)
"""Months' names and abbreviations (not `Jan`, `Mar`, `Jun`: given names too): no name begins with one,
but a surname may be one after a rank (`Lieutenant Colonel Willi May`)."""
STOP_WORDS = MONTH_WORDS | words_of(
    "Over Under Above Below Behind Beyond Between Among Through Across Against Within Without Despite Following Looking Citing "
    "Speaking Addressing Ahead Together Both All Each Every Many Several Some Other Such Then Thus "
    "Au Aux Face Parmi Par Pendant Vers Chez Sous Entre Contre Cette Tous Toutes Chaque Plusieurs "
    "The A An In On At For To By With From As This That These Those It Its He She They We Our His "
    "Her Their But And Or If When While After Before During Since Today Yesterday Also However Background Mr Sir Dame Dr "
    "Ms Mrs Le La Les L Un Une Des Du De Dans Sur Pour Par Avec Ce Cette Ces Il Elle Ils Elles Nous "
    "Son Sa Ses Leur Leurs Mes Nos Vos Notre Votre Cet Mais Et Ou Si Lors Après Avant Depuis Aujourd Hier M Mme Selon According En Comme "
    "Ainsi Quand Lorsque Alors Malgré Outre Currently Recently Meanwhile Finally Furthermore Moreover "
    "Additionally Bullet What Which Who Whom Whose Where Why How Whether Pourquoi Comment Quel Quelle Quels Quelles "
    "I'd I'm I've I'll I’d I’m I’ve I’ll "
    "Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche "
    "Allies Alliés Allied Ally Allié Alliée Secretary General Deputy Minister President Prime Foreign Defence "
    "Defense Aucun Aucune Nul Nulle Tout Toute Certains Certaines Quelques No Any None Nobody Personne "
    "Ambassador Commander Chair Chairman Spokesperson Press Release News Photo Video Manager "
    "Honorable Honourable Miss Monsieur Madame Mesdames Messieurs Mesdemoiselles Ladies Gentlemen Excellences Excellencies Excellency Excellence Mister Class Majors Sergeants Officers Generals Colonels Admirals Officiers Généraux "
    "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Hundreds Once "
    "Thousands Dozens Deux Trois Quatre Cinq Sept Huit Neuf Dix Douze Vingt Trente Quarante Cinquante "
)
"""Capitalised words that begin no name: function words, interrogatives (`What Ostravia does`), months, days,
title words and numbers (`Four Danish jets`)."""
NO_NAME_WORDS = (STOP_WORDS, ORG_WORDS, LOC_WORDS, COMMON_WORDS, TITLE_NOUNS)
"""Word lists none of whose words is part of a person's name."""


BODY_OF_RE = re.compile(
    rf"(?<![\w’'-])(?:{'|'.join(sorted(w for w in ORG_WORDS if w.isalpha()))})[^\S\n]+(?:for|of)[^\S\n]+(?:the[^\S\n]+)?\Z"
)
"""A body's word and `for`/`of` before a capitalised run (`Agency for International Development`): the
rest of the body's name, no person."""
PEERAGE = r"(?:Lord|Lady|Baroness|Baron)"
"""A peer's title before the name (`Lord Robertson`): a form of address, no role."""
PEERAGE_RE = re.compile(rf"(?<![\w’'-]){PEERAGE}\s+[A-Z][\w’'-]+\s+of\s+\Z")
"""A peer's name and `of` before a capitalised run (`Lord Robertson of ` Port Ellen): the peerage's place."""
PORTFOLIO_RE = re.compile(r"[A-Z][\w’'-]*[^\S\n]+for[^\S\n]+\Z")
"""A capitalised word (a title's last) and `for` before capitalised words: when a comma closes them, they
name the title's portfolio (`Assistant Secretary General for Public Diplomacy, `), no person."""
ARTICLE_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:[Tt]he|an?|le|la|les)\s+\Z")
"""An English or French article (lower case, or English `The` opening a sentence) right before a run with no
title: a thing's or an assembly's name (`the Hilton Norfolk`, `par la Loya Jirga`, `The Robotic
Experimentation Prototyping … exercise`), never a person's."""
ADDRESSEE_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:spoke|speaking|talked|talking|wrote|writing|handed(?:\s+over)?|presented|awarded|gave"
    r"|introduced|thanks|tribute|farewell|condolences|congratulations"
    r"|(?:prizes?|awards?|medals?|mentions?|honou?rs?|trophy|trophies|certificates?)\s+(?:also\s+)?went)\s+to\s+$"
)
"""`to` after a verb or noun of speaking or giving (`spoke to Andrea Mitchell from NBC`, `presented to`): the
run after it is an addressee, not a place; so after a prize that went to someone (`Honorable mentions went to
William X, Diana Y and Krisztian Z`)."""
_NUMBER = (
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen"
    r"|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred)"
)
EXERCISE_WORDS = frozenset({"Exercise", "Exercises", "Exercice", "Exercices"})
"""Words that end an exercise's name, never a person's (`Ostravian and Velgravian Mine Countermeasures Exercises`)."""
THING_HEAD_RE = re.compile(
    r"Hurricane|Typhoon|Cyclone|Storm|Mount|Fort|Chapter|Chapitre|Article|Annex|Annexe|Haut|Haute|Trident|Merchant"
    r"|Palacio|Palazzo|Palais|Palace|Castello|Castillo|Château|Schloss"
    rf"|{'|'.join(sorted(EXERCISE_WORDS))}|(?:Baptis|Nomm|Dénomm|Intitul|Surnomm)ée?s?|Named|Dubbed|Codenamed"
    rf"|{SHIP_PREFIXES}|{_NUMBER}(?:-[a-z]+)?"
)
"""A word opening a run of capitalised words that names a storm, a mountain, a fort, a palace or castle
(`Palacio de Viana`, `Palazzo Chigi`, `Château de Versailles`), a part of a text, a
French adjective (`Haut Commissariat`), an exercise series (`Trident Jupiter`) or an exercise, a participle
of naming (`Baptisé Trident Juncture 18, cet exercice`), a ship's prefix (`HNoMS Otra`,
`HS Navarinon`, `Merchant Vessel X`) or a number (`Forty-one Moldovan officers`): no person's first name."""
DIRECTION_RE = re.compile(
    r"Northern|Southern|Eastern|Western|Central|Upper|Lower|(?:North|South)-?(?:[Ee]ast|[Ww]est)|North|South|East|West"
)
"""A direction opening a run of capitalised words (`Northern Helmand`, `Central Asian`, `Western Balkan`):
a region, an adjective or a bearing (`5 km Northeast Landovica`), never a person's first name (nor is a
nationality, `namewords.DEMONYMS`, in a run of up to three words: `European Integration Andrei Popov` ends a
title's complement with a name)."""

HEAD_PARTICLES = {"De", "Du", "Des", "La", "Le", "Lo", "Della", "Dalla", "Degli"}
"""Capitalised particles, stop words elsewhere, that open a surname after a title (`Sgt La Torre`, `Colonel
De Luca`, `le ministre Le Drian`)."""
SURNAME_PLACE_HEADS = frozenset({"Park"})
"""Place words (`Gorky Park`) that are a Korean surname in a two-word name after a title, first or last
(`Foreign Minister Park Jin`, `Lieutenant General Wong Park`)."""
COMPASS_SURNAMES = frozenset({"North", "South", "East", "West"})
"""Compass points that are also surnames (`Ian West`): a person's after a title or a cue of speech, a
place's elsewhere (`Camp West`)."""


MINOR_WORDS = words_of(
    "a an the of for and or nor but in on at to by with from as into via vs de du des la le les et en à pour sur"
)
"""Words that English title case (and French after it) leaves in lower case (Chicago Manual of Style 8.159)."""


def title_cased(words: str) -> bool:
    """True when `words` are a title in English title case, as a work's, panel's or event's name is written:
    at least four words, one a colon or a slash may end, every word but `MINOR_WORDS` capitalised or a
    number (`Riga Dialogue 2016: Building Bridges for Euro-Atlantic Security`, `Required and Desired
    Characteristics of Officers Who Participate …`); never a sentence (`We Are Ready.`: a final point)."""
    tokens = re.findall(r"[^\W_][\w’'-]*", words)
    major = [t for t in tokens if t.lower() not in MINOR_WORDS]
    return (
        len(tokens) >= 4
        and len(major) >= 3
        and not words.rstrip().endswith((".", "!", ","))
        and (":" in words or not words.rstrip().endswith("?"))  # `China’s Strategy: Opening Up or …?`
        and all(t[0].isupper() or t[0].isdigit() for t in major)
    )
