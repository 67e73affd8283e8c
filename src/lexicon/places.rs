//! Places: countries (with their other names and their French, German and Spanish
//! names), capitals and large cities, US states, regions; and the demonyms that name a
//! country's people or government ("Russian", "North Korean").
//!
//! Sources: the UN member states and observers with their short names, the ISO 3166
//! country names in English, French, German and Spanish for the largest countries,
//! every national capital, the world's largest cities and the cities in the news, the
//! 50 US states (with the abbreviations news style gives them after a town: `Md.`), and
//! the regions wire copy names; written out by hand. One place per
//! line, canonical name first, alternatives after `|`.

use crate::hash::{HashMap, HashMapExt};
use std::sync::OnceLock;

/// Countries and their other names.
pub const COUNTRIES: &str = "
United States|US|U.S.|USA|U.S.A.|America|United States of America|États-Unis|Etats-Unis|Vereinigte Staaten|USA|Estados Unidos|EE.UU.|EEUU
United Kingdom|UK|U.K.|Britain|Great Britain|Royaume-Uni|Großbritannien|Vereinigtes Königreich|Reino Unido|Gran Bretaña
Russia|Russian Federation|Russie|Russland|Rusia
Ukraine|Ucrania
North Korea|DPRK|Corée du Nord|Nordkorea|Corea del Norte
South Korea|Republic of Korea|Corée du Sud|Südkorea|Corea del Sur
Korea|Corée|Corea
China|People's Republic of China|PRC|Chine|Volksrepublik China
Taiwan|Taïwan
Japan|Japon|Japón
India|Inde|Indien
Pakistan
Afghanistan
Iran|Islamic Republic of Iran
Iraq|Irak
Syria|Syrie|Syrien|Siria
Israel|Israël
Palestine|Palästina
Lebanon|Liban|Libanon|Líbano
Jordan|Jordanie|Jordanien|Jordania
Saudi Arabia|Arabie saoudite|Saudi-Arabien|Arabia Saudita|Arabia Saudí
Yemen|Jemen
Oman
United Arab Emirates|UAE|Émirats arabes unis|Emiratos Árabes Unidos
Qatar|Katar
Kuwait|Koweït
Bahrain
Turkey|Türkiye|Turquie|Türkei|Turquía
Egypt|Égypte|Ägypten|Egipto
Libya|Libye|Libyen|Libia
Tunisia|Tunisie|Tunesien|Túnez
Algeria|Algérie|Algerien|Argelia
Morocco|Maroc|Marokko|Marruecos
Sudan|Soudan
South Sudan
Ethiopia|Éthiopie|Äthiopien|Etiopía
Eritrea
Somalia|Somalie
Kenya|Kenia
Uganda|Ouganda
Tanzania|Tanzanie|Tansania
Rwanda|Ruanda
Burundi
Congo|Democratic Republic of Congo|Democratic Republic of the Congo|DRC|Republic of Congo
Nigeria|Nigéria
Niger
Mali
Burkina Faso
Senegal|Sénégal
Ghana
Ivory Coast|Côte d'Ivoire|Côte d’Ivoire|Elfenbeinküste|Costa de Marfil
Cameroon|Cameroun|Kamerun|Camerún
Chad|Tchad|Tschad
Central African Republic
Gabon
Angola
Mozambique|Mosambik
Zimbabwe|Simbabwe
Zambia|Sambia
Malawi
Namibia|Namibie
Botswana
South Africa|Afrique du Sud|Südafrika|Sudáfrica
Madagascar
Mauritania
Guinea
Sierra Leone
Liberia
Togo
Benin|Bénin
Canada|Kanada|Canadá
Mexico|Mexique|Mexiko|México
Guatemala
Honduras
El Salvador
Nicaragua
Costa Rica
Panama|Panamá
Cuba|Kuba
Haiti|Haïti
Dominican Republic|République dominicaine|República Dominicana
Jamaica|Jamaïque
Puerto Rico
Venezuela
Colombia|Colombie|Kolumbien
Ecuador|Équateur
Peru|Pérou|Perú
Bolivia|Bolivie|Bolivien
Chile|Chili
Argentina|Argentine|Argentinien
Uruguay
Paraguay
Brazil|Brésil|Brasilien|Brasil
France|Frankreich|Francia
Germany|Allemagne|Deutschland|Alemania
Spain|Espagne|Spanien|España
Portugal
Italy|Italie|Italien|Italia
Greece|Grèce|Griechenland|Grecia
Netherlands|Holland|Pays-Bas|Niederlande|Países Bajos
Belgium|Belgique|Belgien|Bélgica
Luxembourg|Luxemburg|Luxemburgo
Switzerland|Suisse|Schweiz|Suiza
Austria|Autriche|Österreich
Ireland|Irlande|Irland|Irlanda
Scotland|Écosse|Schottland|Escocia
Wales
England|Angleterre|Inglaterra
Northern Ireland
Iceland|Islande|Island|Islandia
Norway|Norvège|Norwegen|Noruega
Sweden|Suède|Schweden|Suecia
Finland|Finlande|Finnland|Finlandia
Denmark|Danemark|Dänemark|Dinamarca
Estonia|Estonie|Estland
Latvia|Lettonie|Lettland|Letonia
Lithuania|Lituanie|Litauen|Lituania
Poland|Pologne|Polen|Polonia
Czech Republic|Czechia|République tchèque|Tschechien|República Checa
Slovakia|Slovaquie|Slowakei|Eslovaquia
Hungary|Hongrie|Ungarn|Hungría
Romania|Roumanie|Rumänien|Rumania
Bulgaria|Bulgarie|Bulgarien
Serbia|Serbie|Serbien
Croatia|Croatie|Kroatien|Croacia
Slovenia|Slovénie|Slowenien|Eslovenia
Bosnia|Bosnia and Herzegovina|Bosnie
Montenegro|Monténégro
Kosovo
Albania|Albanie|Albanien
North Macedonia|Macedonia
Moldova|Moldavie|Moldawien|Moldavia
Belarus|Biélorussie|Weißrussland|Bielorrusia
Georgia|Géorgie|Georgien
Armenia|Arménie|Armenien
Azerbaijan|Azerbaïdjan|Aserbaidschan
Kazakhstan|Kasachstan|Kazajistán
Uzbekistan|Ouzbékistan|Usbekistan
Turkmenistan
Kyrgyzstan|Kirghizistan
Tajikistan|Tadjikistan
Mongolia|Mongolie|Mongolei
Vietnam|Viêt Nam|Viet Nam
Thailand|Thaïlande|Tailandia
Cambodia|Cambodge|Kambodscha|Camboya
Laos
Myanmar|Burma|Birmanie
Malaysia|Malaisie|Malasia
Singapore|Singapour|Singapur
Indonesia|Indonésie|Indonesien
Philippines|Philippinen|Filipinas
Bangladesh
Sri Lanka
Nepal|Népal
Australia|Australie|Australien
New Zealand|Nouvelle-Zélande|Neuseeland|Nueva Zelanda
Cyprus|Chypre|Zypern|Chipre
Malta|Malte
Vatican City
Soviet Union|USSR|U.S.S.R.
";

/// Capitals and large cities, US states and regions.
pub const OTHER_PLACES: &str = "
Moscow|Moscou|Moskau|Moscú
Kyiv|Kiev
Pyongyang
Seoul|Séoul
Beijing|Pékin|Peking|Pekín
Shanghai
Hong Kong
Tokyo|Tokio
Taipei
Washington|Washington, D.C.|Washington D.C.
New York|New York City|NYC|New York-City|Nueva York
Los Angeles
Chicago
Houston
Philadelphia
Phoenix
San Francisco
Boston
Miami
Atlanta
Seattle
Denver
Dallas
Detroit
Las Vegas
Cleveland
Baltimore
Pittsburgh
Orlando
Tampa
Charlotte
St. Louis
Milwaukee
Minneapolis
New Orleans
Nashville
Portland
Sacramento
San Diego
Austin
Manhattan
Brooklyn
Havana|La Havane|Havanna|La Habana
Vladivostok
Ryazan
Saint Petersburg|St. Petersburg|Saint-Pétersbourg|Sankt Petersburg|San Petersburgo
London|Londres
Paris|París
Berlin|Berlín
Madrid
Rome|Roma|Rom
Brussels|Bruxelles|Brüssel|Bruselas
Vienna|Vienne|Wien|Viena
Geneva|Genève|Genf|Ginebra
Zurich|Zürich
Bern|Berne
Amsterdam
The Hague|La Haye|Den Haag
Lisbon|Lisbonne|Lissabon|Lisboa
Athens|Athènes|Athen|Atenas
Warsaw|Varsovie|Warschau|Varsovia
Prague|Prag|Praga
Budapest
Bucharest|Bucarest|Bukarest
Sofia|Sofía
Belgrade|Belgrad|Belgrado
Zagreb
Stockholm|Estocolmo
Oslo
Copenhagen|Copenhague|Kopenhagen|Copenhague
Helsinki
Dublin
Edinburgh
Minsk
Tbilisi
Yerevan
Baku
Ankara
Istanbul|Estambul
Tehran|Téhéran|Teheran
Baghdad|Bagdad
Damascus|Damas|Damaskus|Damasco
Beirut|Beyrouth|Beirut
Jerusalem|Jérusalem|Jerusalén
Tel Aviv
Gaza|Gaza Strip
West Bank|Cisjordanie|Westjordanland|Cisjordania
Amman
Riyadh|Riyad
Doha
Dubai|Dubaï
Abu Dhabi
Cairo|Le Caire|Kairo|El Cairo
Tripoli
Tunis|Túnez
Algiers|Alger
Rabat
Khartoum
Addis Ababa
Nairobi
Kampala
Kigali
Kinshasa
Lagos
Abuja
Accra
Dakar
Johannesburg
Cape Town
Pretoria
Kabul
Islamabad
New Delhi|Delhi
Mumbai
Dhaka
Bangkok
Hanoi
Manila
Jakarta
Kuala Lumpur
Sydney
Canberra
Melbourne
Wellington
Ottawa
Toronto
Montreal|Montréal
Vancouver
Mexico City|Ciudad de México
Caracas
Bogota|Bogotá
Lima
Quito
La Paz
Santiago
Buenos Aires
Montevideo
Brasilia|Brasília
Rio de Janeiro
São Paulo|Sao Paulo
Hamburg|Hambourg|Hamburgo
Munich|München|Múnich
Frankfurt|Francfort|Fráncfort
Cologne|Köln|Colonia
Stuttgart
Düsseldorf
Dresden|Dresde
Leipzig
Lyon|Lyons
Marseille|Marseilles
Toulouse
Nice
Bordeaux
Lille
Strasbourg|Straßburg|Estrasburgo
Barcelona|Barcelone
Valencia|Valence
Seville|Sevilla|Séville
Bilbao
Milan|Milano|Mailand
Naples|Napoli|Neapel
Florence|Firenze|Florenz
Venice|Venezia|Venedig
Crimea|Crimée|Krim
Donbas|Donbass
Donetsk
Luhansk
Kharkiv|Kharkov
Odesa|Odessa
Mariupol
Bakhmut
Sevastopol
Siberia|Sibérie|Sibirien
Alabama|Ala.
Alaska
Arizona|Ariz.
Arkansas|Ark.
California|Californie|Kalifornien|Calif.
Colorado|Colo.
Connecticut|Conn.
Delaware|Del.
Florida|Floride|Fla.
Hawaii
Idaho
Illinois|Ill.
Indiana|Ind.
Iowa
Kansas|Kan.
Kentucky|Ky.
Louisiana|La.
Maine
Maryland|Md.
Massachusetts|Mass.
Michigan|Mich.
Minnesota|Minn.
Mississippi
Missouri|Mo.
Montana|Mont.
Nebraska|Neb.
Nevada|Nev.
New Hampshire|N.H.
New Jersey|N.J.
New Mexico|N.M.
North Carolina|N.C.
North Dakota|N.D.
Ohio
Oklahoma|Okla.
Oregon|Ore.
Pennsylvania|Pa.
Rhode Island|R.I.
South Carolina|S.C.
South Dakota|S.D.
Tennessee|Tenn.
Texas
Utah
Vermont|Vt.
Virginia|Va.
West Virginia|W.Va.
Wisconsin|Wis.
Wyoming|Wyo.
Europe|Europa
Asia|Asie|Asien
Africa|Afrique|Afrika
North America
South America
Latin America|Amérique latine|Lateinamerika|América Latina
Middle East|Moyen-Orient|Nahost|Naher Osten|Oriente Medio
Caribbean|Caraïbes|Karibik|Caribe
Pacific|Pacifique|Pazifik|Pacífico
Atlantic|Atlantique|Atlantik|Atlántico
Arctic|Arctique|Arktis
Antarctica
Balkans
Scandinavia
Baltic
Mediterranean|Méditerranée|Mittelmeer|Mediterráneo
Korean Peninsula
Midwest
Silicon Valley
Wall Street
Capitol Hill
Ground Zero
";

/// Demonyms and the country they stand for: "Russian" (adjective or noun),
/// "North Korean", "Cuban". Plurals are derived (`-s`).
pub const DEMONYMS: &str = "
American:United States
Russian:Russia
Ukrainian:Ukraine
North Korean:North Korea
South Korean:South Korea
Korean:Korea
Chinese:China
Taiwanese:Taiwan
Japanese:Japan
Indian:India
Pakistani:Pakistan
Afghan:Afghanistan
Iranian:Iran
Iraqi:Iraq
Syrian:Syria
Israeli:Israel
Palestinian:Palestine
Lebanese:Lebanon
Jordanian:Jordan
Saudi:Saudi Arabia
Yemeni:Yemen
Emirati:United Arab Emirates
Qatari:Qatar
Turkish:Turkey
Turk:Turkey
Egyptian:Egypt
Libyan:Libya
Tunisian:Tunisia
Algerian:Algeria
Moroccan:Morocco
Sudanese:Sudan
Ethiopian:Ethiopia
Somali:Somalia
Kenyan:Kenya
Nigerian:Nigeria
Malian:Mali
Senegalese:Senegal
Ghanaian:Ghana
South African:South Africa
Canadian:Canada
Mexican:Mexico
Cuban:Cuba
Haitian:Haiti
Venezuelan:Venezuela
Colombian:Colombia
Peruvian:Peru
Bolivian:Bolivia
Chilean:Chile
Argentine:Argentina
Argentinian:Argentina
Brazilian:Brazil
Nicaraguan:Nicaragua
Salvadoran:El Salvador
Guatemalan:Guatemala
Honduran:Honduras
Puerto Rican:Puerto Rico
French:France
German:Germany
Spanish:Spain
Portuguese:Portugal
Italian:Italy
Greek:Greece
Dutch:Netherlands
Belgian:Belgium
Swiss:Switzerland
Austrian:Austria
Irish:Ireland
Scottish:Scotland
Welsh:Wales
English:England
British:United Kingdom
Briton:United Kingdom
Icelandic:Iceland
Norwegian:Norway
Swedish:Sweden
Finnish:Finland
Danish:Denmark
Estonian:Estonia
Latvian:Latvia
Lithuanian:Lithuania
Polish:Poland
Czech:Czech Republic
Slovak:Slovakia
Hungarian:Hungary
Romanian:Romania
Bulgarian:Bulgaria
Serbian:Serbia
Croatian:Croatia
Bosnian:Bosnia
Albanian:Albania
Moldovan:Moldova
Belarusian:Belarus
Georgian:Georgia
Armenian:Armenia
Azerbaijani:Azerbaijan
Kazakh:Kazakhstan
Uzbek:Uzbekistan
Mongolian:Mongolia
Vietnamese:Vietnam
Thai:Thailand
Cambodian:Cambodia
Burmese:Myanmar
Malaysian:Malaysia
Singaporean:Singapore
Indonesian:Indonesia
Filipino:Philippines
Bangladeshi:Bangladesh
Sri Lankan:Sri Lanka
Nepali:Nepal
Australian:Australia
New Zealander:New Zealand
Cypriot:Cyprus
Soviet:Soviet Union
European:Europe
Asian:Asia
African:Africa
Latin American:Latin America
Arab:Middle East
Caribbean:Caribbean
Western:West
Californian:California
Texan:Texas
Floridian:Florida
Russe:Russia
Américain:United States
Américaine:United States
Allemand:Germany
Français:France
Française:France
Russische:Russia
Russischen:Russia
Amerikanische:United States
Amerikanischen:United States
Deutsche:Germany
Deutschen:Germany
Französische:France
Ruso:Russia
Rusa:Russia
Estadounidense:United States
Cubano:Cuba
Cubana:Cuba
";

/// A place's kind, for ranking and for metonymy ("Moscow said").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A city, state or region.
    Other,
}

fn read(
    map: &mut HashMap<&'static str, (&'static str, PlaceKind)>,
    list: &'static str,
    kind: PlaceKind,
) {
    for line in list.lines().filter(|l| !l.trim().is_empty()) {
        let mut names = line.split('|');
        if let Some(canonical) = names.next() {
            map.entry(canonical).or_insert((canonical, kind));
            for alias in names {
                map.entry(alias).or_insert((canonical, kind));
            }
        }
    }
}

fn places() -> &'static HashMap<&'static str, (&'static str, PlaceKind)> {
    static MAP: OnceLock<HashMap<&'static str, (&'static str, PlaceKind)>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::new();
        read(&mut map, COUNTRIES, PlaceKind::Country);
        read(&mut map, OTHER_PLACES, PlaceKind::Other);
        map
    })
}

fn demonyms() -> &'static HashMap<String, &'static str> {
    static MAP: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::new();
        for line in DEMONYMS.lines() {
            if let Some((demonym, country)) = line.split_once(':') {
                map.insert(demonym.to_string(), country);
                if !demonym.ends_with('s') && !demonym.ends_with("ese") {
                    map.insert(format!("{demonym}s"), country);
                }
            }
        }
        map
    })
}

/// The postal codes of the US states and of DC, as addresses and datelines write them
/// after a town ("Austin, TX").
pub const US_STATE_CODES: &str = "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD \
                                   MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC \
                                   SD TN TX UT VT VA WA WV WI WY DC";

/// True when `word` is a US state's postal code ([`US_STATE_CODES`]).
pub fn is_us_state_code(word: &str) -> bool {
    // Every code is two letters and a space: compared by position, which keeps the
    // wasm build free of a string search for this one list.
    word.len() == 2
        && US_STATE_CODES
            .as_bytes()
            .chunks(3)
            .any(|code| &code[..2] == word.as_bytes())
}

/// The canonical name and kind of a place (exact spelling, `the` already removed).
pub fn place(name: &str) -> Option<(&'static str, PlaceKind)> {
    places().get(name).copied()
}

/// The country a demonym stands for ("Russian", "North Koreans"; exact spelling).
pub fn demonym(word: &str) -> Option<&'static str> {
    demonyms().get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_codes_are_read_two_letters_at_a_time() {
        assert_eq!(US_STATE_CODES.len(), 51 * 3 - 1);
        assert!(US_STATE_CODES
            .split(' ')
            .all(|code| code.len() == 2 && is_us_state_code(code)));
        for word in ["XX", "A ", " A", "M", "MDM", "ma"] {
            assert!(!is_us_state_code(word), "{word:?}");
        }
    }
}
