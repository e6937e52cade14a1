using Truce.Domain.Observations;

namespace Truce.Domain.Evaluation;

/// <summary>
/// The Admiralty (NATO STANAG 2511) rating of a source mapped to a weight in (0, 1]: the product of
/// a reliability weight (A–F) and a credibility weight (1–6). "Cannot be judged" (F, 6) and a
/// missing rating weigh like a fairly unreliable source, 0.6: no rating is not a bad rating, but it
/// is not evidence either. docs/evaluation.md gives the table.
/// </summary>
public static class SourceWeight
{
    public static double Reliability(char? rating) => rating switch
    {
        'A' => 1.0,
        'B' => 0.9,
        'C' => 0.75,
        'D' => 0.5,
        'E' => 0.3,
        _ => 0.6,
    };

    public static double Credibility(int? rating) => rating switch
    {
        1 => 1.0,
        2 => 0.9,
        3 => 0.75,
        4 => 0.5,
        5 => 0.3,
        _ => 0.6,
    };

    public static double Of(Source source) => Reliability(source.Reliability) * Credibility(source.Credibility);

    /// <summary>True for sources rated A or B with credibility 1 or 2: the only ones that can make a finding certain.</summary>
    public static bool IsStrong(Source source) =>
        source.Reliability is 'A' or 'B' && source.Credibility is 1 or 2;

    /// <summary>The rating as written, "B2"; "unrated" parts shown as "?".</summary>
    public static string Rating(Source source) =>
        $"{source.Reliability?.ToString() ?? "?"}{source.Credibility?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}";
}
