using System.Text.RegularExpressions;
using CsCheck;
using Truce.Claims.Events;

namespace Truce.Claims.Tests.Events;

public sealed class LazyLoopsTests
{
    [Fact]
    public void ALazyLoopFromZeroBecomesNestedLazyOptionals() =>
        Assert.Equal("x (?:(?:a )(?:(?:a ))??)??b", LazyLoops.Unroll("x (?:a ){0,2}?b"));

    [Fact]
    public void ALazyLoopKeepsItsRequiredIterationsBeforeTheOptionalOnes() =>
        Assert.Equal("(?:a )(?:(?:a ))??b", LazyLoops.Unroll("(?:a ){1,2}?b"));

    [Theory]
    [InlineData(@"(?:a ){0,2}b")]
    [InlineData(@"[^,.;]{0,40}?b")]
    [InlineData(@"(?:a ){0,20}?b")]
    [InlineData(@"\((?:a )\){0,2}?b")]
    [InlineData(@"[(?:a ){0,2}?]b")]
    [InlineData(@"(?<n>a ){0,2}?b")]
    public void GreedyLoopsCharacterLoopsLongLoopsEscapesClassesAndNamedGroupsAreLeftAlone(string pattern) =>
        Assert.Equal(pattern, LazyLoops.Unroll(pattern));

    [Fact]
    public void AGroupWithANumberedCaptureIsRefusedBecauseCopiesWouldRenumberIt() =>
        Assert.Throws<ArgumentException>(() => LazyLoops.Unroll("(?:(a) ){0,2}?b"));

    [Fact]
    public void AnUnrolledPatternMatchesWhatTheLoopMatches()
    {
        // Interpreted both, on words of one and two letters: every count of iterations and every tie is tried.
        var loops = new[] { @"(?:x )?(?:\w+ ){0,3}?y\b", @"(?:\w+ ){1,3}?(?:y|xy)\b", @"a(?:[xy]+ ){0,4}?(?:y )?x", @"(?:x|y ){2,4}?yx" };
        Gen.Int[0, loops.Length - 1].Select(Gen.String[Gen.Char["xy "], 0, 24]).Sample((loop, text) =>
        {
            var original = new Regex(loops[loop], RegexOptions.CultureInvariant);
            var unrolled = new Regex(LazyLoops.Unroll(loops[loop]), RegexOptions.CultureInvariant);
            Assert.Equal(original.Matches(text).Select(m => (m.Index, m.Length)), unrolled.Matches(text).Select(m => (m.Index, m.Length)));
        }, iter: 2000);
    }
}
