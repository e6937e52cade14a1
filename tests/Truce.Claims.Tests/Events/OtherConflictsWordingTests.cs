namespace Truce.Claims.Tests.Events;

/// <summary>
/// Wordings of ceasefire reporting outside Ukraine (Gaza, Lebanon, Iran, eastern Congo) that wire copy uses again and
/// again: shooting at people or at troops, the toll of strikes already told, a target described by its fate, a time
/// clause that brings in another speaker, and counts given as "at least". Sentences written for the test; expected
/// values worked out by hand from the README's rules.
/// </summary>
public sealed class OtherConflictsWordingTests
{
    [Theory]
    [InlineData("Health officials said soldiers fired on people waiting for aid trucks near Khan Younis.")]
    [InlineData("Witnesses said troops opened fire on protesters at a checkpoint outside Nablus.")]
    [InlineData("The army said it had fired at suspects who crossed the line near Rafah.")]
    [InlineData("Police opened fire on a crowd of mourners in Jenin, residents said.")]
    public void ShootingAtCiviliansIsNoShellingOfAPlace(string text)
    {
        Assert.DoesNotContain(Extract.From(text).Events, e => e.Action == "shell");
    }

    [Theory]
    [InlineData("The army said gunmen opened fire at troops operating near Rafah.")]
    [InlineData("The military said militants fired on an army patrol near Rafah.")]
    [InlineData("The army said gunmen had opened fire on its forces near Rafah earlier in the day.")]
    [InlineData("The army said militants opened fire at a border guard military base near Rafah.")]
    [InlineData("The army said militants opened fire toward an army outpost near Rafah.")]
    public void ShootingAtTroopsIsAnAttack(string text)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", "Rafaḩ"), (claim.Action, claim.Place));
    }

    [Fact]
    public void FiringOnATownIsStillShelling()
    {
        var claim = Assert.Single(Extract.From("Russian forces fired on Nikopol overnight, the governor said.").Events);
        Assert.Equal(("shell", "Nikopol"), (claim.Action, claim.Place));
    }

    [Fact]
    public void TheTollOfStrikesAlreadyToldIsNoNewStrike()
    {
        var report = Extract.From("Israeli jets struck targets across the Gaza Strip on Sunday.\n\nHospital officials said 30 people were killed in the strikes, including children.");
        var claim = Assert.Single(report.Events);
        Assert.Equal(("strike", "Gaza Strip"), (claim.Action, claim.Place));
    }

    [Fact]
    public void PeopleKilledInStrikesNamedForTheFirstTimeAreAStrike()
    {
        var claim = Assert.Single(Extract.From("Hospital officials said 30 people were killed in the strikes on Khan Younis.").Events);
        Assert.Equal(("strike", "Khān Yūnis"), (claim.Action, claim.Place));
    }

    [Fact]
    public void TheTollOfAStrikeToldForTheFirstTimeIsAStrike()
    {
        var claim = Assert.Single(Extract.From("Five people were killed in Israeli strikes, hospital officials in Gaza said.").Events);
        Assert.Equal("strike", claim.Action);
    }

    [Theory]
    [InlineData("In Beersheba, residents of the hit building searched the rubble for belongings.")]
    [InlineData("Rescuers pulled two people from the struck apartment block in Dnipro.")]
    public void ATargetDescribedByItsFateIsNoNewStrike(string text)
    {
        Assert.Empty(Extract.From(text).Events);
    }

    [Fact]
    public void TheHitOnADepotIsStillAStrike()
    {
        var claim = Assert.Single(Extract.From("Ukrainian drones hit the fuel depot in Tuapse, the governor said.").Events);
        Assert.Equal(("strike", "Tuapse"), (claim.Action, claim.Place));
    }

    [Fact]
    public void AReportTheTimeClauseBringsInDoesNotLocateTheMainAction()
    {
        var claim = Assert.Single(Extract.From("Israel launched airstrikes across the Gaza Strip on Sunday after it said militants had killed two soldiers in Rafah.").Events);
        Assert.Equal(("strike", "Gaza Strip"), (claim.Action, claim.Place));
    }

    [Fact]
    public void AnActionBeforeAnAnnouncementKeepsItsOwnPlace()
    {
        var claim = Extract.From("The army struck targets in southern Lebanon before announcing that it had hit a depot in Tyre.").Events[0];
        Assert.Equal(("strike", "Lebanon"), (claim.Action, claim.Place));
    }

    [Theory]
    [InlineData("Iran launched at least six waves of missiles at Israel overnight.", "Israel")]
    [InlineData("Hezbollah fired at least 20 rockets at Haifa on Monday.", "Haifa")]
    [InlineData("Russia launched up to 40 drones at Odesa, officials said.", "Odesa")]
    public void AtLeastACountOfMissilesLaunchedIsAnAttack(string text, string place)
    {
        var claim = Assert.Single(Extract.From(text).Events);
        Assert.Equal(("attack", place), (claim.Action, claim.Place));
    }

    [Fact]
    public void AnArmySayingItWasTargetingDepotsClaimsAStrike()
    {
        var claim = Assert.Single(Extract.From("The Israeli army said it was targeting weapons depots that Hezbollah used.").Events);
        Assert.Equal(("Israeli army", "strike"), (claim.Claimant, claim.Action));
    }

    [Fact]
    public void WhatASideIsTargetingInGeneralIsNoStrike()
    {
        Assert.Empty(Extract.From("\"The enemy knows exactly what it is targeting,\" the commander said.").Events);
    }

    [Fact]
    public void LaunchingAssaultsAlongTheFrontIsAnAttack()
    {
        var report = Extract.From("Zelenskyy said Russian forces had broken the truce, launching assaults along the front.");
        var claim = Assert.Single(report.Events);
        Assert.Equal(("Zelenskyy", "attack"), (claim.Claimant, claim.Action));
    }

    [Fact]
    public void UnitsPullingBackIsAWithdrawal()
    {
        var claim = Assert.Single(Extract.From("The commander said units in the Kursk region were pulling back to better defensive lines.").Events);
        Assert.Equal(("withdraw", "Kursk Oblast"), (claim.Action, claim.Place));
    }

    [Fact]
    public void PullingBackAsANounIsNoWithdrawal()
    {
        Assert.Empty(Extract.From("Pulling back from Kupiansk would cost the army its best positions, the analyst said.").Events);
    }

    [Fact]
    public void ASectorNamedOnTheFrontLocatesTheAttacks()
    {
        var claim = Assert.Single(Extract.From("On the Kupiansk front, Russian troops had attacked Ukrainian positions 11 times, the General Staff said.").Events);
        Assert.Equal(("attack", "Kupiansk"), (claim.Action, claim.Place));
    }

    [Fact]
    public void ATownNamedOnTheTelevisionNewsLocatesNothing()
    {
        var claim = Assert.Single(Extract.From("Speaking on the Kyiv evening news, the minister said Russian troops had attacked positions in the east.").Events);
        Assert.Null(claim.Place);
    }

    [Fact]
    public void TheMainClauseAfterARelativeReportIsTheArticlesOwn()
    {
        var report = Extract.From("The rebels, which Kinshasa says are backed by Rwanda, seized Goma in January.");
        var claim = Assert.Single(report.Events);
        Assert.Equal(((string?)null, "capture", "Goma"), (claim.Claimant, claim.Action, claim.Place));
    }

    [Fact]
    public void AnActionInsideTheRelativeReportIsTheReportersClaim()
    {
        var report = Extract.From("Kinshasa, which says the rebels shelled Goma overnight, called for talks.");
        var claim = Assert.Single(report.Events);
        Assert.Equal(("shell", "Goma"), (claim.Action, claim.Place));
        Assert.NotNull(claim.Claimant);
    }

    [Fact]
    public void UsingDronesToBombATargetIsAStrike()
    {
        var claim = Assert.Single(Extract.From("The rebel spokesman accused the army of using drones to bomb villages near Goma.").Events);
        Assert.Equal(("strike", "Goma"), (claim.Action, claim.Place));
    }

    [Fact]
    public void DenyingUsingDronesToBombIsNoEvent()
    {
        Assert.Empty(Extract.From("The army denied using drones to bomb villages near Goma.").Events);
    }

    [Fact]
    public void AShipUnderAForeignFlagIsStruckWhereItLies()
    {
        var claim = Assert.Single(Extract.From("A Russian drone strike on Odesa's port damaged a tanker sailing under the flag of Panama, the governor said.").Events);
        Assert.Equal(("strike", "Odesa"), (claim.Action, claim.Place));
    }

    [Fact]
    public void RespondingToAttacksByTheArmyClaimsTheAttacks()
    {
        var claim = Assert.Single(Extract.From("The rebel spokesman said the group had been responding to attacks by government forces.").Events);
        Assert.Equal("attack", claim.Action);
    }

    [Fact]
    public void RespondingToAnyAttackIsNoEvent()
    {
        Assert.Empty(Extract.From("The army said it would keep responding to any attack on its positions.").Events);
    }

    [Fact]
    public void DetaineesDrivenBackIntoTheEnclaveAreNoWithdrawal()
    {
        Assert.Empty(Extract.From("More than 1,000 detainees were driven back into Gaza through the Kerem Shalom crossing.").Events);
    }

    [Fact]
    public void TroopsDrivenBackAreStillAWithdrawal()
    {
        var claim = Assert.Single(Extract.From("The ministry said Ukrainian troops were driven back towards Kupiansk.").Events);
        Assert.Equal("withdraw", claim.Action);
    }
}
