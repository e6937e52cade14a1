using System.Text.Json;

namespace Truce.Claims.Scoring;

/// <summary>
/// A hand annotation of one article: each attributed statement (its speaker and a snippet of its
/// words), the gazetteer names of the places it names, and the claimed events (claimant, action
/// lemma, place). See the corpus README for the annotation rules.
/// </summary>
public sealed record GoldArticle(
    IReadOnlyList<GoldStatement> Statements,
    IReadOnlyList<string> Places,
    IReadOnlyList<GoldEvent> Events)
{
    public static GoldArticle Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var statements = root.GetProperty("statements").EnumerateArray()
            .Select(s => new GoldStatement(s.GetProperty("speaker").GetString()!, s.GetProperty("quote").GetString()!)).ToList();
        var places = root.GetProperty("places").EnumerateArray().Select(p => p.GetString()!).ToList();
        var events = root.GetProperty("events").EnumerateArray()
            .Select(e => new GoldEvent(e.GetProperty("claimant").GetString(), e.GetProperty("action").GetString()!, e.GetProperty("place").GetString()))
            .ToList();
        return new GoldArticle(statements, places, events);
    }
}
