namespace Truce.Storage;

/// <summary>The order <see cref="IMissionStore.ReadObservations"/> streams in; ties break by id.</summary>
public enum ObservationOrder
{
    /// <summary>By id, ordinal.</summary>
    Id,

    /// <summary>By start of the observed interval, then id.</summary>
    ObservedTime,
}
