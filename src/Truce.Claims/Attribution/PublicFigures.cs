using System.Collections.Concurrent;
using Truce.Claims.Places;

namespace Truce.Claims.Attribution;

/// <summary>
/// The public figures of 2025 ceasefire reporting (Attribution/data/public_figures.csv): who a name is, so that a role
/// the article never gave them ("Emmanuel Macron said … The French president added …") and a pronoun for a name
/// whose gender its spelling does not show ("Maly Socheata … she said") still find them.
/// </summary>
public static class PublicFigures
{
    private static readonly Lazy<List<PublicFigure>> Table = new(Load);

    // Each figure with the folded stem of its surname, computed once: Find runs for every pronoun and role an article resolves.
    private static readonly Lazy<List<(PublicFigure Figure, string Stem)>> Stems =
        new(() => Table.Value.Select(f => (f, Stem(f.NameWords[^1]))).ToList());

    // Names repeat within and across articles, and Find runs for name pairs at sentence starts, pronouns and roles: an
    // answer is worked out once per distinct name (bounded, so a long-running process cannot grow it without end).
    private static readonly ConcurrentDictionary<string, PublicFigure?> Answers = new(StringComparer.Ordinal);

    private const int MaxAnswers = 100_000;

    /// <summary>Every figure in the table, in file order.</summary>
    public static IReadOnlyList<PublicFigure> All => Table.Value;

    /// <summary>
    /// The figure a speaker's name is: the full name as listed, a transliteration of it ("Zelensky" for "Zelenskyy"), with
    /// the same initial when a first name is written ("Andriy" or "Andrii" Sybiha), or a surname alone when only one
    /// figure bears it. Null for anyone not listed.
    /// </summary>
    public static PublicFigure? Find(string name)
    {
        if (Answers.TryGetValue(name, out var known))
        {
            return known;
        }

        if (Answers.Count >= MaxAnswers)
        {
            Answers.Clear();
        }

        return Answers[name] = Look(name);
    }

    private static PublicFigure? Look(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var exact = All.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var surname = Stem(words[^1]);
        var bearers = Stems.Value.Where(s => s.Stem == surname).Select(s => s.Figure).ToList();
        if (words.Length == 1)
        {
            return bearers.Count == 1 ? bearers[0] : null;
        }

        var matching = bearers.Where(f => char.ToUpperInvariant(f.NameWords[0][0]) == char.ToUpperInvariant(words[0][0])).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }

    // Wire services spell one surname several ways: "Zelenskyy", "Zelensky", "Zelenskiy"; "Syrskyi", "Syrsky"; "Erdogan",
    // "Erdoğan". Short stems ("Hun", "Kim") are kept whole.
    private static string Stem(string surname)
    {
        var folded = Fold(surname);
        var stem = folded.TrimEnd('y', 'i');
        return stem.Length >= 4 ? stem : folded;
    }

    // Lower case without the accents wire services drop ("Erdoğan", "António"); a table, since the runtime may run without
    // the globalization data Unicode normalization needs.
    private static string Fold(string word) =>
        string.Concat(word.ToLowerInvariant().Select(c => Plain.GetValueOrDefault(c, c)));

    private static readonly Dictionary<char, char> Plain = new()
    {
        ['ğ'] = 'g',
        ['ş'] = 's',
        ['ç'] = 'c',
        ['ö'] = 'o',
        ['ü'] = 'u',
        ['ı'] = 'i',
        ['é'] = 'e',
        ['è'] = 'e',
        ['á'] = 'a',
        ['à'] = 'a',
        ['ó'] = 'o',
        ['ô'] = 'o',
        ['í'] = 'i',
        ['ú'] = 'u',
        ['ñ'] = 'n',
        ['ã'] = 'a',
        ['ä'] = 'a',
        ['ë'] = 'e',
    };

    private static List<PublicFigure> Load()
    {
        using var stream = typeof(PublicFigures).Assembly.GetManifestResourceStream("Truce.Claims.Attribution.public_figures.csv")
            ?? throw new InvalidOperationException("embedded file public_figures.csv is missing from the build");
        using var reader = new StreamReader(stream);
        return CsvRows.Read(reader).Select(row => new PublicFigure(
            row["name"],
            row["gender"] switch
            {
                "male" => PersonGender.Male,
                "female" => PersonGender.Female,
                var other => throw new InvalidOperationException($"public_figures.csv: gender '{other}' for {row["name"]} is neither male nor female"),
            },
            row["country"],
            row["roles"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList();
    }
}
