using AngleSharp.Dom;

namespace Truce.Claims.Text;

/// <summary>
/// Reads what an element's class, id, role, aria-label and test hooks say about it: boilerplate
/// (related stories, share bars, newsletters, adverts, captions…) or the article body.
/// </summary>
internal static class ElementNames
{
    // Long words are matched inside names with separators removed ("most-read" → "mostread").
    private static readonly string[] BoilerplateWords =
    [
        "related", "promo", "newsletter", "sharing", "social", "comment", "advert", "sponsor", "cookie",
        "consent", "gdpr", "onetrust", "footer", "breadcrumb", "caption", "mostread", "mostpopular",
        "mostviewed", "popular", "trending", "outbrain", "taboola", "subscri", "signup", "discussion",
        "authorbio", "byline", "author", "recommend", "readmore", "readnext", "moreon", "morefrom",
        "morestories", "alsoread", "upnext", "sidebar", "widget", "banner", "modal", "popup", "masthead",
        "toolbar", "skiplink", "taglist", "topiclist", "disqus", "pagination", "timestamp", "gallery",
        "credit", "disclaimer", "copyright", "contribut", "donate", "visuallyhidden", "sronly",
        "screenreader", "linksblock", "navigation", "dropdown", "carousel", "teaser", "rating", "callout", "membership",
    ];

    // Short words are matched only as whole tokens ("ad" must not match "header" or "lead"). Not
    // "tag" (WordPress marks articles "tag-ukraine"), "next" (Next.js roots are "__next") or
    // "hidden" (utility classes such as "overflow-hidden" wrap whole articles).
    private static readonly HashSet<string> BoilerplateTokens = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adslot", "dfp", "gpt", "bio", "nav", "menu", "share", "tags", "topics",
        "meta", "more", "epic", "skip", "print", "links", "image", "photo", "video",
        "embed", "player", "audio", "figure", "header", "hdr", "headline", "comments", "latest", "cta",
    };

    // Names of areas that can outweigh a short article with prose of their own: readers' comments
    // and recirculation (related, recommended, most read).
    private static readonly string[] DiscussionOrRecirculationWords =
    [
        "comment", "discussion", "disqus", "respond", "reply", "related", "recommend", "mostread",
        "mostpopular", "mostviewed", "popular", "trending", "outbrain", "taboola", "readnext", "morestories",
    ];

    private static readonly string[] BodyWords =
    [
        "articlebody", "storybody", "articlecontent", "storycontent", "postcontent", "entrycontent",
        "postbody", "entrybody", "richtext", "textblock", "paragraph", "articletext", "storytext", "bodytext",
        "maincontent", "content",
    ];

    private static readonly HashSet<string> BodyTokens = new(StringComparer.Ordinal)
    {
        "article", "story", "entry", "post", "body", "text", "main",
    };

    private static readonly string[] NamingAttributes = ["id", "aria-label", "data-testid", "data-component", "data-gu-name", "itemprop"];

    private static readonly HashSet<string> BoilerplateRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
        "menubar", "toolbar", "tablist", "alert",
    };

    /// <summary>True when the element's role marks it as page furniture, whatever its content.</summary>
    public static bool HasBoilerplateRole(IElement element) =>
        element.GetAttribute("role") is { } role && BoilerplateRoles.Contains(role.Trim());

    /// <summary>
    /// True when some name of the element signals boilerplate and no name signals the body without
    /// also signalling boilerplate ("article-body" protects, "article-body__related" does not).
    /// </summary>
    public static bool LooksLikeBoilerplate(IElement element)
    {
        var boilerplate = false;
        var body = false;
        foreach (var name in Names(element))
        {
            var isBoilerplate = IsBoilerplate(name);
            boilerplate |= isBoilerplate;
            body |= !isBoilerplate && IsBody(name);
        }

        return boilerplate && !body;
    }

    /// <summary>True when some name of the element marks readers' comments or links to other stories.</summary>
    public static bool LooksLikeDiscussionOrRecirculation(IElement element)
    {
        foreach (var name in Names(element))
        {
            var joined = Joined(name);
            foreach (var word in DiscussionOrRecirculationWords)
            {
                if (joined.Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when some name of the element signals the article body and none signals boilerplate or one paragraph: sites
    /// name each paragraph ("paragraph", "article-body__paragraph", "paragraph-3"), and a paragraph holding most of a
    /// short or broken page is still one paragraph, not the body the rest of the story must sit in.
    /// </summary>
    public static bool LooksLikeBody(IElement element)
    {
        var body = false;
        foreach (var name in Names(element))
        {
            if (IsBoilerplate(name) || NamesOneParagraph(name))
            {
                return false;
            }

            body |= IsBody(name);
        }

        return body;
    }

    private static IEnumerable<string> Names(IElement element)
    {
        foreach (var name in element.ClassList)
        {
            yield return name;
        }

        foreach (var attribute in NamingAttributes)
        {
            if (element.GetAttribute(attribute) is { Length: > 0 } value)
            {
                yield return attribute == "aria-label" ? value.Replace(' ', '-') : value;
            }
        }
    }

    private static bool IsBoilerplate(string name)
    {
        var joined = Joined(name);
        foreach (var word in BoilerplateWords)
        {
            if (joined.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var token in Tokens(name))
        {
            if (BoilerplateTokens.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBody(string name)
    {
        var joined = Joined(name);
        foreach (var word in BodyWords)
        {
            if (joined.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var token in Tokens(name))
        {
            if (BodyTokens.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesOneParagraph(string name) =>
        Tokens(name).LastOrDefault(token => !token.All(char.IsAsciiDigit)) == "paragraph";

    private static string Joined(string name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>Splits "RichTextStoryBody", "ad-slot_top" and "adSlot" into lower-case words.</summary>
    private static List<string> Tokens(string name)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : ' ';
            var boundary = !char.IsLetterOrDigit(c)
                || (i > 0 && char.IsUpper(c) && char.IsLower(name[i - 1]));
            if (boundary && start >= 0)
            {
                tokens.Add(name[start..i].ToLowerInvariant());
                start = -1;
            }

            if (char.IsLetterOrDigit(c) && start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }
}
