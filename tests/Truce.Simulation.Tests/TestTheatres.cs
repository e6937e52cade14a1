using Truce.Simulation.Theatre;

namespace Truce.Simulation.Tests;

/// <summary>The bundled theatre, loaded once per test run (loading unions large polygons).</summary>
internal static class TestTheatres
{
    private static readonly Lazy<SimulationTheatre> Bundled = new(SimulationTheatre.FromGeoData);

    public static SimulationTheatre Default => Bundled.Value;

    public static SimulationTheatre ForDays(int days) => Default with { Days = days };

    /// <summary>The shared geo data folder: &lt;repository root&gt;/../shared/data/geo.</summary>
    public static string SharedGeoDirectory
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Truce.slnx")))
            {
                directory = directory.Parent;
            }

            if (directory?.Parent is null)
            {
                throw new InvalidOperationException("cannot find the repository root (the folder holding Truce.slnx) above " + AppContext.BaseDirectory);
            }

            return Path.Combine(directory.Parent.FullName, "shared", "data", "geo");
        }
    }
}
