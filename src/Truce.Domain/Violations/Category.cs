namespace Truce.Domain.Violations;

/// <summary>How sure a finding is; see DESIGN.md §5.</summary>
public enum Category
{
    Certain,
    Probable,
    Possible,
}
