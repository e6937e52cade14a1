using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Truce.Claims;
using Truce.Claims.Events;
using Truce.Claims.Parties;
using Truce.Claims.Places;

namespace Truce.Bench.Claims;

/// <summary>
/// Stress driver: runs <see cref="ClaimsExtractor.Extract"/> on families of hostile generated text (long runs of
/// capitalised words, long lists, many quotes, no punctuation, repeated tokens, hyphen chains, one sentence of
/// thousands of words, nested quotes, huge paragraphs) at 1x, 2x, 4x and 8x a base size, and prints the CPU time of
/// each, so super-linear growth shows as a ratio far above 2 between steps. Every regex runs with a match timeout
/// (REGEX_DEFAULT_MATCH_TIMEOUT, set before any regex is built) so a catastrophic pattern reports itself instead of
/// hanging. Then it samples random sentences of action words, as the removed property test did, and prints the
/// slowest for the per-lemma action regexes and for their single alternation.
/// </summary>
public static class ClaimsStress
{
    public static int Run(string[] args)
    {
        AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromSeconds(args.Contains("--no-timeout") ? 1000 : 5));
        var only = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var budget = TimeSpan.FromSeconds(20);
        var extractor = new ClaimsExtractor(Gazetteer.Default, PartyAliases.RussiaUkraineDefaults);
        extractor.Extract("Warm up. Zelensky said Russia shelled Kharkiv.");

        if (only is null or "random")
        {
            RandomSentences(args.Contains("--alternation"));
        }

        if (only == "generated")
        {
            GeneratedAgainstInterpreter();
            return 0;
        }

        foreach (var (name, make) in Families)
        {
            if (only is not null && only != name)
            {
                continue;
            }

            var previous = 0.0;
            var line = new StringBuilder($"{name,-22}");
            foreach (var scale in new[] { 1, 2, 4, 8 })
            {
                var text = make(scale);
                var cpu = CpuTime();
                var clock = Stopwatch.StartNew();
                string outcome;
                try
                {
                    var report = extractor.Extract(text);
                    outcome = $"{report.Statements.Count}s/{report.Events.Count}e";
                }
                catch (RegexMatchTimeoutException e)
                {
                    outcome = $"TIMEOUT in /{e.Pattern[..Math.Min(60, e.Pattern.Length)]}/";
                }

                var seconds = (CpuTime() - cpu).TotalSeconds;
                line.Append(CultureInfo.InvariantCulture, $" | {scale}x {text.Length / 1024.0,7:F0} KiB {seconds * 1000,9:F1} ms cpu");
                if (previous > 0.002)
                {
                    line.Append(CultureInfo.InvariantCulture, $" (x{seconds / previous:F1})");
                }

                line.Append(' ').Append(outcome);
                previous = seconds;
                if (clock.Elapsed > budget || outcome.StartsWith("TIMEOUT", StringComparison.Ordinal))
                {
                    line.Append(" | over budget, larger sizes skipped");
                    break;
                }
            }

            Console.WriteLine(line);
        }

        return 0;
    }

    private static TimeSpan CpuTime() => Process.GetCurrentProcess().TotalProcessorTime;

    private static readonly string[] ActionWords =
    [
        "attacks", "on", "strikes", "struck", "hit", "attack", "drone", "air", "missile", "shot", "down", "were", "was", "killed", "in", "an",
        "by", "launched", "a", "wave", "of", "drones", "at", "Kharkiv", "the", "village", "took", "control", "over", "pushed", "back", "from",
        "outskirts", "repelled", "fired", "rockets", "into", "continued", "to", "shell", "came", "under", "fire", "captured", "recaptured",
        "withdrew", "liberation", "of", "for", "striking", "targeting", "is", "advanced", "have", "killed", "-", ",", ".", "\"", "counter-attacked",
    ];

    private static void RandomSentences(bool alternation)
    {
        var oneAlternation = new Regex(
            @"(?<![\w-])(?:" + string.Join("|", EventFinder.Lexicon.Select((l, i) => $"(?<a{i}>{l.Pattern})")) + @")\b",
            RegexOptions.CultureInvariant);
        var random = new Random(5);
        var slowest = new List<(double Ms, string Kind, string Sentence)>();
        var total = Stopwatch.StartNew();
        for (var n = 0; n < 5000; n++)
        {
            var words = Enumerable.Range(0, random.Next(0, 31)).Select(_ => ActionWords[random.Next(ActionWords.Length)]);
            var sentence = string.Join(' ', words);
            var clock = Stopwatch.StartNew();
            try
            {
                var found = EventFinder.ActionMatches(sentence).Select(m => (m.Index, m.Length));
                if (alternation && !found.SequenceEqual(oneAlternation.Matches(sentence).Select(m => (m.Index, m.Length))))
                {
                    Console.WriteLine($"DIFFERENT from the interpreted alternation: {sentence}");
                }
            }
            catch (RegexMatchTimeoutException)
            {
                Console.WriteLine($"TIMEOUT per-lemma: {sentence}");
            }

            slowest.Add((clock.Elapsed.TotalMilliseconds, "per-lemma", sentence));
            if (alternation)
            {
                clock.Restart();
                try
                {
                    _ = oneAlternation.Count(sentence);
                }
                catch (RegexMatchTimeoutException)
                {
                    Console.WriteLine($"TIMEOUT alternation: {sentence}");
                }

                slowest.Add((clock.Elapsed.TotalMilliseconds, "alternation", sentence));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"5,000 random action sentences in {total.Elapsed.TotalSeconds:F1} s; slowest:"));
        foreach (var (ms, kind, sentence) in slowest.OrderByDescending(s => s.Ms).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,8:F1} ms {kind}: {sentence}"));
        }
    }

    // Every source-generated regex of Truce.Claims against the interpreter on the same pattern, on random sentences:
    // the generator shares the compiler's lazy-loop bug, so a difference or a timeout names a pattern at risk.
    private static void GeneratedAgainstInterpreter()
    {
        var regexes = typeof(ClaimsExtractor).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.IsDefined(typeof(GeneratedRegexAttribute), false))
            .Select(m => (Name: $"{m.DeclaringType!.Name}.{m.Name}", Regex: (Regex)m.Invoke(null, null)!))
            .ToList();
        var random = new Random(11);
        var words = ActionWords.Concat(["said", "Zelensky", "President", "told", "according", "spokesman", "\u201C", "\u201D", "'s", "of", "Ministry", "Defence", "not", "that", "who", "the", "would"]).ToArray();
        foreach (var (name, generated) in regexes)
        {
            var interpreted = new Regex(generated.ToString(), generated.Options, TimeSpan.FromSeconds(5));
            var differences = 0;
            var slowest = 0.0;
            for (var n = 0; n < 3000; n++)
            {
                var sentence = string.Join(' ', Enumerable.Range(0, random.Next(0, 25)).Select(_ => words[random.Next(words.Length)]));
                var clock = Stopwatch.StartNew();
                try
                {
                    var found = generated.Matches(sentence).Select(m => (m.Index, m.Length)).ToList();
                    slowest = Math.Max(slowest, clock.Elapsed.TotalMilliseconds);
                    if (!found.SequenceEqual(interpreted.Matches(sentence).Select(m => (m.Index, m.Length))) && differences++ == 0)
                    {
                        Console.WriteLine($"{name}: DIFFERENT from the interpreter on: {sentence}");
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    Console.WriteLine($"{name}: TIMEOUT on: {sentence}");
                    break;
                }
            }

            if (differences > 0 || slowest > 50)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {differences} differences, slowest {slowest:F1} ms"));
            }
        }

        Console.WriteLine($"{regexes.Count} generated regexes checked");
    }

    private static string Repeat(string unit, int count, string separator = " ") => string.Join(separator, Enumerable.Repeat(unit, count));

    private static readonly (string Name, Func<int, string> Make)[] Families =
    [
        ("capitalised-run", s => "Officials said " + string.Join(' ', Enumerable.Range(0, 500 * s).Select(i => "Name" + (char)('a' + (i % 26)))) + " shelled Kharkiv."),
        ("capitalised-said", s => Repeat("President Vladimir Putin Zelensky Kyiv Minister Sergei Lavrov", 100 * s) + " said."),
        ("long-list", s => "Russia struck " + string.Join(", ", Enumerable.Range(0, 500 * s).Select(i => "Town" + i)) + " and Kharkiv, officials said."),
        ("many-quotes", s => Repeat("\"We will strike,\" he said. \"They attacked", 200 * s) + "\""),
        ("no-punctuation", s => Repeat("russian forces shelled the village near the city and the governor said troops advanced", 100 * s)),
        ("repeated-hit", s => Repeat("hit", 2000 * s) + "."),
        ("repeated-the", s => Repeat("the", 2000 * s) + "."),
        ("repeated-said", s => Repeat("said", 2000 * s) + "."),
        ("repeated-attack-on", s => Repeat("attacks on", 1000 * s) + "."),
        ("repeated-killed-in", s => Repeat("were killed in", 700 * s) + " strikes."),
        ("hyphen-chain", s => "Forces struck the " + Repeat("front", 1000 * s, "-") + " line."),
        ("long-sentence", s => Repeat("Russian troops attacked Kupiansk while Ukrainian officials in Kyiv said they had repelled assaults near Pokrovsk and", 100 * s) + " more."),
        ("nested-quotes", s => "He said " + Repeat("\u201C'\"", 300 * s, " said ") + " attacked " + Repeat("\"'\u201D", 300 * s, "")),
        ("huge-paragraph", s => Repeat("Russia shelled Kharkiv, the governor said. \"We shot down 40 drones,\" the air force said on Telegram.", 200 * s)),
        ("spaces", s => "Russia" + new string(' ', 5000 * s) + "struck" + new string(' ', 5000 * s) + "Kharkiv."),
        ("commas", s => "Russia struck" + new string(',', 5000 * s) + " Kharkiv."),
        ("newlines", s => Repeat("Russia struck Kharkiv\n", 1000 * s)),
        ("paragraphs", s => Repeat("\"We attacked,\" said Ivan Petrov, a spokesman.\n\n", 500 * s)),
        ("random-words", s => RandomWords(5000 * s)),
    ];

    private static string RandomWords(int count)
    {
        var random = new Random(7);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => ActionWords[random.Next(ActionWords.Length)]));
    }
}
