using System.Reflection;
using System.Xml.Linq;
using Xunit;

namespace Truce.Cli.Tests.Architecture;

/// <summary>
/// The libraries at the bottom of Truce stand alone: the domain model, the tamper-evident log and the
/// news reader reference no other Truce project, neither in their project files nor in the compiled
/// assemblies (so no reference slips in through a shared build file either).
/// </summary>
public sealed class ProjectBoundaryTests
{
    [Theory]
    [InlineData("Truce.Domain")]
    [InlineData("Truce.Log")]
    [InlineData("Truce.Claims")]
    public void TheCompiledLibraryReferencesNoOtherTruceAssembly(string name)
    {
        var assembly = Assembly.Load(new AssemblyName(name));

        var truce = assembly.GetReferencedAssemblies().Select(reference => reference.Name!).Where(IsTruce);

        Assert.Empty(truce);
    }

    [Theory]
    [InlineData("Truce.Domain")]
    [InlineData("Truce.Log")]
    [InlineData("Truce.Claims")]
    public void TheProjectFileHasNoProjectReference(string name)
    {
        var project = XDocument.Load(Path.Combine(TruceProcess.RepositoryRoot(), "src", name, name + ".csproj"));

        Assert.Empty(project.Descendants("ProjectReference").Select(reference => (string?)reference.Attribute("Include")));
    }

    [Fact]
    public void TheCheckCanSeeAReferenceWhenThereIsOne()
    {
        // The CLI uses the domain; if the reflection check could not see references this would fail.
        var cli = typeof(Truce.Cli.Missions.MissionAgreement).Assembly;

        Assert.Contains("Truce.Domain", cli.GetReferencedAssemblies().Select(reference => reference.Name));
    }

    private static bool IsTruce(string name) => name.Equals("truce", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Truce.", StringComparison.Ordinal);
}
