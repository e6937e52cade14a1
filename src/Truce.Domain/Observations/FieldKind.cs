namespace Truce.Domain.Observations;

/// <summary>What a raw field value was in its file; CSV cells are <see cref="Text"/> and parse as either strings or numbers.</summary>
internal enum FieldKind
{
    String,
    Number,
    Boolean,
    Null,
    Object,
    Array,
    Text,
}
