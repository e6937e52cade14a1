using CsCheck;
using Truce.Claims.Attribution;

namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// <see cref="SpeakerRegistry.Spells"/> answers "no" before building its three spellings when the acronym holds a letter
/// that is not a capital, or more letters than the name has words and hyphenated parts. Those shortcuts must never change
/// an answer: the test holds the registry to the three spellings built in full, on generated names and acronyms.
/// </summary>
public sealed class AcronymSpellingShortcutTests
{
    private static readonly string[] Vocabulary =
    [
        "Sudanese", "Armed", "Forces", "Inter-Services", "Public", "Relations", "of", "for", "and", "on", "in", "the",
        "Lasva's", "Red-Cross", "United", "Nations", "Mission", "war", "-", "", "Zelensky", "UN", "Ab-", "é", "Élite",
    ];

    private static readonly string[] Acronyms =
    [
        "SAF", "ISPR", "IPR", "UNMIL", "UNMiL", "Saf", "A", "", "-", "S-A-F", "RCL", "RC", "UNFE", "É", "ÉS", "SAFX", "ISPRZ",
    ];

    [Theory]
    [InlineData("Sudanese Armed Forces", "SAF", true)]
    [InlineData("Inter-Services Public Relations", "ISPR", true)]
    [InlineData("United Nations Mission in Lasva", "UNMIL", true)]
    [InlineData("Sudanese Armed Forces", "Saf", false)]
    [InlineData("Sudanese Armed", "SAF", false)]
    public void SpellsAnAcronymByItsInitials(string name, string acronym, bool spells) =>
        Assert.Equal(spells, SpeakerRegistry.Spells(name.Split(' '), acronym));

    [Fact]
    public void ShortcutsGiveTheAnswerOfTheFullSpellings()
    {
        var words = Gen.Int[0, Vocabulary.Length - 1].Select(i => Vocabulary[i]).Array[1, 7];
        var acronyms = Gen.OneOf(Gen.Int[0, Acronyms.Length - 1].Select(i => Acronyms[i]), Gen.Char["A-Za-z-"].Array[0, 6].Select(c => new string(c)));
        Gen.Select(words, acronyms).Sample((nameWords, acronym) =>
            SpeakerRegistry.Spells(nameWords, acronym) == FullSpellings(nameWords, acronym), iter: 20_000);
    }

    // The three spellings, as the registry builds them, with no shortcut.
    private static bool FullSpellings(IReadOnlyList<string> nameWords, string acronym)
    {
        var letters = acronym.Replace("-", "", StringComparison.Ordinal);
        string Initials(IEnumerable<string> words) =>
            string.Concat(words.Where(w => w.Length > 0 && char.IsUpper(w[0]) && !w.EndsWith("'s", StringComparison.Ordinal) && !w.EndsWith("\u2019s", StringComparison.Ordinal)).Select(w => w[0]));
        string[] joining = ["in", "of", "for", "and", "on"];
        return Initials(nameWords) == letters
            || Initials(nameWords.SelectMany(w => w.Split('-'))) == letters
            || string.Concat(nameWords.Select(w => joining.Contains(w) ? char.ToUpperInvariant(w[0]).ToString() : Initials([w]))) == letters;
    }
}
