using CsCheck;

namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A participle ("saying", "adding", "warning") after the comma that closes a clause says what that clause's subject said,
/// not what a person named in its object or in an apposition there said. Sentences written for the test.
/// </summary>
public sealed class ParticipleSubjectTests
{
    private static readonly string[] Subjects = ["Erdogan", "Macron", "Scholz", "Meloni"];

    private static readonly string[] Objects = ["the defence minister, Pavel Novak", "the army chief, General Jonas Lind", "his envoy, Maria Costa"];

    private static readonly string[] Verbs = ["met", "thanked", "received", "called"];

    private static readonly string[] Participles = ["saying", "adding", "warning"];

    [Fact]
    public void TheSubjectOfTheMainClauseSaysWhatTheParticipleReports()
    {
        var statement = Extract.Only("Putin met the chief of the General Staff, Valery Gerasimov, on Saturday, saying the army \"must keep advancing\".");
        Assert.Equal("Putin", statement.Speaker);
    }

    [Fact]
    public void AnApposedNameBeforeTheParticipleWithoutAClauseStillSpeaks()
    {
        var statement = Extract.Only("Kremlin spokesman Dmitry Peskov, speaking to reporters, said the talks were \"useful\".");
        Assert.Equal("Dmitry Peskov", statement.Speaker);
    }

    [Fact]
    public void NoNameInTheObjectTakesTheParticipleFromTheSubject()
    {
        Gen.Select(Gen.Int[0, Subjects.Length - 1], Gen.Int[0, Verbs.Length - 1], Gen.Int[0, Objects.Length - 1], Gen.Int[0, Participles.Length - 1])
            .Sample((s, v, o, p) =>
            {
                var text = $"{Subjects[s]} {Verbs[v]} {Objects[o]}, on Monday, {Participles[p]} the plan was \"the only way forward\".";
                return Extract.Only(text).Speaker == Subjects[s];
            });
    }
}
