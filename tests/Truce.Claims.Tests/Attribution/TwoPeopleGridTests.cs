namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Two people named in one sentence of the narration, then a statement: every ordered pair of eight people (men and women)
/// in every way copy goes on — a pronoun, the second person's surname, either person's title, a quote split by its
/// attribution. A pronoun means the sentence's subject unless only the other person fits it. Round 17 found "he said" given to
/// the object whenever the subject was named there for the first time. Sentences written for the test.
/// </summary>
public sealed class TwoPeopleGridTests
{
    private static readonly (string Introduced, string Name, string Surname, string Title, string Pronoun)[] People =
    [
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Peskov", "the Kremlin spokesman", "he"),
        ("U.S. envoy Steve Witkoff", "Steve Witkoff", "Witkoff", "the U.S. envoy", "he"),
        ("Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "Zelensky", "the Ukrainian president", "he"),
        ("Turkish Foreign Minister Hakan Fidan", "Hakan Fidan", "Fidan", "the Turkish foreign minister", "he"),
        ("Ukrainian negotiator Rustem Umerov", "Rustem Umerov", "Umerov", "the Ukrainian negotiator", "he"),
        ("EU foreign policy chief Kaja Kallas", "Kaja Kallas", "Kallas", "the EU foreign policy chief", "she"),
        ("Russian Foreign Ministry spokeswoman Maria Zakharova", "Maria Zakharova", "Zakharova", "the Russian spokeswoman", "she"),
        ("Ukrainian Prime Minister Yulia Svyrydenko", "Yulia Svyrydenko", "Svyrydenko", "the Ukrainian prime minister", "she"),
    ];

    [Fact]
    public void EachStatementGoesToThePersonTheContextMeans()
    {
        var failures = new List<string>();
        foreach (var a in People)
        {
            foreach (var b in People.Where(p => p != a))
            {
                var met = $"{a.Introduced} met {b.Introduced} in Istanbul on Monday.";
                var cases = new List<(string Text, string Speaker, string Words)>
                {
                    ($"{met}\n\n\u201CThe talks were useful,\u201D {a.Pronoun} said.", a.Name, "The talks were useful"),
                    ($"{met} {b.Surname} said later that the talks were useful.", b.Name, "the talks were useful"),
                    ($"{met} {Grid.Opening(b.Title)} said the talks were useful.", b.Name, "the talks were useful"),
                    ($"{met} {Grid.Opening(a.Title)} said the talks were useful.", a.Name, "the talks were useful"),
                    ($"{a.Introduced} said {b.Introduced} had agreed to a prisoner exchange. \u201CThis is a step forward,\u201D {a.Pronoun} said.",
                        a.Name, "This is a step forward"),
                    ($"{a.Introduced} thanked {b.Introduced} for the talks. \u201CIt was a useful meeting,\u201D {a.Pronoun} said.", a.Name, "It was a useful meeting"),
                    ($"After meeting {b.Introduced} in Istanbul, {a.Introduced} said the talks were useful.", a.Name, "the talks were useful"),
                    ($"{a.Introduced} spoke to reporters after meeting {b.Introduced}. \u201CThe talks were useful,\u201D {a.Pronoun} said.", a.Name, "The talks were useful"),
                    ($"{met}\n\n{b.Surname} told reporters the talks were useful. \u201CWe will meet again,\u201D {b.Pronoun} added.", b.Name, "We will meet again"),
                    ($"{a.Introduced} and {b.Introduced} met in Istanbul on Monday. \u201CThe talks were useful,\u201D {a.Surname} said.", a.Name, "The talks were useful"),
                    ($"\u201CThe talks were useful,\u201D {a.Introduced} said after meeting {b.Introduced}. \u201CWe will meet again.\u201D", a.Name, "We will meet again"),
                    ($"{a.Introduced} met {b.Introduced} on Monday. Asked about the talks, {b.Surname} said they were useful.", b.Name, "they were useful"),
                    ($"{a.Introduced}, who met {b.Introduced} on Monday, said the talks were useful.", a.Name, "the talks were useful"),
                };
                if (a.Pronoun != b.Pronoun)
                {
                    cases.Add(($"{met}\n\n\u201CThe talks were useful,\u201D {b.Pronoun} said.", b.Name, "The talks were useful"));
                }

                foreach (var (text, speaker, words) in cases)
                {
                    var statements = Extract.From(text).Statements;
                    if (!statements.Any(s => s.Speaker == speaker && s.Text.Contains(words, StringComparison.Ordinal)))
                    {
                        failures.Add($"{text} → {string.Join(", ", statements.Select(s => $"{s.Speaker}: {s.Text}"))}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} statements given to the wrong person:\n{string.Join('\n', failures)}");
    }
}
