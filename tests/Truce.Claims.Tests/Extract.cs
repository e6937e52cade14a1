using Truce.Claims.Attribution;
using Truce.Claims.Parties;
using Truce.Claims.Places;

namespace Truce.Claims.Tests;

/// <summary>Runs the extractor with the Russia/Ukraine aliases a test names, on text the test writes.</summary>
internal static class Extract
{
    private static readonly ClaimsExtractor Default = new(Gazetteer.Default, PartyAliases.RussiaUkraineDefaults);

    public static ClaimsReport From(string text) => Default.Extract(text, "test", "2025-03-13");

    /// <summary>The one statement <paramref name="text"/> holds; fails the test if it holds none or several.</summary>
    public static Statement Only(string text) => Assert.Single(From(text).Statements);

    /// <summary>Each event of <paramref name="text"/> with its place decision: the candidate places, their relations and the choice.</summary>
    public static IReadOnlyList<(Truce.Claims.Events.EventClaim Event, Truce.Claims.Events.PlaceChoice Place)> Places(string text) => Default.ExplainPlaces(text);

    /// <summary>The place decision of the one event <paramref name="text"/> holds; fails the test if it holds none or several.</summary>
    public static Truce.Claims.Events.PlaceChoice OnlyPlace(string text) => Assert.Single(Places(text)).Place;

    /// <summary>Every action word of <paramref name="text"/> with its reading: asserted, or the reason it only mentions the action.</summary>
    public static IReadOnlyList<Truce.Claims.Events.ActionReading> Actions(string text) => Default.ExplainActions(text);

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Truce.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("no Truce.slnx above " + AppContext.BaseDirectory);
    }

    public static string Corpus(string set) => Path.Combine(RepositoryRoot(), "tests", "Truce.Claims.Tests", "Corpus", set);

    private static readonly Lazy<string[]> Sentences = new(() => [.. Directory.GetDirectories(Path.Combine(Corpus("dev"), ".."))
        .SelectMany(d => Directory.GetFiles(d, "*.*"))
        .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
        .Select(f => Truce.Claims.Text.ArticleReader.Read(File.ReadAllBytes(f), f).Article)
        .OfType<Truce.Claims.Text.ArticleText>()
        .SelectMany(a => { var layout = new Truce.Claims.Text.ArticleLayout(a.Text); return layout.Sentences.Select(layout.Slice); })]);

    /// <summary>Every sentence of every corpus article, as the extractor cuts them: real-shaped input for equivalence checks.</summary>
    public static string[] CorpusSentences() => Sentences.Value;
}
