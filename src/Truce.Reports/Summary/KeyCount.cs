namespace Truce.Reports.Summary;

/// <summary>A key (party, term or day) and how many violations it has.</summary>
public sealed record KeyCount(string Key, int Count);
