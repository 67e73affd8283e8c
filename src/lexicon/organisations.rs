//! Organisations: the head words that make a capitalised name an organisation, and
//! organisations known by a single name or an acronym.
//!
//! Sources: the organisation types of the ACE and OntoNotes named-entity guidelines
//! (government bodies, companies, media, parties, armed forces, institutions) in
//! English, French, German and Spanish; the known names are the international bodies,
//! wire services, national newsrooms and US government agencies that news copy cites
//! without a head word, written out by hand.

use super::WordSet;
use crate::hash::{HashMap, HashMapExt, HashSet};
use crate::text::ToLower;
use std::sync::OnceLock;

/// Head words of organisation names ("National Security *Council*", "Kookmin
/// *University*", "*Ministerio* de Defensa"), any position in the name.
pub const HEAD_WORDS: &str = "
Ministry Ministries Department Council Committee Commission University Institute
Institution Agency Party Government Administration Office Bureau Service Services
Corporation Corp Inc Incorporated Company Co Group Association Foundation Fund Bank
Program Programme Organization Organisation Union Federation League Alliance Coalition
Forum Center Centre Court Tribunal Senate Congress Parliament Assembly Army Navy Forces
Force Police Guard Guards Times Post Journal News Press Herald Tribune Gazette Review
Magazine Network Television TV Radio Broadcasting Channel Daily Telegraph Guardian Observer
Monitor Chronicle Inquirer Examiner Airlines Airways Motors Holdings Industries
Technologies Systems Labs Media Studios Records Club Board Authority Secretariat Cabinet
Caucus PAC Reserve Exchange Mission Embassy Consulate Chamber Society Academy College
School Hospital Church Brigade Battalion Regiment Command Corps Institut Foundation Trust
Partners Capital Ventures Enterprises Limited Ltd LLC Plc GmbH AG SA Bancorp Insurance
Pharmaceuticals Energy Petroleum Oil Gas Electric Communications Telecom Airlines
Railways University's Committee's Campaign Initiative Project Fellowship Conference
Convention Festival Parliamentary Cooperative Syndicate Cartel Militia Front Movement Brotherhood
Guardia Ministère Ministerio Ministerium Gouvernement Regierung Gobierno Université
Universität Universidad Universidade Institut Instituto Agence Agentur Agencia Parti Partei
Partido Assemblée Asamblea Bundestag Bundesrat Sénat Senado Congreso Tribunal Tribunale
Gericht Bundesgericht Bundesverfassungsgericht Polizei Policía Armée Ejército Bundeswehr
Kommission Comisión Conseil Consejo Rat Stiftung Fundación Verband Gewerkschaft Sindicato
Syndicat Banque Banco Zeitung Allgemeine Spiegel Monde Figaro País Mundo Vanguardia
";

/// Organisations cited by one name or an acronym, with no head word, and the
/// alternative spellings that name the same body. First name on a line is canonical.
pub const KNOWN: &str = "
Kremlin
White House
Pentagon
State Department
Justice Department|Department of Justice|DOJ
Defense Department|Department of Defense
Homeland Security|Department of Homeland Security|DHS
Reuters
Interfax
TASS|Tass
RIA Novosti
Associated Press|AP
Agence France-Presse|AFP
Bloomberg
CNN
BBC
NBC|NBC News
CBS|CBS News
ABC|ABC News
Fox News|Fox
MSNBC
NPR
PBS
Politico|POLITICO
Breitbart|Breitbart News
HuffPost|Huffington Post|The Huffington Post
Axios
The New York Times|New York Times|NYT
The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal|WSJ
USA Today|USA TODAY
The Western Journal|Western Journal
The Guardian
The Economist
Le Monde|Monde
Le Figaro|Figaro
Der Spiegel|Spiegel
Twitter
Facebook
Google
Apple
Microsoft
Amazon
NATO|OTAN
United Nations|UN|U.N.|ONU|UNO
UN Security Council|U.N. Security Council|Security Council
European Union|EU|E.U.|UE
European Commission
International Monetary Fund|IMF
World Bank
World Health Organization|WHO
OPEC
FBI|Federal Bureau of Investigation
CIA|Central Intelligence Agency
NSA|National Security Agency
EPA
FDA
CDC
NASA
Secret Service
KCNA|Korean Central News Agency
Xinhua
Yonhap
Kyodo
Al Jazeera
Hamas
Hezbollah
Taliban
Islamic State|ISIS|ISIL|Daesh
al-Qaeda|al Qaeda|Al Qaeda|Al-Qaeda
Vatican
Bundestag
Bundesrat
Élysée|Elysée|Elysee
Quai d’Orsay|Quai d'Orsay
Matignon
Moncloa
Downing Street
Knesset
Duma|State Duma
Politburo
Supreme Court
Federal Reserve|Fed
GOP|Republican Party
Democratic Party
DNC|Democratic National Committee
RNC|Republican National Committee
Clinton Foundation
Trump Organization
Wikileaks|WikiLeaks
Gallup
Quinnipiac|Quinnipiac University
Pew|Pew Research Center
Planned Parenthood
NRA|National Rifle Association
ACLU
Congress
Senate
House|House of Representatives
Gazprom
Rosneft
Wagner|Wagner Group
Chatham House
Brookings|Brookings Institution
Heritage Foundation
Interior Ministry
";

/// Words that are no organisation on their own even with a capital, separated by
/// spaces: the generic heads ("the Ministry", "the Government") only count as part of
/// a longer name or as a reference to one already named.
#[rustfmt::skip]
pub const GENERIC_HEADS: &str = concat!(
    "ministry government administration council committee department party agency office ",
    "court army police university institute commission company group campaign board ",
    "union bank program center centre forces force service services authority cabinet ",
    "foundation association house senate congress parliament press news times post ",
    "network media club fund exchange mission embassy church school college hospital ",
    "guard navy gouvernement regierung gobierno ministère ministerium ministerio parti ",
    "partei partido assemblée asamblea congreso sénat senado conseil consejo front tv ",
    "television",
);

/// Legal forms written after a company's name, often after a comma ("Acme Holdings,
/// LLC"): part of that name, and no organisation on their own.
pub const LEGAL_FORMS: &str = "inc incorporated corp co ltd limited llc llp plc gmbh ag sa";

/// Acronyms that name things, fields, formats and units, not bodies: in capitals
/// they look like an organisation's initials ("AI", "API", "CPU", "FAQ", "ROI"). From
/// general usage in technology, business, media and health writing; the initials of
/// agencies and companies (NASA, IBM, FDA) are not here.
#[rustfmt::skip]
pub const THING_ACRONYMS: &str = concat!(
    "AI AGI ML LLM GPT NLP API SDK CLI GUI UI UX IDE OS VM CPU GPU TPU RAM ROM SSD HDD USB ",
    "HDMI LED LCD OLED HD HDR UHD TV PC IT IP DNS VPN SSH TLS SSL TCP UDP LAN WAN WIFI ",
    "HTTP HTTPS URL URI HTML HTML5 CSS JS TS PHP SQL XML JSON YAML CSV PDF JPEG JPG PNG ",
    "GIF SVG MP3 MP4 DOM CMS CRM ERP ETL SAAS SLA SKU ROI KPI CTR CPC PPC SEO SEM ",
    "B2B B2C QA CI CD DIY FAQ FAQS FYI ASAP TL DR TLDR ID PIN QR GPS SMS MMS RSS AR VR ",
    "XR EV EVS SUV ABS HVAC AC DC RGB DSLR CAD GB MB KB TB GHZ MHZ KWH MPH KPH USD EUR ",
    "GBP JPY VAT GDP DNA RNA MRI CT ADHD PTSD HIV BMI MD PHD MBA CMO VP ",
    "HR PR PM AM OP GET POST PUT SELECT FREE NEW",
);

/// True when `word` is one of the [`THING_ACRONYMS`], or one of them with a plural
/// "s" ("APIs", "FAQs").
pub fn is_thing_acronym(word: &str) -> bool {
    static SET: WordSet = WordSet::new(THING_ACRONYMS);
    SET.contains(word) || word.strip_suffix('s').is_some_and(|w| SET.contains(w))
}

fn heads() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        HEAD_WORDS
            .split_whitespace()
            .map(ToLower::to_lower)
            .collect()
    })
}

fn known() -> &'static HashMap<&'static str, &'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::new();
        for line in KNOWN.lines().filter(|l| !l.trim().is_empty()) {
            let mut names = line.split('|');
            if let Some(canonical) = names.next() {
                map.insert(canonical, canonical);
                for alias in names {
                    map.insert(alias, canonical);
                }
            }
        }
        map
    })
}

/// True when `word` (any case) is an organisation head word.
pub fn is_head_word(word: &str) -> bool {
    heads().contains(&word.to_lower())
}

/// True when `word` (any case) is a generic head that needs a longer name around it;
/// legal forms count as such.
pub fn is_generic_head(word: &str) -> bool {
    static SET: WordSet = WordSet::new(GENERIC_HEADS);
    let lower = word.to_lower();
    SET.contains(&lower) || is_legal_form(&lower)
}

/// True when `word` (any case, with or without a final full stop) is a legal form.
pub fn is_legal_form(word: &str) -> bool {
    let word = word.strip_suffix('.').unwrap_or(word);
    LEGAL_FORMS
        .split(' ')
        .any(|form| form.eq_ignore_ascii_case(word))
}

/// The canonical name of a known organisation (exact spelling).
pub fn known_organisation(name: &str) -> Option<&'static str> {
    known().get(name).copied()
}
