namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "X declined to comment on …, saying only that …": a speaker who declines one question still reports what follows
/// "saying", in sentences written for the test.
/// </summary>
public sealed class DecliningSpeakerTests
{
    [Theory]
    [InlineData("Foreign Ministry spokesman Ivo Marek declined to comment on the losses, saying only that the minister had been informed.", "Ivo Marek")]
    [InlineData("The defence ministry declined to give figures, saying that the operation was still under way.", "defence ministry")]
    public void WhatFollowsSayingIsReportedByTheOneWhoDeclined(string sentence, string speaker)
    {
        var statement = Extract.Only("Front notes\n\n" + sentence);
        Assert.Contains(speaker, statement.Speaker, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("saying", statement.Cue);
    }

    [Fact]
    public void DecliningWithoutSayingAnythingIsNoStatement()
    {
        var statements = Extract.From("Front notes\n\nForeign Ministry spokesman Ivo Marek declined to comment on the losses.").Statements;
        Assert.Empty(statements);
    }
}
