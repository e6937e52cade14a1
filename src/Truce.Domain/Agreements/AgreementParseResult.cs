namespace Truce.Domain.Agreements;

/// <summary>Either a valid agreement or every mistake found, ordered by file, line and column.</summary>
public sealed record AgreementParseResult(Agreement? Agreement, IReadOnlyList<AgreementError> Errors)
{
    public bool Succeeded => Agreement is not null;
}
