namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "The junta said", "a statement from the junta information team said", "the negotiating team said": a ruling body, or a
/// team that speaks for one, is an organisation that speaks. Round 19 found a military government's statements dropped.
/// Sentences written for the test.
/// </summary>
public sealed class BodyNounTests
{
    [Theory]
    [InlineData("The junta said the truce would last until the end of the month.", "junta")]
    [InlineData("A statement from the junta information team on Tuesday said the truce would last until the end of the month.", "junta information team")]
    [InlineData("Ukraine's negotiating team said the truce would last until the end of the month.", "Ukraine's negotiating team")]
    public void TheBodySpeaks(string sentence, string speaker)
    {
        var statement = Extract.Only(sentence);
        Assert.Equal((speaker, "the truce would last until the end of the month"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void WhatKindOfGroupItIsIsNoPartOfItsName()
    {
        var statement = Extract.Only("The paramilitary Rapid Support Forces (RSF) said it had agreed to a humanitarian truce proposed by mediators.");
        Assert.Equal("Rapid Support Forces", statement.Speaker);
    }

    [Theory]
    [InlineData("With millions displaced, the U.N. has called the conflict \"one of the most complex crises on Earth.\"", "U.N.")]
    [InlineData("The U.S. has called the strikes \"a grave violation of the truce.\"", "U.S.")]
    public void ADottedAcronymKeepsItsLastFullStop(string sentence, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(sentence).Speaker);
    }
}
