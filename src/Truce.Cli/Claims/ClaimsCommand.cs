using System.CommandLine;
using Truce.Cli.Missions;

namespace Truce.Cli.Claims;

/// <summary>The `claims` command group: reading news into claims for the analysts' queue.</summary>
public static class ClaimsCommand
{
    public static Command Create() => Create(TimeProvider.System);

    public static Command Create(TimeProvider time)
    {
        var file = new Argument<string>("file") { Description = "Article as plain text or HTML: a path or a file:// address" };
        var source = new Option<string?>("--source") { Description = "Name of the outlet or channel (default: the file name)" };
        var published = new Option<string?>("--published") { Description = "Publication date, YYYY-MM-DD" };
        var format = new Option<string>("--format") { Description = "json or table", DefaultValueFactory = _ => "json" };
        var printText = new Option<bool>("--print-text") { Description = "Print the plain text that offsets refer to, and stop" };
        var party = new Option<string[]>("--party")
        {
            Description = "A party and its aliases, e.g. RU=Russia,Kremlin,Moscow (repeatable; wins over --agreement and --data)",
            AllowMultipleArgumentsPerToken = false,
        };
        var agreement = new Option<string?>("--agreement")
        {
            Description = "Take parties and aliases from this agreement YAML",
        };
        var extractData = new Option<string?>("--data")
        {
            Description = "Take parties and aliases from this mission's agreement (without --party, --agreement or --data: built-in RU/UA aliases)",
        };

        var extract = new Command("extract", "Extract attributed statements, places and claimed events from a news article; " +
            "parties and aliases come from --party, else --agreement, else --data, else built-in RU/UA defaults");
        extract.Arguments.Add(file);
        extract.Options.Add(source);
        extract.Options.Add(published);
        extract.Options.Add(format);
        extract.Options.Add(printText);
        extract.Options.Add(party);
        extract.Options.Add(agreement);
        extract.Options.Add(extractData);
        var extractVerbose = VerboseOption.Create();
        extract.Options.Add(extractVerbose);
        extract.SetAction(result =>
        {
            var verbose = result.GetValue(extractVerbose);
            var request = new ExtractClaims.Request(
                result.GetValue(file)!,
                result.GetValue(source),
                result.GetValue(published),
                result.GetValue(format) ?? "json",
                result.GetValue(printText),
                result.GetValue(party) ?? [],
                result.GetValue(agreement),
                result.GetValue(extractData),
                verbose);
            return ExitCodes.Guard("truce claims extract", Console.Error, () => ExtractClaims.Run(request, Console.Out, Console.Error), trace: verbose);
        });

        var folder = new Argument<string>("folder") { Description = "Folder of NAME.txt or NAME.html articles with NAME.gold.json annotations" };
        var details = new Option<bool>("--details") { Description = "List every miss and false alarm per article" };
        var score = new Command("score", "Precision, recall and F1 of the extractor over a hand-annotated folder of articles");
        score.Arguments.Add(folder);
        score.Options.Add(details);
        var scoreVerbose = VerboseOption.Create();
        score.Options.Add(scoreVerbose);
        score.SetAction(result =>
        {
            var verbose = result.GetValue(scoreVerbose);
            return ExitCodes.Guard("truce claims score", Console.Error,
                () => ScoreClaims.Run(result.GetValue(folder)!, result.GetValue(details), Console.Out, Console.Error, verbose), trace: verbose);
        });

        var reference = new Argument<string>("reference") { Description = "Folder of articles with their corpus annotations (NAME.gold.json)" };
        var other = new Argument<string>("other") { Description = "Folder of second, independent annotations of some of those articles, named alike" };
        var agreeDetails = new Option<bool>("--details") { Description = "List every difference per article" };
        var agree = new Command("agree", "Agreement of a second annotation with the corpus annotation, as precision, recall and F1");
        agree.Arguments.Add(reference);
        agree.Arguments.Add(other);
        agree.Options.Add(agreeDetails);
        agree.SetAction(result => ExitCodes.Guard("truce claims agree", Console.Error,
            () => AgreeClaims.Run(result.GetValue(reference)!, result.GetValue(other)!, result.GetValue(agreeDetails), Console.Out, Console.Error)));

        var claims = new Command("claims", "Read news: statements, places and claimed events");
        claims.Subcommands.Add(extract);
        claims.Subcommands.Add(score);
        claims.Subcommands.Add(agree);
        claims.Subcommands.Add(Accept(time));
        return claims;
    }

    private static Command Accept(TimeProvider time)
    {
        var file = new Argument<string>("article") { Description = "The article the claim was extracted from: a path or a file:// address" };
        var number = new Option<int>("--event") { Description = "The event claim's number as `claims extract --format table` lists it, from 1", Required = true };
        var data = DataOption.Create();
        var source = new Option<string?>("--source") { Description = "Name of the outlet (default: the file name); becomes source.id" };
        var published = new Option<string?>("--published") { Description = "Publication date, YYYY-MM-DD: the observation covers that whole UTC day" };
        var type = new Option<string?>("--type") { Description = "Observation type, when the suggestion is a pattern (strike.*) or wrong" };
        var lat = new Option<double?>("--lat") { Description = "Latitude, instead of the claimed place (needed when it is a region or missing)" };
        var lon = new Option<double?>("--lon") { Description = "Longitude, with --lat" };
        var uncertainty = new Option<double?>("--uncertainty-m") { Description = "Uncertainty radius in metres (default: 5/10/20 km by settlement size; 5 km with --lat/--lon)" };
        var from = new Option<string?>("--observed-from") { Description = "Start of the observed interval (RFC 3339), instead of the publication day" };
        var to = new Option<string?>("--observed-to") { Description = "End of the observed interval (RFC 3339), with --observed-from" };
        var reliability = new Option<string>("--reliability") { Description = "Admiralty source reliability A-F", DefaultValueFactory = _ => "F" };
        var credibility = new Option<int>("--credibility") { Description = "Admiralty information credibility 1-6", DefaultValueFactory = _ => 6 };
        var by = Log.ActorOption.Create();
        var verbose = VerboseOption.Create();
        var command = new Command("accept", "Turn an extracted event claim into an observation of the mission (stored like ingest)")
        {
            file, number, data, source, published, type, lat, lon, uncertainty, from, to, reliability, credibility, by, verbose,
        };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var request = new AcceptClaim.Request(
                result.GetValue(file)!,
                result.GetValue(number),
                result.GetValue(data)!,
                result.GetValue(source),
                result.GetValue(published),
                result.GetValue(type),
                result.GetValue(lat),
                result.GetValue(lon),
                result.GetValue(uncertainty),
                result.GetValue(from),
                result.GetValue(to),
                result.GetValue(reliability) ?? "F",
                result.GetValue(credibility),
                result.GetValue(by),
                result.GetValue(verbose));
            return ExitCodes.Guard("truce claims accept", error, () => AcceptClaim.Run(request, output, error, time), trace: request.Verbose);
        });
        return command;
    }
}
