using System.Text.RegularExpressions;

namespace Truce.Claims.Text;

/// <summary>
/// Recognises page furniture by its words when its markup gives no hint: "Advertisement" labels,
/// "Read more:" links, bylines, photo credits, live-blog timestamps, cookie notices, credits lines.
/// </summary>
internal static partial class BoilerplateText
{
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "ad", "ads", "sponsored", "sponsored content", "paid content", "share", "share this",
        "share this article", "share this story", "share on facebook", "share on twitter", "copy link",
        "link copied", "facebook", "twitter", "x", "email", "whatsapp", "telegram", "linkedin", "reddit",
        "print", "save", "saved", "comments", "comment", "skip advertisement", "remove ads",
        "story continues below advertisement", "article continues below", "continue reading",
        "scroll to continue with content", "most read", "most popular", "most viewed", "related",
        "related stories", "related articles", "related content", "related topics", "read more",
        "more on this story", "more stories", "top stories", "trending", "trending now", "latest",
        "latest news", "latest stories", "recommended", "recommended stories", "you may also like",
        "listen to this article", "image source", "image caption", "getty images", "video", "watch",
        "play video", "accept", "accept all", "reject all", "manage cookies", "cookie settings",
        "sign up", "subscribe", "subscribe now", "log in", "sign in", "follow", "follow us", "menu",
        "search", "close", "skip to content", "skip to main content", "back to top", "up next",
        "show more", "load more", "see all", "view comments", "key events", "pinned", "live",
        "breaking", "from our partners", "what to read next", "the latest", "explore more",
    };

    private static readonly string[] ShortPrefixes =
    [
        "read more:", "read more ", "read also:", "read also ", "also read:", "related:", "see also:",
        "watch:", "listen:", "sign up ", "sign up:", "subscribe to ", "subscribe for ", "get our ",
        "photo:", "photograph:",
        "photo credit", "image:", "image caption", "image source", "caption:", "credit:", "video:",
        "we use cookies", "this site uses cookies", "this website uses cookies", "our standards:",
        "follow us on ", "click here", "download our app", "get the app", "support our journalism",
        "support independent journalism", "become a member", "join our ", "got a tip", "source:", "note from the author", "a note from",
    ];

    private static readonly string[] CreditsPrefixes =
    [
        "reporting by ", "(reporting by ", "additional reporting by ", "writing by ", "editing by ",
        "compiled by ", "(writing by ", "(editing by ",
    ];

    /// <summary>True when the text of a whole block is furniture rather than article prose.</summary>
    public static bool IsBoilerplate(string text)
    {
        if (!text.Any(char.IsLetterOrDigit))
        {
            return true;
        }

        var label = text.Trim().TrimEnd(':', '.', '›', '»', '→', '>', ' ');
        if (Labels.Contains(label))
        {
            return true;
        }

        if (text.Length < 200)
        {
            foreach (var prefix in ShortPrefixes)
            {
                if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        if (text.Length < 400)
        {
            foreach (var prefix in CreditsPrefixes)
            {
                if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            if (PhotoCredit().IsMatch(text))
            {
                return true;
            }
        }

        return IsByline(text)
            || (text.Length < 100 && DateStamp().IsMatch(text))
            || Timestamp().IsMatch(text)
            || (text.Length < 500 && Appeal().IsMatch(text))
            || (text.Length < 400 && AuthorBio().IsMatch(text))
            || (text.Length < 200 && FollowUs().IsMatch(text));
    }

    /// <summary>
    /// The text after a time or date stamp that opens a block and is followed by a sentence, as live blogs and updated
    /// stories set them ("10:42 GMT Russia's Defense Ministry said…", "Updated 3 hours ago. Kyiv said…"); the text
    /// itself when it opens with no stamp, or when nothing that starts like a sentence follows the stamp.
    /// </summary>
    public static string WithoutLeadingStamp(string text)
    {
        if (text.Length == 0 || !(char.IsAsciiDigit(text[0]) || char.IsAsciiLetterUpper(text[0]) || text[0] is 'j' or 'J'))
        {
            return text;
        }

        var stamp = LeadingStamp().Match(text);
        return stamp.Success ? text[stamp.Length..] : text;
    }

    /// <summary>
    /// True when the block is only a dateline ("KYIV, Ukraine (AP)") that sites sometimes set apart
    /// from the first paragraph it opens.
    /// </summary>
    public static bool IsDateline(string text) => text.Length <= 60 && Dateline().IsMatch(text);

    // "By JOHN LEICESTER and HANNA ARHIROVA", "By Jane Doe, Reuters" — but not "By nightfall, the guns fell silent."
    private static bool IsByline(string text)
    {
        if (!text.StartsWith("By ", StringComparison.Ordinal) || text.Length > 120)
        {
            return false;
        }

        var last = text[^1];
        if (last is '.' or '!' or '?' or '”' or '"')
        {
            return false;
        }

        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12
            && text.Length > 3 && char.IsUpper(text[3]);
    }

    // Membership and donation appeals that sites set inside the body, in the body's own paragraph markup.
    [GeneratedRegex(@"\b(?:become an? (?:member|subscriber|supporter|patron)|support (?:our|independent|quality) journalism|consider (?:joining|supporting|subscribing|donating|becoming)|join our community|make a (?:contribution|donation)|subscribe (?:now|today)|sign up for our)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Appeal();

    // "Updated 4:12 PM UTC, March 16, 2025", "Published On 19 Mar 2025", "Posted 2 hours ago" — not "Updated figures showed…".
    [GeneratedRegex(@"^(?:Last updated|First published|Updated|Published|Posted)(?: on)?:?\s+(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\S+ (?:ago|hours?|minutes?)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateStamp();

    // "Hanna Arhirova is a Kyiv-based reporter who…": the author's note at the end of a story.
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} (?:is|was) (?:a|an|the) [^.]{0,80}\b(?:reporter|correspondent|journalist|editor|writer|producer|columnist|photographer|photojournalist)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorBio();

    // "Follow AP’s coverage of the war at https://…", "Follow us on Telegram", "More AP coverage: https://…"
    [GeneratedRegex(@"^(?:Follow (?:\S+ ){0,6}(?:coverage|on (?:X|Twitter|Telegram|Facebook|Instagram|WhatsApp|YouTube|TikTok))|More \S+ coverage|Find more (?:of )?\S+ coverage)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FollowUs();

    // "Photo: Reuters", "(AP Photo/…)", "Kyiv/AFP" — but not "…, he told Reuters." or "…, she said in an interview with AFP.", which are prose.
    [GeneratedRegex(@"\((?:AP|AFP|Reuters|EPA|Getty Images|Anadolu)(?: Photo)?/[^)]*\)\s*$|\(AP Photo[^)]*\)|Photograph:\s|(?:/|(?<!\b(?:told|to|with))\s)(?:Getty Images|Reuters|AFP|AP|EPA-EFE|Shutterstock)\s*\)?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    // "10:32", "10.32 GMT", "3:12 PM EST", "2h ago", "45 minutes ago", "Just now", "13 March 2025", "Thu 13 Mar 2025 10.32 GMT"
    [GeneratedRegex(@"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?$|^\d+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)\s+ago$|^just now$|^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:[ ,T]+\d{1,2}[:.]\d{2}(?::\d{2})?)?$|^[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}(?:,?\s+\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?(?:\s+[A-Z]{2,5})?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Timestamp();

    // A stamp, then a separator or space, then the start of a sentence (capital letter or opening quote), which the stamp
    // must leave. A clock time stands alone ("10:42", "10.42 GMT", "3:12 p.m. EST", with or without a date); a date or a
    // relative time needs the word that makes it a stamp ("Updated March 16, 2025", "Posted 2 hours ago"), or "ago".
    // Time zones are listed, not guessed, so "10:42 NATO said…" keeps NATO; the stamp is atomic, so "09:15 GMT" alone never
    // gives up its zone to pass "GMT" off as the start of a sentence.
    [GeneratedRegex(@"^(?>(?i:(?:Last updated|First published|Updated|Published|Posted)(?: on)?:?\s+(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|ET|CT|PT|PST|PDT))?)?|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|ET|CT|PT|PST|PDT))?(?:,?\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}))?|(?:\d+|an?)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago)|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4},?\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|ET|CT|PT|PST|PDT))?|(?:\d+|an?)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago|just now))(?:\s*[.|·•:,—–-]+\s*|\s+)(?=[\p{Lu}""“‘«])", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingStamp();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{M} .'’-]+(?:,\s*[\p{L} .'’-]+)?(?:\s*\((?:AP|AFP|Reuters|CNN|Al Jazeera|UNIAN|Ukrinform)\))?\s*[—–-]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
