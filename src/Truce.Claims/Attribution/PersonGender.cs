namespace Truce.Claims.Attribution;

/// <summary>What a person's first name says about which pronoun refers to them.</summary>
public enum PersonGender
{
    Unknown,
    Female,
    Male,
}
