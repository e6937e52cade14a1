namespace Truce.Claims.Attribution;

/// <summary>
/// Guesses <see cref="PersonGender"/> only where the first name makes it obvious, for "he"/"she":
/// Slavic and most European female first names end in "a" (Larysa, Olena, Tatiana, Ursula, Kaja),
/// with a few male exceptions (Mykola, Nikita, Ilya); a short list covers common female names that do
/// not; a first name ending in a consonant, "o", "y" or "i" after a consonant, and not on that list, is male
/// (Ihor, Oleh, Dmitry, Andriy, Petro). Descriptions, organisations and one-word names ending otherwise are
/// <see cref="PersonGender.Unknown"/>.
/// </summary>
public static class PersonGenders
{
    private static readonly HashSet<string> MaleInA = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mykola", "Nikita", "Ilya", "Illia", "Luka", "Kuzma", "Foma", "Joshua", "Andrea", "Sasha", "Misha", "Jona", "Ezra", "Isa",

        // Slavic short forms of men's names.
        "Vova", "Volodya", "Dima", "Kolya", "Petya", "Vanya", "Tolya", "Vitya", "Pasha", "Grisha", "Yasha", "Lyosha", "Borya", "Kostya",
        "Danila", "Gavrila", "Sava", "Luca", "Nicola",

        // Arabic, Persian and South Asian men's names and titles of address that end in "a" ("Khawaja Asif", "Raja Farooq").
        "Khawaja", "Khwaja", "Raja", "Mirza", "Rana", "Mustafa", "Moustafa", "Mostafa", "Hamza", "Osama", "Usama", "Musa", "Moussa",
        "Taha", "Yahya", "Zakaria", "Zakariya", "Issa", "Eissa", "Reza", "Alireza", "Ata", "Attia", "Huzaifa", "Abdulla", "Ubaida", "Obaida",
        "Krishna", "Rama", "Shiva", "Surya",
    };

    private static readonly HashSet<string> FemaleOther = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ruth", "Karen", "Ann", "Anne", "Elizabeth", "Catherine", "Kathryn", "Marie", "Kristi", "Karoline", "Tulsi", "Nikki",
        "Kelly", "Jennifer", "Margaret", "Natalie", "Alice", "Rachel", "Sarah", "Helen", "Ellen", "Caroline", "Judith",
        "Esther", "Agnes", "Ingrid", "Kirsten", "Mette", "Giorgia", "Lyubov", "Nadezhda", "Olesya", "Oksana", "Yulia",
        "Iryna", "Lyudmyla", "Tetiana", "Olha", "Hanna", "Kateryna", "Yevgenia", "Mariia", "Nataliia", "Ivanna", "Emine",
        "Christine", "Brigitte", "Annalena", "Mrs.", "Ms.", "Miss",

        // "Umm" ("mother of") opens an Arabic woman's name as "Abu" opens a man's.
        "Umm",
    };

    private static readonly HashSet<string> FemaleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "woman", "mother", "grandmother", "wife", "daughter", "sister", "widow", "spokeswoman", "chairwoman", "girl",
    };

    private static readonly HashSet<string> MaleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "man", "father", "grandfather", "husband", "son", "brother", "widower", "spokesman", "chairman", "boy", "infantryman", "serviceman",
    };

    public static PersonGender Of(Speaker speaker)
    {
        if (speaker.Form == SpeakerForm.Description && speaker.NameWords.Count > 0)
        {
            // "a woman", "the soldier's mother": the noun says it; a role alone ("the commander") does not.
            return FemaleNouns.Contains(speaker.NameWords[^1]) ? PersonGender.Female
                : MaleNouns.Contains(speaker.NameWords[^1]) ? PersonGender.Male : PersonGender.Unknown;
        }

        if (speaker.Form != SpeakerForm.Name || speaker.NameWords.Count == 0)
        {
            return PersonGender.Unknown;
        }

        if (PublicFigures.Find(speaker.Name) is { } figure)
        {
            // "Maly Socheata" puts the family name first; the table knows what a first-name rule would guess wrong.
            return figure.Gender;
        }

        var first = speaker.NameWords[0];
        if (first is "Mr.")
        {
            return PersonGender.Male;
        }

        if (FemaleOther.Contains(first))
        {
            return PersonGender.Female;
        }

        if (first.Length < 3 || !char.IsUpper(first[0]) || first.EndsWith('.'))
        {
            return PersonGender.Unknown;
        }

        if (first.EndsWith('a'))
        {
            return MaleInA.Contains(first) ? PersonGender.Male : PersonGender.Female;
        }

        var last = char.ToLowerInvariant(first[^1]);
        var beforeLast = char.ToLowerInvariant(first[^2]);
        var consonantEnd = !"aeiouy".Contains(last, StringComparison.Ordinal);
        var vowelAfterConsonant = last is 'o' or 'y' or 'i' && !"aeiou".Contains(beforeLast, StringComparison.Ordinal);
        return consonantEnd || vowelAfterConsonant ? PersonGender.Male : PersonGender.Unknown;
    }
}
