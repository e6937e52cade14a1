using System.Text;
using CsCheck;

namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Generates short articles in which a cast of people and bodies is introduced the way wire copy introduces them (title and
/// name, name and apposition, role then name, a narrated first mention, a body's full name with or without its article) and
/// referred back to in later paragraphs in the forms wire copy uses (surname, courtesy title and surname, title and surname,
/// role, pronoun right after the person spoke, a body's head noun, short name or acronym, "it"). Each statement's expected
/// speaker follows the corpus README: the full name as first given, a body's name as first given in full without "the".
/// Names are invented so that no gazetteer place or listed public figure interferes; every role, head noun and surname is
/// unique within an article, so every back-reference has exactly one right answer.
/// </summary>
internal static class WireCopyCast
{
    /// <summary>A generated article and the speaker of each of its statements, in text order.</summary>
    internal sealed record Article(string Text, IReadOnlyList<string> Speakers)
    {
        public override string ToString() => Text + "\n--- expected: " + string.Join(" | ", Speakers);
    }

    private sealed record Person(string Given, string Surname, bool Female, string Nation, string Country, string Role, string Title)
    {
        public string Head => Role[(Role.LastIndexOf(' ') + 1)..];

        public string Full => Given + " " + Surname;
    }

    // A body with its full name as first written, the short forms copy uses later and whether "the" goes before the full name.
    private sealed record Body(string Full, bool Article, string[] ShortForms);

    private static readonly (string Given, bool Female)[] Given =
    [
        ("Janis", false), ("Tomas", false), ("Aivar", false), ("Rasmus", false), ("Henrik", false),
        ("Marta", true), ("Liina", true), ("Daina", true), ("Vilma", true), ("Laura", true),
    ];

    private static readonly string[] Surnames = ["Kalnins", "Ozolins", "Lepik", "Vitols", "Sirel", "Rebane", "Tamsalu", "Berzina"];

    // Each nationality with its country, for the possessive form of a role ("Latvia's foreign minister").
    private static readonly (string Adjective, string Country)[] Nations =
    [
        ("Latvian", "Latvia"), ("Estonian", "Estonia"), ("Finnish", "Finland"), ("Danish", "Denmark"), ("Lithuanian", "Lithuania"),
    ];

    // The role as written after "the" and the same role as a title before a name.
    private static readonly (string Role, string Title)[] Roles =
    [
        ("foreign minister", "Foreign Minister"), ("defence minister", "Defence Minister"), ("chief negotiator", "chief negotiator"),
        ("army spokesman", "army spokesman"), ("interior minister", "Interior Minister"),
    ];

    private static readonly Body[] Bodies =
    [
        new("Latvian Defence Ministry", true, ["the ministry", "the Defence Ministry"]),
        new("Estonia's General Staff", false, ["the General Staff"]),
        new("General Staff of the Finnish Defence Forces", true, ["the General Staff"]),
        new("Lithuania's Interior Ministry", false, ["the ministry", "the Interior Ministry"]),
        new("Nordic Monitoring Agency", true, ["the agency", "NMA"]),
        new("Kremlin", true, ["the Kremlin"]),
    ];

    private static readonly string[] Quotes =
    [
        "The talks were useful", "Nothing has been signed yet", "We will hold the line", "The next round is planned for June",
        "There is no deal without guarantees", "Our position has not changed",
    ];

    private static readonly string[] Clauses =
    [
        "the talks had been useful", "no document had been signed", "the next round would start in June",
        "the guarantees were not enough", "its position had not changed",
    ];

    /// <summary>Articles of two people and one or two bodies, each introduced once and referred back to one to four times.</summary>
    public static readonly Gen<Article> Articles = Gen.Int[0, 1000].Array[40].Select(Build);

    private static Article Build(int[] choices)
    {
        var next = 0;
        int Pick(int count) => choices[next++ % choices.Length] % count;

        var given = Enumerable.Range(0, Given.Length).OrderBy(_ => Pick(1000)).Take(2).Select(i => Given[i]).ToList();
        var surnames = Enumerable.Range(0, Surnames.Length).OrderBy(_ => Pick(1000)).Take(2).Select(i => Surnames[i]).ToList();
        var nations = Enumerable.Range(0, Nations.Length).OrderBy(_ => Pick(1000)).Take(2).Select(i => Nations[i]).ToList();
        var roles = Enumerable.Range(0, Roles.Length).OrderBy(_ => Pick(1000)).Take(2).Select(i => Roles[i]).ToList();
        var people = Enumerable.Range(0, 2)
            .Select(i => new Person(given[i].Given, surnames[i], given[i].Female, nations[i].Adjective, nations[i].Country, roles[i].Role, roles[i].Title)).ToList();
        // Bodies whose short forms differ, so that "the ministry" has one answer.
        var bodies = new List<Body>();
        foreach (var body in Enumerable.Range(0, Bodies.Length).OrderBy(_ => Pick(1000)).Select(i => Bodies[i]))
        {
            if (!bodies.Any(b => b.ShortForms.Intersect(body.ShortForms).Any()))
            {
                bodies.Add(body);
            }
        }

        bodies = bodies.Take(1 + Pick(2)).ToList();

        // Every entity is introduced before it is referred back to; the order of entities and references is drawn.
        var cast = people.Cast<object>().Concat(bodies).ToList();
        var events = new List<(object Entity, bool Intro)>();
        var introduced = new HashSet<object>();
        var references = 3 + Pick(4);
        while (introduced.Count < cast.Count || references > 0)
        {
            // Once the references are spent, the entities not yet introduced come in turn: the choices are a cycle of 40
            // draws, which may never land on one of them.
            var entity = references > 0 ? cast[Pick(cast.Count)] : cast.First(e => !introduced.Contains(e));
            if (introduced.Add(entity))
            {
                events.Add((entity, true));
            }
            else if (references > 0)
            {
                events.Add((entity, false));
                references--;
            }
        }

        var text = new StringBuilder("Talks on the ceasefire resumed on Monday.\n\n");
        var speakers = new List<string>();
        object? previous = null;
        foreach (var (entity, intro) in events)
        {
            var quote = Quotes[Pick(Quotes.Length)];
            var clause = Clauses[Pick(Clauses.Length)];
            switch (entity)
            {
                case Person person when intro:
                    if (Pick(4) == 3)
                    {
                        // A narrated first mention: no statement, only the name the later references go back to.
                        text.Append(Pick(3) switch
                        {
                            0 => person.Full + ", the " + person.Nation + " " + person.Role + ", arrived for the talks on Monday.",
                            1 => person.Nation + " " + person.Title + " " + person.Full + " arrived for the talks on Monday.",
                            _ => "The delegation was led by " + person.Country + "'s " + person.Role + ", " + person.Full + ".",
                        }).Append("\n\n");
                        previous = null;
                        continue;
                    }

                    text.Append(PersonIntro(person, quote, clause, Pick(7)));
                    speakers.Add(person.Full);
                    break;
                case Person person:
                    var form = Pick(previous == entity ? 11 : 10);
                    if (form == 9 && people.Count(p => p.Head == person.Head) > 1)
                    {
                        form = 3;
                    }

                    text.Append(PersonReference(person, quote, clause, form));
                    speakers.Add(person.Full);
                    break;
                case Body body when intro:
                    var full = (body.Article ? "the " : "") + body.Full;
                    if (Pick(4) == 3)
                    {
                        // A body first named as the object of the narration.
                        text.Append("Maps released by " + full + " showed the new line.\n\n");
                        previous = null;
                        continue;
                    }

                    text.Append(Pick(3) switch
                    {
                        0 => Capitalised(full) + " said " + clause + ".",
                        1 => "\u201C" + quote + ",\u201D " + full + " said in a statement.",
                        _ => "In a statement, " + full + " said " + clause + ".",
                    });
                    speakers.Add(body.Full);
                    break;
                case Body body:
                    var reference = previous == entity && Pick(2) == 0 ? "it" : body.ShortForms[Pick(body.ShortForms.Length)];
                    text.Append("\u201C" + quote + ",\u201D " + reference + " said.");
                    speakers.Add(body.Full);
                    break;
            }

            previous = entity;
            text.Append("\n\n");
        }

        return new Article(text.ToString(), speakers);
    }

    private static string PersonIntro(Person p, string quote, string clause, int form) => form switch
    {
        0 => p.Nation + " " + p.Title + " " + p.Full + " said " + clause + ".",
        1 => "\u201C" + quote + ",\u201D said " + p.Full + ", the " + p.Nation + " " + p.Role + ".",
        2 => p.Full + ", the " + p.Nation + " " + p.Role + ", told reporters " + clause + ".",
        3 => "The " + p.Nation + " " + p.Role + ", " + p.Full + ", said " + clause + ".",
        4 => p.Country + "'s " + p.Role + ", " + p.Full + ", said " + clause + ".",
        5 => p.Country + "'s " + p.Role + " " + p.Full + " said " + clause + ".",
        _ => "\u201C" + quote + ",\u201D " + p.Nation + " " + p.Title + " " + p.Full + " told reporters.",
    };

    private static string PersonReference(Person p, string quote, string clause, int form) => form switch
    {
        0 => "\u201C" + quote + ",\u201D " + p.Surname + " said.",
        1 => p.Surname + " said " + clause + ".",
        2 => "\u201C" + quote + ",\u201D " + (p.Female ? "Ms " : "Mr ") + p.Surname + " said.",
        3 => "\u201C" + quote + ",\u201D the " + p.Nation + " " + p.Role + " said.",
        4 => Capitalised(p.Title) + " " + p.Surname + " said " + clause + ".",
        5 => "\u201C" + quote + ",\u201D said " + p.Surname + ".",
        6 => "\u201C" + quote + ",\u201D said the " + p.Nation + " " + p.Role + ".",
        7 => p.Surname + ", the " + p.Nation + " " + p.Role + ", said " + clause + ".",
        8 => "\u201C" + quote + ",\u201D " + (p.Female ? "Ms. " : "Mr. ") + p.Surname + " said.",
        9 => "\u201C" + quote + ",\u201D the " + p.Head + " said.",
        _ => "\u201C" + quote + ",\u201D " + (p.Female ? "she" : "he") + " added.",
    };

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
