using Truce.Log.Merkle;
using Xunit;

namespace Truce.Log.Tests;

public sealed class LibraryBoundaryTests
{
    [Fact]
    public void TheLogLibraryReferencesNoOtherTruceProject()
    {
        var references = typeof(MerkleTree).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("NSec.Cryptography", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Truce.", StringComparison.Ordinal));
    }
}
