using CsCheck;

namespace Truce.Claims.Tests;

/// <summary>
/// Generates news-like text from the constructions the extractor reacts to: speakers of every kind,
/// cue verbs before, after and inverted, split and unbalanced quotes, event verbs of the lexicon with
/// and without objects, gazetteer places before and after the verb, datelines, dashes, parentheses,
/// paragraph breaks, cut-off sentences and very long ones. Random characters never form these shapes;
/// pieces of real wire-copy grammar do.
/// </summary>
internal static class NewsGrammar
{
    private static readonly string[] Names =
    [
        "Dmitry Peskov", "Volodymyr Zelenskyy", "Peskov", "Zelensky", "Trump", "Maria Zakharova", "Andriy Yermak", "Kim",
        "Oleksandr Syrskyi", "Steve Witkoff", "Sergei Lavrov", "Putin", "Pope Leo", "Ahmed al-Sharaa", "Mr. Rubio", "Dr. Haddad",
    ];

    private static readonly string[] Titles =
    [
        "Kremlin spokesman", "Ukrainian President", "Defence Minister", "U.S. Secretary of State", "Foreign Ministry spokeswoman",
        "Gen.", "Lt. Col.", "regional governor", "Russian President", "Hamas official", "White House envoy", "former President",
    ];

    private static readonly string[] Bodies =
    [
        "the Russian Defense Ministry", "Ukraine's General Staff", "the Kremlin", "Ukraine's air force", "the ministry", "Hamas",
        "the Israeli military", "Russia's defence ministry", "the General Staff of the Armed Forces of Ukraine", "the regional administration",
        "Moscow", "Kyiv", "the IDF", "the United Nations", "NATO",
    ];

    private static readonly string[] Pronouns = ["he", "she", "they", "it", "He", "She", "They", "we", "I"];

    private static readonly string[] Descriptions =
    [
        "a senior official", "a soldier who gave only his call sign", "one resident", "a diplomat in Cairo", "officials", "a spokesperson for the regional administration",
        "Yuriy, 46, a construction worker,", "a source familiar with the talks", "witnesses", "the brigade's deputy commander, known as Kosa,", "local authorities",
        "an official who spoke on condition of anonymity", "residents of Kharkiv",
    ];

    private static readonly string[] Owners = ["Zelenskyy's", "Putin's", "Russia's", "Ukraine's", "the army's", "Kyiv's", "Moscow\u2019s", "Hamas'"];

    private static readonly string[] Roles = ["spokesman", "office", "chief of staff", "envoy", "press service", "foreign minister", "spokeswoman"];

    private static readonly string[] CuesAfter =
    [
        "said", "says", "told Reuters", "told reporters", "added", "warned", "claimed", "stated", "wrote on Telegram", "insisted",
        "said in a statement", "told The Associated Press", "said on Sunday", "said of the fighting in Kupiansk", "said, adding", "has said", "had said",
    ];

    private static readonly string[] CuesInverted = ["said", "says", "added", "wrote", "warned", "according to"];

    private static readonly string[] Actors =
    [
        "Russian forces", "Ukrainian troops", "the enemy", "Russia", "Kyiv", "our units", "drones", "Moscow's army", "they", "We", "Israeli jets",
        "Hamas fighters", "The Russians", "Ukraine's 3rd Assault Brigade", "it", "Ukrainian air defences", "", "Russian troops and tanks",
    ];

    private static readonly string[] Verbs =
    [
        "captured", "recaptured", "retook", "seized", "took control of", "took", "liberated", "shot down", "downed", "intercepted",
        "shelled", "opened fire on", "struck", "hit", "launched strikes on", "bombed", "attacked", "launched an attack on", "stormed",
        "advanced", "advanced towards", "pushed toward", "entered", "withdrew", "withdrew from", "pulled back", "retreated", "repelled attacks",
        "fell to Russian forces", "came under fire", "was attacked", "were shelled", "had been captured", "drones were launched at",
        "launched 120 drones at", "pushed Russian troops back from", "made gains near", "destroyed", "targeted", "carried out strikes on",
        "fired missiles at", "killed", "were killed in an attack by", "rained drones down on", "crossed into", "closed in on", "gained ground",
        "attacks on", "strikes", "liberation of", "threatened to strike", "could attack", "did not shell",
    ];

    private static readonly string[] Objects =
    [
        "the village of", "the town of", "the city of", "positions", "12 drones", "an energy facility in", "a hospital", "the outskirts of",
        "the town", "two missiles over", "infrastructure", "the port", "Russian positions near", "a school", "homes in", "the border",
    ];

    private static readonly string[] Places =
    [
        "Kupiansk", "Pokrovsk", "Kharkiv", "Kyiv", "Kiev", "Sudzha", "Zaporizhzhia", "Zaporizhzhia region", "Donetsk oblast", "Kursk region",
        "the Gulf", "Western Europe", "the United States", "the U.S.", "Gaza", "Rafah", "Khan Younis", "Riyadh", "Quebec City", "Crimea",
        "Bakhmut", "Avdiivka", "Odesa", "Kherson", "Mykolaiv", "Nikolaev", "Kharkov", "Zaporozhye", "Deir al-Balah", "Moscow", "Belgorod",
        "the Donbas", "Chasiv Yar", "Toretsk", "Sumy", "Dnipro", "Lebanon", "Beirut", "Istanbul", "Jeddah",
    ];

    private static readonly string[] Prepositions = ["in", "near", "around", "outside", "towards", "of", "on", "into", "from", "at", "west of", "across"];

    private static readonly string[] Appositions =
    [
        "a town north of Donetsk", "the capital", "the regional centre", "a key logistics hub", "which Russia claims", "its second city", "home to 40,000 people",
    ];

    private static readonly string[] Passives =
    [
        "was hit", "was shelled", "was captured", "were struck", "had been attacked", "was retaken", "came under fire", "was liberated", "were shot down", "was abandoned",
    ];

    private static readonly string[] OwnLocations =
    [
        "near the village of Zelenopillia", "in the town of Myrne", "outside Kramatorsk", "near Velyka Novosilka", "in the settlement of Dachne", "at Hlyboke", "on Tuesday", "",
    ];

    private static readonly string[] Things = ["A building", "The bridge", "A school in the old district", "The depot", "Two homes", "It", "The village"];

    private static readonly string[] Neutral =
    [
        "the talks were useful", "we will not give up", "there is no ceasefire", "the truce is holding", "nothing has been agreed",
        "peace is possible", "this is a lie", "the front is quiet", "Russian culture is not the enemy", "more work is needed",
    ];

    private static readonly (string Open, string Close)[] QuoteMarks =
    [
        ("\"", "\""), ("\u201C", "\u201D"), ("\u2018", "\u2019"), ("'", "'"), ("\u201C", ""), ("", "\u201D"), ("\"", ""), ("\u201D", "\u201C"), ("\u00AB", "\u00BB"),
    ];

    private static readonly string[] Datelines =
    [
        "KYIV, Ukraine (AP) \u2014 ", "MOSCOW (Reuters) - ", "KHARKIV, Ukraine \u2014 ", "GAZA CITY (AP) -- ", "Kyiv, 13 March (AFP) - ", "By Olena Harmash\n\n", "Updated 14:05 GMT\n",
    ];

    private static Gen<string> Pick(string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    private static Gen<string> Maybe(Gen<string> gen) => Gen.Frequency((1, Gen.Const(string.Empty)), (1, gen));

    /// <summary>A place, sometimes possessive or with a region word after it.</summary>
    public static readonly Gen<string> Place = Gen.Frequency(
        (6, Pick(Places)),
        (1, Pick(Places).Select(p => p + "'s")),
        (1, Pick(Places).Select(p => p + "\u2019s")),
        (1, Pick(Places).Select(p => p + " region")));

    /// <summary>Who speaks: a name, title and name, body, pronoun, description or possessive role.</summary>
    public static readonly Gen<string> Speaker = Gen.Frequency(
        (3, Pick(Names)),
        (3, Gen.Select(Pick(Titles), Pick(Names), (t, n) => t + " " + n)),
        (2, Pick(Bodies)),
        (2, Pick(Pronouns)),
        (2, Pick(Descriptions)),
        (2, Gen.Select(Pick(Owners), Pick(Roles), (o, r) => o + " " + r)),
        (1, Gen.Select(Pick(Names), Pick(Titles), (n, t) => n + ", " + t + ",")),
        (1, Gen.Select(Pick(Names), Pick(Roles), (n, r) => n + " (" + r + ")")));

    /// <summary>A clause: an actor, an event verb, maybe an object, maybe a place before or after; or a neutral clause.</summary>
    public static readonly Gen<string> Clause = Gen.Frequency(
        (5, Gen.Select(Pick(Actors), Pick(Verbs), Maybe(Pick(Objects)), Maybe(Gen.Select(Pick(Prepositions), Place, (p, q) => p + " " + q)), Maybe(Place),
            (actor, verb, obj, where, bare) => Join(actor, verb, obj, bare, where))),
        (3, Gen.Select(Pick(Actors), Pick(Verbs), (actor, verb) => Join(actor, verb))),
        (2, Gen.Select(Pick(Actors), Pick(Verbs), Pick(Prepositions), Place, (actor, verb, preposition, place) => Join(actor, verb, preposition, place))),
        (2, Gen.Select(Place, Pick(Actors), Pick(Verbs), Maybe(Pick(Objects)), (place, actor, verb, obj) => Join("In " + place + ",", actor, verb, obj))),
        (1, Gen.Select(Place, Pick(Verbs), (place, verb) => Join(place, verb))),
        (2, Pick(Neutral)),
        (2, Gen.Select(Place, Pick(Appositions), Pick(Passives), Pick(OwnLocations), (p, a, v, o) => Join(p + ",", a + ",", v, o))),
        (2, Gen.Select(Pick(Things), Gen.Bool, Pick(Passives), Pick(OwnLocations), (t, comma, v, o) => Join(comma ? t + "," : t, v, o))),
        (1, Gen.Select(Pick(Actors), Pick(Verbs), Place, Pick(Actors), Pick(Verbs), Place,
            (a1, v1, p1, a2, v2, p2) => Join(a1, v1, p1 + ",", "while", a2, v2, p2))),
        (1, Gen.Select(Pick(Actors), Pick(Verbs), Place, (a, v, p) => Join(a, v, p, "\u2014", "the", "official", "said", "\u2014", "overnight")))
        );

    private static readonly Gen<string> End = Gen.Frequency((6, Gen.Const(".")), (1, Gen.Const("")), (1, Gen.Const("?")), (1, Gen.Const("!")), (1, Gen.Const("...")));

    private static readonly Gen<(string Open, string Close)> Quote = Gen.Int[0, QuoteMarks.Length - 1].Select(i => QuoteMarks[i]);

    /// <summary>One sentence in one of the shapes wire copy uses to attribute words or report events.</summary>
    public static readonly Gen<string> Sentence = Gen.Frequency(
        (3, Gen.Select(Speaker, Pick(CuesAfter), Quote, Clause, End, (s, c, q, x, e) => $"{s} {c}: {q.Open}{Capital(x)}{e}{q.Close}")),
        (3, Gen.Select(Speaker, Pick(CuesAfter), Clause, End, (s, c, x, e) => $"{Capital(s)} {c} that {x}{e}")),
        (3, Gen.Select(Quote, Clause, Speaker, Pick(CuesAfter), End, (q, x, s, c, e) => $"{q.Open}{Capital(x)},{q.Close} {s} {c}{e}")),
        (3, Gen.Select(Quote, Clause, Pick(CuesInverted), Speaker, End, (q, x, c, s, e) => $"{q.Open}{Capital(x)},{q.Close} {c} {s}{e}")),
        (3, Gen.Select(Quote, Clause, Speaker, Pick(CuesAfter), Clause, (q, x, s, c, y) => $"{q.Open}{Capital(x)},{q.Close} {s} {c}, {q.Open}{y}.{q.Close}")),
        (2, Gen.Select(Speaker, Clause, End, (s, x, e) => $"According to {s}, {x}{e}")),
        (2, Gen.Select(Clause, Speaker, End, (x, s, e) => $"{Capital(x)}, according to {s}{e}")),
        (4, Gen.Select(Clause, End, (x, e) => Capital(x) + e)),
        (2, Gen.Select(Quote, Clause, Speaker, Pick(CuesAfter), Place, (q, x, s, c, p) => $"{q.Open}{Capital(x)},{q.Close} {s} {c} of the fighting in {p}.")),
        (1, Gen.Select(Speaker, Pick(CuesAfter), Clause, Clause, (s, c, x, y) => $"{Capital(x)} \u2014 {s} {c} \u2014 {y}.")),
        (1, Gen.Select(Speaker, Pick(Roles), Pick(CuesAfter), Quote, Clause, (s, r, c, q, x) => $"{Capital(s)} ({r}) {c} {q.Open}{x}{q.Close}.")),
        (1, Gen.Select(Speaker, Pick(CuesAfter), Place, (s, c, p) => $"{Capital(s)} {c} in {p}.")),
        (2, Gen.Select(Clause, Place, Pick(Appositions), End, (x, p, a, e) => $"{Capital(x)} in {p}, {a}{e}")),
        (1, Gen.Select(Speaker, Pick(Owners), Place, (s, o, p) => $"{o} forces attacked {p}, {s} said.")),
        (1, Pick(["", ".", " . ", "\"\"", "\u201C\u201D", "\u2014", "()", "(", ",", "'s", "\"", "\u201C"])),
        (1, Gen.Select(Clause.Array[5, 40], x => Capital(string.Join(", and ", x)) + ".")),
        (1, Gen.Select(Speaker, Pick(CuesAfter), Quote, Clause.Array[2, 6], (s, c, q, x) => $"{s} {c}: {q.Open}{string.Join(". ", x.Select(Capital))}.")));

    /// <summary>A paragraph: sentences, sometimes behind a dateline or cut off at any character.</summary>
    public static readonly Gen<string> Paragraph = Gen.Frequency(
        (8, Sentence.Array[1, 4].Select(s => string.Join(' ', s))),
        (1, Gen.Select(Pick(Datelines), Sentence, (d, s) => d + s)),
        (1, Gen.Select(Sentence, Gen.Double[0, 1], (s, cut) => s[..(int)(s.Length * cut)])));

    private static readonly Gen<string> Break = Pick(["\n\n", "\n", "\r\n\r\n", " ", "\n\n\n"]);

    /// <summary>An article: paragraphs separated by paragraph or line breaks.</summary>
    public static readonly Gen<string> Article = Gen.Select(Paragraph.Array[0, 8], Break.Array[8], (paragraphs, breaks) =>
        string.Concat(paragraphs.Select((p, i) => i == 0 ? p : breaks[i % breaks.Length] + p)));

    private static string Join(params string[] words) => string.Join(' ', words.Where(w => w.Length > 0));

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
