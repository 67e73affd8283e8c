//! Given names (with the gender they usually carry), East Asian family names, and the
//! particles inside names (`van`, `de`, `bin`, `al-`).
//!
//! Sources: written from the most frequent given names of the US Social Security
//! Administration's lists, the French INSEE, German and Spanish INE first-name
//! statistics, and transliterated Russian, Ukrainian, Arabic, Persian, Turkish, Hebrew,
//! Indian, African, Chinese, Korean and Japanese names common in international news,
//! plus the politicians' first names of the PolNeAR training texts. The lists are
//! space-separated words: one table per gender, read once into a map.

use crate::hash::{HashMap, HashMapExt};
use std::sync::OnceLock;

/// The gender a name, honorific or role implies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// Usually a man.
    Male,
    /// Usually a woman.
    Female,
    /// Either, or not known.
    Unknown,
}

/// Given names usually borne by men.
pub const MALE: &str = "
Aaron Abdul Abdullah Abe Abraham Adam Adrian Ahmad Ahmed Al Alan Alastair Albert Alberto
Aleksandr Aleksei Alessandro Alex Alexander Alexandre Alexei Alexey Alfonso Alfred Alfredo Ali
Alistair Allen Alonso Alvaro Álvaro Amir Anders Andre André Andreas Andrei Andrej Andres Andrés
Andrew Andrey Andriy Andy Angelo Anthony Antoine Anton Antonio Antony Anwar Ari Armando Arnaud
Arnold Arthur Asif Axel Ayman Barack Barry Bashar Ben Benjamin Benedict Benito Benny Bernard
Bernardo Bernd Bernie Bill Billy Bob Bobby Boris Brad Bradley Brandon Brendan Brett Brian
Bruce Bruno Bryan Buck Burkhard Calvin Cameron Carl Carlo Carlos Carsten Cedric Cédric Cesar
César Chad Charles Charlie Chris Christian Christoph Christophe Christopher Chuck Claude Claudio
Clay Clayton Clint  Cody Colin Conor Corey Cory Craig Cristian Curt Curtis Cyril Dale
Damian Damien Dan Daniel Danny Dario Darren Dave David Dean Denis Dennis Derek Diego Dietmar
Dimitri Dmitri Dmitriy Dmitry Dominic Dominique Don Donald Doug Douglas Duncan Dustin Dwight Ed
Eddie Edgar Edouard Édouard Eduardo Edward Edwin Elias Elijah Elliot Elon Emil Emilio Emmanuel
Enrique Eric Erich Erik Ernesto Ernst Esteban Ethan Eugene Evan Evgeny Fabian Fabien Fabio
Federico Felipe Felix Félix Ferdinand Fernando Florian Francesco Francis Francisco Franck
Franco François Frank Frankie Franz Fred Frederick Friedrich Gabriel Gareth Gary Gavin
Gene Geoff Geoffrey George Georg Georges Gérald Gerald Gérard Gerard Gerardo Gerhard Gilbert
Gilles Giorgio Giovanni Giuseppe Glenn Gordon Graham Grant Greg Gregg Gregory Guido Guillaume
Guillermo Günter Gunther Gustavo Guy Hamid Hans Harald Harold Harry Hasan Hassan Heiko Heinrich
Heinz Helmut Henri Henrik Henry Herbert Hernan Hernán Horst Howard Hubert Hugh Hugo Hunter
Hussein Ian Ibrahim Igor Ilya Imran Isaac Ismail Ivan Jack Jacob Jacques Jaime Jake James
Jamie Jan Jared Jason Javier Jay Jean Jean-Claude Jean-François Jean-Luc Jean-Marc Jean-Marie
Jean-Michel Jean-Pierre Jean-Paul Jean-Yves Jeb Jeff Jeffrey Jens Jeremy Jerome Jérôme Jerry
Jesse Jesús Jim Jimmy Joachim Joe Joel Johan Johann Johannes John Johnny Jon Jonah Jonathan
Jordan Jorge José Josef Joseph Josh Joshua Juan Judd Jules Julian Julien Julio Jürgen Justin
Kai Kamal Karim Karl Keir Keith Ken Kenneth Kevin Khalid Kirk Klaus Konstantin Kurt Kyle Lamar
Larry Lars Laurent Lawrence Lee Leo Leon Léon Leonard Leonid Liam Lincoln Lindsey Lionel Lloyd
Lorenzo Louis Luc Luca Lucas Luis Luiz Lukas Luke Luther Lutz Mahmoud Malcolm Manuel Marc
Marcel Marco Marcos Marcus Mario Mark Markus Marshall Martin Marvin Mateo Mathieu Matt Matteo
Matthew Matthias Mauricio Maurice Max Maxim Maximilian Michael Michel Miguel Mike Mikhail
Milan Mitch Mitchell Mitt Mohamed Mohammad Mohammed Muhammad Moshe Mustafa Naftali Nathan
Neil Nicholas Nick Nicky Nicolas Nicolás Niels Nigel Nikita Nikolai Nikolay Noah Norbert Norman
Nuri Oleg Olaf Oliver Olivier Omar Orrin Oscar Óscar Oskar Otto Owen Pablo Patrick Paul Paulo
Pavel Pedro Peter Petr Petro Phil Philip Philipp Philippe Pierre Piotr Rafael Rahm Rainer Ralf
Ralph Ramón Ramon Rand Randy Raphael Raphaël Raul Raúl Ray Raymond Recep Reince Reinhard Rémi
Rene René Reza Ricardo Richard Rick Rob Robby Robert Roberto Rod Rodrigo Roger Roland Rolf Roman
Ron Ronald Ronny Rory Ross Roy Rudy Rudolph Rupert Russ Russell Ryan Saad Saddam Salman Sam
Sami Samir Samuel Sanjay Santiago Sean Sebastian Sébastien Sergei Sergey Serge Sergio Sergiy
Seth Shane Shaun Shawn Sheldon Sigmar Simon Stan Stanley Stefan Stéphane Stephen Steve Steven
Stuart Sven Tariq Ted Terry Theo Theodore Thierry Thomas Thorsten Tim Timothy Toby Todd Tom
Tommy Tony Travis Trevor Troy Tyler Ulrich Uwe Valentin Valery Vasily Víctor Victor Viktor
Vincent Vitaly Vladimir Vladislav Volker Volodymyr Walter Warren Wayne Werner Wes Wesley Will
William Willie  Wolfgang Xavier Yaakov Yair Yasser Yevgeny Yitzhak Yoav Youssef Yuri
Yves Zach Zachary Zbigniew Zoltan Zoltán Ehud Benyamin Binyamin Vladislav Nikol Arseniy
Petro Oleksandr Oleksiy Mykola Mykhailo Taras Yevhen Vitali Vitaliy Ramzan Gennady Sergej
Mikheil Giorgi Levan Nursultan Kassym-Jomart Ilham Alexander Emomali Shavkat  Recep
Mevlüt Ekrem Kemal Abdel Abdelaziz Abdelfattah Abdulaziz Fahd Faisal Hamad Hamdan Khalifa Zayed
Tamim Mohammed Hosni Anwar Gamal Muammar Moammar Nouri Haider Masoud Hassan Hossein Javad
Mahmoud Ebrahim Akbar Ruhollah Benazir Nawaz Shehbaz Narendra Rahul Amit Manmohan Atal Arvind
Rajiv Sanjay Vijay Sunil Anil Raj Rishi Nelson Jacob Cyril Thabo Jomo Uhuru William Paul Yoweri
Goodluck Muhammadu Bola Olusegun Abiy Isaias Robert Emmerson Hage Macky Alassane Ibrahim
Emmanuel Felix Félix Idriss Mahamat Denis Teodoro Joaquín Joaquin Jair Luiz Inácio Nicolás Hugo
Evo Rafael Lenín Gustavo Iván Andrés Enrique Vicente Ernesto Fidel Raúl Miguel Daniel Alberto
Cristina Mauricio Sebastián Gabriel Pedro Alejandro Nayib Juan Jimmy Otto   Jinping
Shinzo Fumio Yoshihide Junichiro Naoto Yukio Taro Hirohito Akihito Naruhito    
 Jintao  Zemin    Jiabao Keqiang Qiang   Narendra Imran Ashraf Hamid
Tayyip Ahmet Ali Binali Bülent  Ruslan Kamala Hunter Beau Ted Newt Rudy Chris Mitch
Lindsey Rand Marco Rick Jeb Scott Ben Carly Mike Tim Reince Kellyanne Corey Steve Stephen Jared
Eric Donald Bernie Martin Lincoln Jill Gary Evan Harry Chuck Nancy Paul Kevin Steny Jim Jason
Trey Devin Adam Elijah Eliot Preet Loretta Jeh Ash Ashton Robby Huma Anthony Rahm Joaquin
";

/// More men's names of France, Germany, Spain and Latin America.
pub const MALE_MORE: &str = "
Pascal Frédéric Didier Alain Hervé Yannick Benoît Romain Maxime Ludovic Fabrice Régis Clément
Théo Jean-Louis Jean-Noël Jean-Baptiste Matthieu Sylvain Gaël Loïc Yann Bertrand Gaston
Marcel Raymond Aurélien Quentin Bastien Florent Jordan Kévin Kevin Dieter Manfred Günther
Hans-Peter Tobias Dirk Torsten Holger Rüdiger Armin Cem Hubertus Jochen Detlef Gerd Heiko
Henning Joachim Kai Kurt Lothar Malte Niklas Ole Till Timo Ulf Winfried Adrián Iñigo Íñigo
Aitor Xabier Unai Mikel Josep Jordi Xavier Gonzalo Ignacio Joaquín Rubén Marcelo Agustín
Emiliano Mauricio Gerardo Arturo Héctor Alfonso Ramiro Valentín Santiago Tomás Ernesto
";

/// More women's names of France, Germany, Spain and Latin America.
pub const FEMALE_MORE: &str = "
Martine Chantal Sandrine Stéphanie Emilie Émilie Laetitia Virginie Delphine Pascale Josiane
Odile Ghislaine Marie-Claude Marie-Christine Mathilde Léa Manon Inès Clémence Agathe Solène
Élise Elise Amandine Audrey Margaux Océane Heike Kerstin Anja Silke Jutta Ute Elke
Bettina Ricarda Saskia Katarina Annika Inge Ingrid Gudrun Hildegard Sigrid Antje Doris
Montserrat Nuria Núria Raquel Rocío Begoña Amaia Ainhoa Itziar Inmaculada Concepción Consuelo
Ángeles Esperanza Lorena Soledad Milagros Guadalupe Ximena Valeria Daniela Fernanda Gabriela
Carolina Luciana Florencia Agustina Camila Verónica Mónica Noelia Alba Aitana Irene
";

/// Given names usually borne by women.
pub const FEMALE: &str = "
Abby Abigail Ada Adele Adeline Adriana Adrienne Agnes Agnès Aileen Aisha Alejandra Alexandra
Alexandria Alice Alicia Alina Alison Allison Alyssa Amanda Amber Amelia Amy Ana Anastasia Andrea
Angela Angelina Angelika Angélique Anita Ann Anna Annalena Anne Anne-Marie Annegret Annette
Annie Antonia Ariana Ashley Audrey Aurélie Ayaan Barbara Beata Beatrice Beatriz Becky Bella
Benazir Bernadette Beth Bethany Betsy Betty Beverly Bianca Birgit Bonnie Brenda Bridget
Brigitte Britney Brittany Camila Camille Candice Carla Carly Carmen Carol Carole Caroline
Carolyn Catherine Cathy Cecilia Cécile Céline Charlotte Chelsea Cheryl Chloe Chloé Christa
Christiane Christina Christine Christy Cindy Claire Clara Claudia Colette Collette Condoleezza
Connie Cristina Crystal Cynthia Dagmar Daisy Dana Danielle Daphne Debbie Deborah Debra Denise
Diana Diane Dianne Dolores Dominique Donna Doris Dorothy Edith Elaine Eleanor Elena Elisabeth
Élisabeth Elizabeth Ella Ellen Elsa Emilia Emily Emma Erica Erika Erin Esther Eva Evelyn
Fatima Felicity Fiona Florence Frances Françoise Frauke Gabriela Gabriele Gabrielle Gail
Geneviève Georgia Geraldine Gertrud Gillian Gina Giorgia Gisela Gloria Grace Greta Gretchen
Gwen Gwendolyn Hanna Hannah Harriet Heather Heidi Helen Helena Hélène Helga Hillary Hilary
Hope Ilhan Ines Inés Ingrid Irene Iris Isabel Isabella Isabelle Ivana Ivanka Jackie
Jacqueline Jane Janet Janice Jasmine Jean Jeanne Jeanine Jeanette Jennifer Jenny Jessica Jill
Jo Joan Joanna Joanne Jodi Johanna Jolanta Joni Josefina Josephine Joyce Judith Judy Julia
Julie Juliette Julia June Justine Karen Karin Karina Kate Katharina Katherine Kathleen
Kathryn Kathy Katie Katrin Kay Kayleigh Kelly Kellyanne Kerry Kim Kimberly Kirsten Kristen
Kristin Kristina Kristi Lara Laura Lauren Laurence Leah Lena Leonor Leslie Liliana Lily
Linda Lindsay Lisa Liz Liza Loretta Lorraine Louise Lucia Lucía Lucy Luisa Lydia Lynn Madeleine
Madison Magdalena Maggie Maite Malala Mara Marcela Margaret Margarita Margit Margot Maria María
Mariana Marianne Marie Marie-Louise Marielle Marilyn Marina Marine Marion Marisol Marta Martha
Martina Mary Maryam Maxine Maya Megan Meghan Melania Melanie Mélanie Melinda Melissa Mercedes
Meryl Mia Michaela Michele Michelle Mila Mireille Miriam Molly Monica Monika Monique Nadia
Nadine Nancy Naomi Natalia Natalie Nathalie Nicola Nicole Nikki Nina Noa Nora Olga Olivia
Paola Patricia Patty Paula Pauline Penelope Penny Petra Philippa Pilar Priscilla Rachel
Ramona Rebecca Regina Renate Rita Roberta Robin Rosa Rosalind Rose Rosemary Roxana Ruth Sabine
Sally Samantha Sandra Sanna Sara Sarah Sasha Ségolène Serena Sharon Sheila Shirley Silvia
Simone Sofia Sofía Sonia Sophia Sophie Stacey Stefanie Stephanie Susan Susana Susanne Suzanne
Svenja Svetlana Sylvia Sylvie Tamara Tammy Tanja Tanya Tatiana Teresa Theresa Thérèse Tiffany
Tina Tracy Tulsi Ulla Ulrike Ursula Valentina Valérie Valerie Vanessa Vera Veronica Véronique
Victoria Violet Virginia Viviane Wendy Whitney Yolanda Yulia Yvonne Zoe Zoé Zuzana Kamala
Huma Hope Kellyanne Sarah Nikki Michele Elise Omarosa Debbie Tammy Jeanne Marsha Lisa Susana
Mazie Heidi Claire Jeanne Tammy Maxine Nancy Elizabeth Kirsten Amy Dianne Patty Barbara Gennifer
Juanita Paula Kathleen Katrina Kayleigh Dana Hope Ivanka Tiffany Melania Marla Ivana Chelsea
Huma Cheryl Donna Neera Jennifer Ana Karine Jen Jill Cecile Cecilia Hilda Yulia  Aung Sanna
Jacinda Mette Theresa Liz Nicola Ursula Christine Annalena Giorgia Marine Anne Valérie Élisabeth
Brigitte Ségolène Rachida Najat Angela Annegret Ursula Sahra Alice Svenja Franziska Manuela
Claudia Soraya Yolanda Irene Isabel Cristina Carmen Dilma Michelle Evita Laura Xiomara Delcy
";

/// Given names borne by men and women alike, or too short to tell.
pub const UNISEX: &str = "
Alexis Ali Andrea Ashley Avery Bailey Blair Cameron Casey Charlie Chris Dana Devon Drew
Eden Frankie Jamie Jesse Jordan Kelly Kendall Kerry Lee Leslie Logan Morgan Noel Pat Quinn
Reese Riley Robin Rory Sam Sandy Shannon Shawn Sidney Skyler Taylor Terry Tracy Kim Jo Lynn
Dominique Claude Camille Sasha Yu Jun Min Hyun Sung Young Ji Seo
";

/// Family names that come first in East Asian name order ("Kim Jong-Un", "Xi
/// Jinping", "Nguyen Phu Trong"): such a name is a person, and its short form is the
/// first word.
pub const EAST_ASIAN_FAMILY_NAMES: &str = "
Kim Lee Park Pak Choi Choe Jung Jeong Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn
Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Roh Ri Yun Chung Ban
Xi Li Wang Zhang Liu Chen Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang
Xie Tang Cao Deng Feng Peng Jiang Wen Mao Bo Qin Wei Ye Yu Cai Pan Du Dai Fu Shen Tsai Lai
Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Hun
";

/// Lowercase particles inside names ("Ursula von der Leyen", "Mohammed bin Salman",
/// "Charles de Gaulle").
#[rustfmt::skip]
pub const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la",
    "le", "bin", "ibn", "bint", "al", "el", "ben", "ter", "ten", "zu", "y", "St.",
];

/// Prefixes glued by a hyphen to Arabic family names: `al-Assad`, `el-Sisi`.
#[rustfmt::skip]
pub const ARTICLE_PREFIXES: &[&str] = &[
    "al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-",
];

fn table() -> &'static HashMap<&'static str, Gender> {
    static TABLE: OnceLock<HashMap<&'static str, Gender>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::new();
        for (list, gender) in [
            (MALE, Gender::Male),
            (MALE_MORE, Gender::Male),
            (FEMALE, Gender::Female),
            (FEMALE_MORE, Gender::Female),
            (UNISEX, Gender::Unknown),
        ] {
            for name in list.split_whitespace() {
                map.entry(name)
                    .and_modify(|g| {
                        if *g != gender {
                            *g = Gender::Unknown;
                        }
                    })
                    .or_insert(gender);
            }
        }
        map
    })
}

static EAST_ASIAN: super::WordSet = super::WordSet::new(EAST_ASIAN_FAMILY_NAMES);

/// The gender of a given name, if `word` is one (exact capitalisation).
pub fn given_name(word: &str) -> Option<Gender> {
    if let Some(g) = table().get(word) {
        return Some(*g);
    }
    // "Karl-Heinz", "Marie-Claude": hyphenated given names take the first one's gender.
    let mut parts = word.split('-');
    let first = table().get(parts.next()?).copied()?;
    let mut rest = parts.peekable();
    rest.peek()?;
    rest.all(|p| table().contains_key(p)).then_some(first)
}

/// True when `word` is an East Asian family name written first.
pub fn is_east_asian_family_name(word: &str) -> bool {
    EAST_ASIAN.contains(word)
}

/// True for a lowercase name particle.
pub fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}
