using CsCheck;
using Truce.Claims.Events;
using Truce.Claims.Places;
using Truce.Claims.Text;

namespace Truce.Claims.Tests.Events;

/// <summary>
/// The event stage finds a sentence's mentions and a target's owner by binary search over mentions in text order, so its
/// work per sentence does not grow with the article. These tests hold both searches to the whole-article scans they
/// replace, on generated texts, and check the owner rule on sentences of its own.
/// </summary>
public sealed class BoundedPlaceSearchTests
{
    private static readonly GazetteerEntry Town = new("Testville", 1, "UA", 50.0, 36.0, PlaceKind.City, 20_000, "UA-63");

    // Pieces that the owner gap may or may not hold: space runs, quotes, prepositions, a "with" phrase, and stops.
    private static readonly string[] Pieces =
    [
        " ", "   ", "\n\n", "\"", "\u201C", "\u201D", "on", "against", "at", "across", "the", "outskirts", "of", "with", "heavy", "guns",
        "front-line", "strikes", ",", ".", ";", "(", "said", "Testville", "Testville's", "Testville\u2019s", "Testville'", "-",
    ];

    /// <summary>A text of pieces joined by spaces, with a mention on every "Testville", in text order.</summary>
    private static (string Text, List<PlaceMention> Mentions) Build(int[] pieces)
    {
        var text = new System.Text.StringBuilder();
        var mentions = new List<PlaceMention>();
        foreach (var piece in pieces.Select(i => Pieces[i]))
        {
            if (piece.StartsWith("Testville", StringComparison.Ordinal))
            {
                mentions.Add(new PlaceMention(Town, new TextSpan(text.Length, text.Length + "Testville".Length)));
            }

            text.Append(piece).Append(' ');
        }

        return (text.ToString(), mentions);
    }

    [Fact]
    public void TheOwnerFoundUpToTheFirstStopIsTheOwnerTheWholeScanFinds()
    {
        Gen.Select(Gen.Int[0, Pieces.Length - 1].Array[0, 40], Gen.Int[0, 400]).Sample((pieces, at) =>
        {
            var (text, mentions) = Build(pieces);
            var verbEnd = Math.Min(at, text.Length);
            Assert.Same(EventFinder.TargetOwner(text, verbEnd, mentions, false), EventFinder.TargetOwner(text, verbEnd, mentions, true));
        }, iter: 5000);
    }

    [Fact]
    public void TheMentionsFoundByBinarySearchAreThoseTheWholeScanFindsInTheSameOrder()
    {
        Gen.Select(Gen.Int[0, Pieces.Length - 1].Array[0, 40], Gen.Int[0, 400], Gen.Int[0, 400]).Sample((pieces, a, b) =>
        {
            var (text, mentions) = Build(pieces);
            var sentence = new TextSpan(Math.Min(Math.Min(a, b), text.Length), Math.Min(Math.Max(a, b), text.Length));
            var scanned = mentions.Where(p => p.Span.Start >= sentence.Start && p.Span.End <= sentence.End).ToList();
            Assert.Equal(scanned, EventFinder.PlacesWithin(mentions, sentence));
        }, iter: 5000);
    }

    [Fact]
    public void APossessivePlaceRightAfterTheVerbOwnsTheTarget()
    {
        const string text = "struck \u201Con Testville's depots";
        var owner = new PlaceMention(Town, new TextSpan(text.IndexOf("Testville", StringComparison.Ordinal), text.IndexOf('\'', StringComparison.Ordinal)));

        Assert.Same(owner, EventFinder.TargetOwner(text, "struck".Length, [owner], true));
    }

    [Fact]
    public void APossessivePlacePastACommaDoesNotOwnTheTarget()
    {
        const string text = "struck a depot, Testville's governor said";
        var mention = new PlaceMention(Town, new TextSpan(text.IndexOf("Testville", StringComparison.Ordinal), text.IndexOf('\'', StringComparison.Ordinal)));

        Assert.Null(EventFinder.TargetOwner(text, "struck".Length, [mention], true));
    }

    [Fact]
    public void APlaceWithoutAPossessiveDoesNotOwnTheTarget()
    {
        const string text = "struck on Testville depots";
        var mention = new PlaceMention(Town, new TextSpan(text.IndexOf("Testville", StringComparison.Ordinal), text.IndexOf(" depots", StringComparison.Ordinal)));

        Assert.Null(EventFinder.TargetOwner(text, "struck".Length, [mention], true));
    }

    [Fact]
    public void AMentionCrossingTheSentenceEndIsNotInTheSentence()
    {
        var inside = new PlaceMention(Town, new TextSpan(5, 14));
        var crossing = new PlaceMention(Town, new TextSpan(18, 27));

        Assert.Equal([inside], EventFinder.PlacesWithin([inside, crossing], new TextSpan(0, 20)));
    }
}
