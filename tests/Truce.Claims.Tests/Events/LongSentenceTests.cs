using CsCheck;
using Truce.Claims.Events;
using Truce.Claims.Text;

namespace Truce.Claims.Tests.Events;

/// <summary>
/// EventFinder reads a sentence longer than <see cref="EventFinder.MaxSentenceLength"/> in pieces, so that the rules,
/// which look over the whole sentence for each action, cost time linear in the text rather than quadratic.
/// </summary>
public sealed class LongSentenceTests
{
    [Fact]
    public void PiecesOfALongSentenceTileItAreBoundedAndEndAfterASpace()
    {
        Gen.String[Gen.Char["ab  -"], 0, 9_000].Sample(text =>
        {
            var pieces = EventFinder.Bounded(text, new TextSpan(0, text.Length)).ToList();
            Assert.Equal(0, pieces[0].Start);
            Assert.Equal(text.Length, pieces[^1].End);
            Assert.All(pieces.Zip(pieces.Skip(1)), p => Assert.Equal(p.First.End, p.Second.Start));
            Assert.All(pieces, p => Assert.InRange(p.Length, 0, EventFinder.MaxSentenceLength));
            Assert.All(pieces.SkipLast(1), p => Assert.True(text[p.End - 1] == ' ' || !text.AsSpan(p.Start + 1, p.Length - 1).Contains(' ')));
        }, iter: 200);
    }

    [Fact]
    public void ASentenceUpToTheLimitIsOnePiece()
    {
        var sentence = new TextSpan(3, 3 + EventFinder.MaxSentenceLength);
        Assert.Equal([sentence], EventFinder.Bounded(new string('a', 3 + EventFinder.MaxSentenceLength), sentence));
    }

    [Fact]
    public void ActionsThroughoutAHugeRunOnSentenceAreEachFoundOnce()
    {
        // 4,000 clauses with no full stop: 4,000 shellings, each worked out on its own piece of the sentence.
        var text = string.Concat(Enumerable.Repeat("artillery shelled the village and ", 4_000)) + "the town.";
        var events = Extract.From(text).Events;
        Assert.Equal(4_000, events.Count(e => e.Action == "shell"));
        Assert.All(events, e => Assert.InRange(e.End - e.Start, 1, EventFinder.MaxSentenceLength));
    }
}
