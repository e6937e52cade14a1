namespace Truce.Storage;

/// <summary>The store cannot be used as asked (missing, from a newer version, not a Truce database); the message says what to do.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public StoreException()
    {
    }
}
