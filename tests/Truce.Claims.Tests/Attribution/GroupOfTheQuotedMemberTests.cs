using CsCheck;

namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "the group said" with no body named before it means the group the person just quoted speaks for, as their role names it
/// ("Hamas official Bassem Naim"); a nationality in a role ("Israeli official") names no group. Sentences written for the test.
/// </summary>
public sealed class GroupOfTheQuotedMemberTests
{
    private static readonly string[] Groups = ["Hamas", "Hezbollah", "Taliban", "M23"];

    private static readonly string[] Roles = ["official", "spokesman", "leader", "commander"];

    private static readonly string[] Names = ["Karim Haddad", "Yusuf Nasser", "Omar Saleh"];

    [Fact]
    public void TheGroupIsTheBodyInTheQuotedOfficialsRole()
    {
        var report = Extract.From("Hezbollah official Hassan Fadlallah said the strikes were \"a provocation\". \"We will not disarm,\" the group said.");
        Assert.Equal("Hezbollah", report.Statements[^1].Speaker);
    }

    [Fact]
    public void ANationalityInTheRoleNamesNoGroup()
    {
        var report = Extract.From("Israeli official Avi Mizrahi said the talks were \"stalled\". \"We are not afraid,\" the group said.");
        Assert.NotEqual("Israeli", report.Statements[^1].Speaker);
    }

    [Fact]
    public void EveryGroupNamedInARoleIsWhomTheGroupMeans()
    {
        Gen.Select(Gen.Int[0, Groups.Length - 1], Gen.Int[0, Roles.Length - 1], Gen.Int[0, Names.Length - 1])
            .Sample((g, r, n) =>
            {
                var text = $"{Groups[g]} {Roles[r]} {Names[n]} said the ceasefire was \"fragile\". \"Our fighters are ready,\" the group said.";
                return Extract.From(text).Statements[^1].Speaker == Groups[g];
            });
    }
}
