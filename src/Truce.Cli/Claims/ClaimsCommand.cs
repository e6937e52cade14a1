using System.CommandLine;

namespace Truce.Cli.Claims;

/// <summary>The `claims` command group: reading news into claims for the analysts' queue.</summary>
public static class ClaimsCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Article as plain text or HTML: a path or a file:// address" };
        var source = new Option<string?>("--source") { Description = "Name of the outlet or channel (default: the file name)" };
        var published = new Option<string?>("--published") { Description = "Publication date, YYYY-MM-DD" };
        var format = new Option<string>("--format") { Description = "json or table", DefaultValueFactory = _ => "json" };
        var printText = new Option<bool>("--print-text") { Description = "Print the plain text that offsets refer to, and stop" };
        var party = new Option<string[]>("--party")
        {
            Description = "A party and its aliases, e.g. RU=Russia,Kremlin,Moscow (repeatable; default: RU and UA)",
            AllowMultipleArgumentsPerToken = false,
        };

        var extract = new Command("extract", "Extract attributed statements, places and claimed events from a news article");
        extract.Arguments.Add(file);
        extract.Options.Add(source);
        extract.Options.Add(published);
        extract.Options.Add(format);
        extract.Options.Add(printText);
        extract.Options.Add(party);
        extract.SetAction(result =>
        {
            try
            {
                return ExtractClaims.Run(
                    new ExtractClaims.Request(
                        result.GetValue(file)!,
                        result.GetValue(source),
                        result.GetValue(published),
                        result.GetValue(format) ?? "json",
                        result.GetValue(printText),
                        result.GetValue(party) ?? []),
                    Console.Out,
                    Console.Error);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Console.Error.WriteLine($"truce claims extract: internal error: {exception.Message}");
                return 2;
            }
        });

        var folder = new Argument<string>("folder") { Description = "Folder of NAME.txt or NAME.html articles with NAME.gold.json annotations" };
        var details = new Option<bool>("--details") { Description = "List every miss and false alarm per article" };
        var score = new Command("score", "Precision, recall and F1 of the extractor over a hand-annotated folder of articles");
        score.Arguments.Add(folder);
        score.Options.Add(details);
        score.SetAction(result => ScoreClaims.Run(result.GetValue(folder)!, result.GetValue(details), Console.Out, Console.Error));

        var claims = new Command("claims", "Read news: statements, places and claimed events");
        claims.Subcommands.Add(extract);
        claims.Subcommands.Add(score);
        return claims;
    }
}
