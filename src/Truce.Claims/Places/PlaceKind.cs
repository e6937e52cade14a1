namespace Truce.Claims.Places;

/// <summary>What a gazetteer entry names.</summary>
public enum PlaceKind
{
    Country,
    WorldRegion,
    /// <summary>A first-level unit: an oblast, krai, republic, Crimea.</summary>
    Admin1,
    City,
    /// <summary>A named area that is not an administrative unit: Donbas, the Gaza Strip, Kashmir.</summary>
    Area,
}
