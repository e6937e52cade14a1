using CsCheck;

namespace Truce.Claims.Tests.Text;

public sealed class ScratchDebug
{
    [Fact]
    public void Dump()
    {
        var seed = Environment.GetEnvironmentVariable("DUMP_SEED")!;
        var which = Environment.GetEnvironmentVariable("DUMP_GEN");
        var gen = which == "ld" ? NewsPageGrammar.LinkedDataPage : NewsPageGrammar.Page;
        gen.Sample(page => File.WriteAllText($"/tmp/red/seed-{seed}.html", page.Html), seed: seed, iter: 1, threads: 1);
    }
}
