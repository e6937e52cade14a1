using System.Text.Json;
using AngleSharp.Dom;

namespace Truce.Claims.Text;

/// <summary>
/// Reads the schema.org NewsArticle that many sites embed as JSON-LD: pages rendered by script
/// carry their text there even when the saved markup holds none of it.
/// </summary>
internal static class LinkedDataArticle
{
    /// <summary>The headline and the paragraphs of the article body, or null when the page has none.</summary>
    public static (string Headline, List<string> Paragraphs)? Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (Find(json.RootElement) is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // Sites ship broken JSON-LD often enough; such a block simply holds no article.
            }
        }

        return null;
    }

    private static (string Headline, List<string> Paragraphs)? Find(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (element.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String)
                {
                    var headline = element.TryGetProperty("headline", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString()! : "";
                    var paragraphs = body.GetString()!.Split('\n')
                        .Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
                        .Where(p => p.Length > 0)
                        .ToList();
                    return paragraphs.Count == 0 ? null : (string.Join(' ', headline.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), paragraphs);
                }

                return element.TryGetProperty("@graph", out var graph) ? Find(graph) : null;
            default:
                return null;
        }
    }
}
